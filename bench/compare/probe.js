// Injected into every benchmark page before its own scripts (Playwright addInitScript), as
// `(probe)(options)`. It records, in page time (ms since navigation start):
// - bannerVisible: the first animation frame in which an "Accept all" button is rendered (a box,
//   not hidden, not transparent); watched only on first visits, so returning visits and the
//   baseline page pay nothing for it;
// - cls: cumulative layout shift, excluding shifts right after input, as the metric defines;
// - clickAt and tagsDone: the trusted click on Accept all and the moment the last tagged script ran;
//   inlineFrom: the moment tag 1, the first inline one (tag 0 is external), ran.
// A tag runs `__bench.tagRan(i)` (bench/compare/tools.mjs). The runner awaits `banner` and `tags`
// (promises) rather than polling, so waiting adds no work to the page being measured.
(options) => {
  const bench = { tagsRun: 0, tagsDone: null, inlineFrom: null, bannerVisible: null, clickAt: null, cls: 0 };
  let tagsRan;
  let bannerShown;
  bench.tags = new Promise((resolve) => (tagsRan = resolve));
  bench.banner = new Promise((resolve) => (bannerShown = resolve));

  bench.tagRan = (index) => {
    if (index === 1) bench.inlineFrom = performance.now();
    bench.tagsRun += 1;
    if (bench.tagsRun !== options.tags) return;
    bench.tagsDone = performance.now();
    tagsRan(bench.tagsDone);
  };

  /** The rendered "Accept all" button of whichever tool is on the page, in its shadow root or not. */
  bench.acceptButton = () => {
    const roots = [document];
    const host = document.querySelector('consentry-root');
    if (host?.shadowRoot) roots.push(host.shadowRoot);
    for (const root of roots) {
      for (const button of root.querySelectorAll('button, [role="button"]')) {
        if (button.textContent.replace(/\s+/g, ' ').trim() !== 'Accept all') continue;
        const box = button.getBoundingClientRect();
        if (box.width > 0 && box.height > 0 && button.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return button;
      }
    }
    return null;
  };

  new PerformanceObserver((list) => {
    for (const shift of list.getEntries()) if (!shift.hadRecentInput) bench.cls += shift.value;
  }).observe({ type: 'layout-shift', buffered: true });

  addEventListener(
    'click',
    (event) => {
      if (event.isTrusted && bench.clickAt === null) bench.clickAt = event.timeStamp;
    },
    true,
  );

  if (options.watchBanner) {
    const deadline = performance.now() + options.timeout;
    const look = () => {
      if (bench.acceptButton()) {
        bench.bannerVisible = performance.now();
        bannerShown(bench.bannerVisible);
      } else if (performance.now() < deadline) requestAnimationFrame(look);
      else bannerShown(null);
    };
    requestAnimationFrame(look);
  }

  /** Resolves with what `promise` resolves to, or null after `options.timeout` ms. */
  bench.within = (promise) => Promise.race([promise, new Promise((resolve) => setTimeout(resolve, options.timeout, null))]);

  window.__bench = bench;
};

// Injected into every benchmark page before its own scripts (Playwright addInitScript), and called
// with `options` (bench/compare/chromium.mjs). It records, in page time (ms since navigation start):
// - bannerVisible: the first animation frame in which an "Accept all" button is rendered (a box,
//   not hidden, not transparent); watched only on first visits, so returning visits and the
//   baseline page pay nothing for it;
// - cls: cumulative layout shift, excluding shifts right after input, as the metric defines;
// - clickAt and tagsDone: the first trusted click (on Accept all, or on Manage preferences) and
//   the moment the last tagged script ran; inlineFrom: the moment tag 1, the first inline one (tag
//   0 is external), ran.
// A tag runs `__bench.tagRan(i)` (bench/compare/tools.mjs). The runner awaits `banner` and `tags`
// (promises) rather than polling, so waiting adds no work to the page being measured. Anything
// else it waits to see (a preferences dialog) it watches for with `firstFrame`, which looks once a
// frame, as the banner's watch does.
(options) => {
  const bench = { tagsRun: 0, tagsDone: null, inlineFrom: null, bannerVisible: null, clickAt: null, cls: 0 };
  let tagsRan;
  bench.tags = new Promise((resolve) => (tagsRan = resolve));

  bench.tagRan = (index) => {
    if (index === 1) bench.inlineFrom = performance.now();
    bench.tagsRun += 1;
    if (bench.tagsRun !== options.tags) return;
    bench.tagsDone = performance.now();
    tagsRan(bench.tagsDone);
  };

  /** The elements matching `selector` in the page and in Consentry's open shadow root, in that order. */
  const everywhere = (selector) => {
    const shadow = document.querySelector('consentry-root')?.shadowRoot;
    return [...document.querySelectorAll(selector), ...(shadow ? shadow.querySelectorAll(selector) : [])];
  };

  /** Whether `element` is rendered: it has a box, and it is neither hidden nor transparent. */
  const rendered = (element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };

  /**
   * The first rendered element matching `selector`, or null. A tool's preferences dialog is found
   * this way, by a selector of its own (TOOLS in bench/compare/tools.mjs).
   */
  bench.shown = (selector) => everywhere(selector).find(rendered) ?? null;

  /**
   * The rendered button of whichever tool is on the page that reads `text`, or null. Links count:
   * klaro's "Manage preferences" is one.
   */
  bench.button = (text) => everywhere('button, [role="button"], a[href]').find((button) => button.textContent.replace(/\s+/g, ' ').trim() === text && rendered(button)) ?? null;

  /** The banner's Accept all: its being rendered is what "banner visible" means. */
  bench.acceptButton = () => bench.button('Accept all');

  /**
   * Resolves with the page time of the first animation frame in which `find()` returns something,
   * or with null when nothing is found within `options.timeout` ms.
   */
  bench.firstFrame = (find) =>
    new Promise((resolve) => {
      const deadline = performance.now() + options.timeout;
      const look = () => {
        if (find()) resolve(performance.now());
        else if (performance.now() < deadline) requestAnimationFrame(look);
        else resolve(null);
      };
      requestAnimationFrame(look);
    });

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

  if (options.watchBanner) bench.banner = bench.firstFrame(bench.acceptButton).then((at) => (bench.bannerVisible = at));

  /** Resolves with what `promise` resolves to, or null after `options.timeout` ms. */
  bench.within = (promise) => Promise.race([promise, new Promise((resolve) => setTimeout(resolve, options.timeout, null))]);

  window.__bench = bench;
};

// Gating at scale: how long Accept all takes to activate 10, 100, 1 000 and 10 000 tagged inline
// scripts in Chromium, with the built loader (run `npm run build` first). The cost must grow
// linearly: one scan of the page per decision, never a rescan per tag. A page with no tagged
// script gives the fixed cost of a decision (cookie, events, interface), which the per-script
// column leaves out.
//
//   node bench/gating.mjs [runs per size, default 7]
//
// Every page is served from memory through Playwright's routing, so nothing leaves the machine.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SIZES = [0, 10, 100, 1_000, 10_000];
const RUNS = Number(process.argv[2] ?? 7);
const ORIGIN = 'http://127.0.0.1:9';
const dist = (file) => readFileSync(new URL(`../dist/${file}`, import.meta.url));

/** A page with `count` tagged inline scripts, each counting itself. */
function page(count) {
  const script = '<script type="text/plain" data-category="analytics">window.ran++</script>\n';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script>window.ran = 0</script>
<script src="/consentry.js" data-revision="bench"></script></head>
<body><main>${script.repeat(count)}</main></body></html>`;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// The same Chromium and flags as the e2e tests (playwright.config.ts).
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const rows = [];
try {
  for (const count of SIZES) {
    const html = page(count);
    const times = [];
    for (let run = 0; run < RUNS; run++) {
      // A fresh context per run: no stored decision, so every run starts blocked.
      const context = await browser.newContext();
      await context.route(`${ORIGIN}/**`, (route) => {
        const path = new URL(route.request().url()).pathname;
        if (path === '/') return route.fulfill({ contentType: 'text/html', body: html });
        if (path === '/consentry.js' || path === '/consentry-ui.js') return route.fulfill({ contentType: 'text/javascript', body: dist(path.slice(1)) });
        return route.fulfill({ status: 404 });
      });
      const tab = await context.newPage();
      await tab.goto(`${ORIGIN}/`, { waitUntil: 'load' });
      const { ms, ran } = await tab.evaluate(async () => {
        const start = performance.now();
        window.Consentry.acceptAll();
        // The observer's records of the activated scripts are delivered before this continues.
        await Promise.resolve();
        return { ms: performance.now() - start, ran: window.ran };
      });
      if (ran !== count) throw new Error(`expected ${count} scripts to run, ${ran} did`);
      times.push(ms);
      await context.close();
    }
    rows.push({ count, ms: median(times) });
  }
} finally {
  await browser.close();
}

console.log(`Accept all → tagged inline scripts run (Chromium, median of ${RUNS} runs)\n`);
const fixed = rows[0].ms;
console.log('| tagged scripts | time | per script, beyond the fixed cost |');
console.log('|---:|---:|---:|');
for (const { count, ms } of rows) {
  const perScript = count ? `${(((ms - fixed) * 1000) / count).toFixed(1)} µs` : '(fixed cost)';
  console.log(`| ${count.toLocaleString('en')} | ${ms.toFixed(1)} ms | ${perScript} |`);
}

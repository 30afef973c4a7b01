// What every bench/compare script does alike: the Chromium it drives (the e2e tests' binary and
// flags) and the probe (probe.js) it puts on each page before the page's own scripts run.
import { readFileSync } from 'node:fs';

export const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

const probe = readFileSync(new URL('probe.js', import.meta.url), 'utf8');

/**
 * A new page of `context` with its DevTools session: its CPU slowed down `throttle` times, its
 * metrics (Performance.getMetrics) in thread time, so that other processes on the machine barely
 * move them while the throttled CPU still shows, and the probe, run with `probeOptions`
 * ({ tags, watchBanner, timeout }) before anything else on the page.
 */
export async function openPage(context, throttle, probeOptions) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(`(${probe})(${JSON.stringify(probeOptions)})`);
  return { page, cdp };
}

/**
 * Clicks the tool's Accept all on a page with the probe and waits for its tags to run. Resolves
 * with the probe's timings, in page milliseconds (`clickAt`, `inlineFrom`, `tagsDone`), or null when
 * the page shows no Accept all or its tags did not all run within the probe's timeout.
 */
export async function acceptAll(page) {
  const button = (await page.evaluateHandle(() => window.__bench.acceptButton())).asElement();
  if (!button) return null;
  await button.click();
  if ((await page.evaluate(() => window.__bench.within(window.__bench.tags))) === null) return null;
  return page.evaluate(() => ({ clickAt: window.__bench.clickAt, inlineFrom: window.__bench.inlineFrom, tagsDone: window.__bench.tagsDone }));
}

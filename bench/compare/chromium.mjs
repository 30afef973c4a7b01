// What every bench/compare script does alike: the Chromium it drives (the e2e tests' binary and
// flags) and the probe (probe.js) it puts on each page before the page's own scripts run.
import { readFileSync } from 'node:fs';

export const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

const probe = readFileSync(new URL('probe.js', import.meta.url), 'utf8');

/** Makes `page` run the probe with `options` ({ tags, watchBanner, timeout }) before anything else. */
export const addProbe = (page, options) => page.addInitScript(`(${probe})(${JSON.stringify(options)})`);

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

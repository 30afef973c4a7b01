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
  // probe.js is one arrow function as a statement, which the formatter ends with a semicolon, so it
  // is bound to a name and called rather than called in place; the block keeps the name its own.
  await page.addInitScript(`{\nconst probe = ${probe}\nprobe(${JSON.stringify(probeOptions)});\n}`);
  return { page, cdp };
}

/** Clicks the tool's rendered button that reads `text`, as a visitor would; false when the page shows none. */
async function clickButton(page, text) {
  const button = (await page.evaluateHandle((label) => window.__bench.button(label), text)).asElement();
  if (!button) return false;
  await button.click();
  return true;
}

/**
 * Clicks the tool's Accept all on a page with the probe and waits for its tags to run. Resolves
 * with the probe's timings, in page milliseconds (`clickAt`, `inlineFrom`, `tagsDone`), or null when
 * the page shows no Accept all or its tags did not all run within the probe's timeout.
 */
export async function acceptAll(page) {
  if (!(await clickButton(page, 'Accept all'))) return null;
  if ((await page.evaluate(() => window.__bench.within(window.__bench.tags))) === null) return null;
  return page.evaluate(() => ({ clickAt: window.__bench.clickAt, inlineFrom: window.__bench.inlineFrom, tagsDone: window.__bench.tagsDone }));
}

/**
 * Clicks the tool's Manage preferences on a page with the probe, and resolves with the
 * milliseconds from the click to the first frame in which the preferences dialog (`dialog`, a
 * selector) is rendered; null when the page shows no Manage preferences or the dialog did not show
 * within the probe's timeout. The probe looks for the dialog from before the click, so no frame
 * goes unseen while the click is on its way.
 */
export async function openPreferences(page, dialog) {
  await page.evaluate((selector) => {
    window.__bench.preferences = window.__bench.firstFrame(() => window.__bench.shown(selector));
  }, dialog);
  if (!(await clickButton(page, 'Manage preferences'))) return null;
  return page.evaluate(async () => {
    const shownAt = await window.__bench.preferences;
    return shownAt === null ? null : shownAt - window.__bench.clickAt;
  });
}

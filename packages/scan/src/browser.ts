// The one module that loads playwright-core (a dependency: it drives an installed Chromium and
// downloads no browser) and starts Chromium.
import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core';

/** Debian's and Ubuntu's Chromium; `--chromium PATH` or CHROMIUM_PATH choose another. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** A running Chromium and the way to open a fresh visitor profile in it. */
export interface VisitorBrowser {
  /** e.g. "Chromium 156.0.8078.114". */
  version: string;
  /** A new, empty profile (no cookies, no storage) that looks like an ordinary visitor. */
  newVisitor(): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * How Chromium is started, so that sites see a visitor, not a robot: consent tools hide their banner
 * from automation (vanilla-cookieconsent's `hideFromBots` checks `navigator.webdriver` and the user
 * agent), and a scanner that sees no banner sees nothing to check. So: no `--enable-automation` and
 * Blink's AutomationControlled feature off (navigator.webdriver stays false).
 * The scanner visits hostile sites by design, so Chromium keeps its defences: the sandbox, which
 * cannot start as root (CI containers often run as root) and is turned off only there; and the
 * popup blocker (Playwright turns it off), so that a page cannot open a window on another site,
 * out of stay-on-site.ts's reach, unless the scanner's own click lets it.
 */
export function launchOptions(executablePath: string, runningAsRoot: boolean): LaunchOptions {
  return {
    executablePath,
    chromiumSandbox: !runningAsRoot,
    ignoreDefaultArgs: ['--enable-automation', '--disable-popup-blocking'],
    args: ['--disable-blink-features=AutomationControlled', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  };
}

/** Starts Chromium (launchOptions) with the user agent of the same Chrome without "Headless". */
export async function launchVisitorBrowser(executablePath: string): Promise<VisitorBrowser> {
  let browser: Browser;
  try {
    browser = await chromium.launch(launchOptions(executablePath, process.getuid?.() === 0));
  } catch (error) {
    throw new Error(`could not start Chromium at ${executablePath} (use --chromium PATH or CHROMIUM_PATH): ${(error as Error).message.split('\n')[0]}`);
  }
  const probe = await browser.newPage();
  const userAgent = (await probe.evaluate(() => navigator.userAgent)).replace('HeadlessChrome/', 'Chrome/');
  await probe.context().close();
  return {
    version: `Chromium ${browser.version()}`,
    newVisitor: () => browser.newContext({ userAgent, viewport: { width: 1280, height: 800 }, locale: 'en-US' }),
    close: () => browser.close(),
  };
}

// Firefox ESR (Debian's firefox-esr) through WebDriver BiDi, driven by puppeteer-core: Playwright
// cannot download its own Firefox build here, and this is the engine Firefox users run.
import puppeteer, { type Browser } from 'puppeteer-core';
import type { Engine, EnginePage, Target } from './engine';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Puppeteer's selector for a target; `>>>` reaches into open shadow roots. */
const selectorOf = (target: Target) => (typeof target === 'string' ? target : `${target.shadowHost} >>> ${target.selector}`);

export async function launchFirefox(): Promise<Engine> {
  const browser: Browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  return {
    async newPage(baseUrl): Promise<EnginePage> {
      // A browser context per page: its own cookies and storage, like a new private window.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      return {
        goto: async (path) => void (await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' })),
        reload: async () => void (await page.reload({ waitUntil: 'load' })),
        click: (target) => page.locator(selectorOf(target)).click(),
        evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
        cookies: async () =>
          (await context.cookies())
            .filter((cookie) => new URL(page.url()).hostname === cookie.domain.replace(/^\./, ''))
            .map(({ name, value, expires }) => ({ name, value, expires: expires > 0 ? expires : null })),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

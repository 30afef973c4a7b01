// Chromium (Debian's chromium, as the e2e suite uses) through Playwright, so the flows that run in
// Firefox and WebKit also run, unchanged, in the third engine.
import { chromium } from '@playwright/test';
import type { Engine, EnginePage, Target } from './engine';

// Playwright's CSS selectors reach into open shadow roots by themselves.
const selectorOf = (target: Target) => (typeof target === 'string' ? target : `${target.shadowHost} ${target.selector}`);

export async function launchChromium(): Promise<Engine> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  return {
    async newPage(baseUrl): Promise<EnginePage> {
      const context = await browser.newContext({ baseURL: baseUrl });
      const page = await context.newPage();
      return {
        goto: async (path) => void (await page.goto(path, { waitUntil: 'load' })),
        reload: async () => void (await page.reload({ waitUntil: 'load' })),
        click: (target) => page.locator(selectorOf(target)).click(),
        evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
        cookies: async () => (await context.cookies(page.url())).map(({ name, value, expires }) => ({ name, value, expires: expires > 0 ? expires : null })),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

import { expect, test, type Page } from '@playwright/test';
import { events, expectStrictPageScriptsAfterAcceptAll } from './gate-page';
import { watchProblems } from './page-errors';

// demo/gating-csp.html under its strict CSP sent as a header instead of its <meta>, as real sites do:
// that is what makes the browser hide every nonce attribute from the DOM, so the gate must read
// the nonce property.
const POLICY = "script-src 'self' 'nonce-consentry-demo'; object-src 'none'; base-uri 'none'";

async function serveWithCsp(page: Page, rewrite: (html: string) => string = (html) => html): Promise<void> {
  await page.route('**/gating-csp.html', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    await route.fulfill({ response, body: rewrite(html), headers: { ...response.headers(), 'content-security-policy': POLICY } });
  });
}

test('tagged scripts run under a strict nonce CSP without a single violation', async ({ page }) => {
  const problems = await watchProblems(page);
  await serveWithCsp(page);
  await page.goto('/gating-csp.html');
  // The header really is in force: the browser hides the nonce attributes.
  expect(await page.locator('script[src="/dist/consentry.js"]').getAttribute('nonce')).toBe('');

  await expectStrictPageScriptsAfterAcceptAll(page);
  expect(problems).toEqual([]);
});

test('without data-share-nonce, an inline tagged script without a nonce is refused by the browser', async ({ page }) => {
  const problems = await watchProblems(page);
  await serveWithCsp(page, (html) => html.replace(' data-share-nonce="true"', ''));
  await page.goto('/gating-csp.html');
  await page.evaluate(() => window.Consentry!.acceptAll());
  await expect.poll(() => problems.filter((problem) => problem.startsWith('CSP '))).toEqual(['CSP script-src-elem: inline']);
  expect(await events(page)).toEqual(['analytics: the stats library loaded', 'analytics: tracked page_view (own nonce)']);
});

import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { events } from './gate-page';

// Withdrawal (SPEC §3) on demo/gating.html, served under a made-up host name so that parent
// domains exist: every request to http://www.shop.example is answered by the local demo server.
const SITE = 'http://www.shop.example';

async function serveAsShop(page: Page, baseURL: string, rewrite?: (html: string) => string): Promise<void> {
  await page.route(`${SITE}/**`, async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: baseURL + url.pathname + url.search });
    const body = rewrite && url.pathname.endsWith('.html') ? rewrite(await response.text()) : undefined;
    await route.fulfill({ response, ...(body !== undefined && { body }) });
  });
}

const cookieNames = async (context: BrowserContext) => (await context.cookies(SITE)).map(({ name, domain }) => `${name}@${domain}`).sort();

test.beforeEach(async ({ context }) => {
  // Cookies the site set on its parent domain, as analytics and other tools often do.
  await context.addCookies([
    { name: '_ga', value: 'parent', domain: '.shop.example', path: '/' },
    { name: '_ga_SHOP', value: 'parent', domain: '.shop.example', path: '/' },
    { name: 'cart', value: '3', domain: '.shop.example', path: '/' },
  ]);
});

test('turning analytics off deletes its cookies on the host and on the parent domain', async ({ page, context, baseURL }) => {
  await serveAsShop(page, baseURL!);
  await page.goto(`${SITE}/gating.html`);
  await page.evaluate(() => window.Consentry!.acceptAll());
  // The stats library set its cookies host-only on www.shop.example.
  await expect
    .poll(() => cookieNames(context))
    .toEqual(['_ga@.shop.example', '_ga@www.shop.example', '_ga_DEMO@www.shop.example', '_ga_SHOP@.shop.example', 'cart@.shop.example', 'consentry@www.shop.example']);

  await page.evaluate(() => window.Consentry!.set({ analytics: false }));
  expect(await cookieNames(context)).toEqual(['cart@.shop.example', 'consentry@www.shop.example']);
  // Scripts that already ran cannot be un-run; without reloadOnWithdraw the page stays.
  expect(await events(page)).toContain('analytics: tracked page_view');
});

test('with reloadOnWithdraw the page reloads once, and comes back with analytics blocked', async ({ page, context, baseURL }) => {
  await serveAsShop(page, baseURL!, (html) => html.replace('"categories": {', '"reloadOnWithdraw": true, "categories": {'));
  await page.goto(`${SITE}/gating.html`);
  await page.evaluate(() => window.Consentry!.acceptAll());
  await expect.poll(() => events(page)).toContain('analytics: tracked page_view');

  let navigations = 0;
  page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations++);
  const reloaded = page.waitForEvent('load');
  await page.evaluate(() => window.Consentry!.set({ analytics: false }));
  await reloaded;
  await expect.poll(() => events(page)).toEqual(['analytics refused: the opt-out script ran']);
  expect(await page.evaluate(() => performance.getEntriesByType('navigation')[0]!.toJSON().type)).toBe('reload');
  expect(await cookieNames(context)).toEqual(['cart@.shop.example', 'consentry@www.shop.example']);
  expect(navigations).toBe(1);
});

import { expect, test, type Page } from '@playwright/test';
import { CAP_SCRIPT_COOKIES, SCRIPT_COOKIE_CAP_SECONDS } from '../fixtures/script-cookie-cap';
import { editPage, en, inBanner, storedChoice } from './ui-support';

// SPEC §6: Safari keeps cookies written by script for 7 days, so the demo's collector (behind the
// page's own origin, started with setCookie) sets the choice cookie again from the server. The page
// gets Safari's cap here (test/fixtures/script-cookie-cap.ts): a choice cookie that outlives a week
// can then only have come from the collector's Set-Cookie.
const DAY = 86_400;
const capScriptCookies = (page: Page) => page.addInitScript(CAP_SCRIPT_COOKIES);

/** Seconds from now until the choice cookie expires. */
async function choiceLifetime(page: Page): Promise<number> {
  const cookie = (await page.context().cookies()).find((entry) => entry.name === 'consentry');
  return cookie!.expires - Date.now() / 1000;
}

test('after a decision, the choice cookie is the collector’s, with the configured 180 days, despite the cap on script cookies', async ({ page }) => {
  await capScriptCookies(page);
  await page.goto('/receipts.html');
  const posted = page.waitForResponse((response) => response.url().endsWith('/consent/v1/receipts') && response.request().method() === 'POST');
  await inBanner(page, en.acceptAll).click();
  const response = await posted;
  expect(response.status()).toBe(201);
  // The SDK described its cookie and sent it along (same origin); the collector set the very same.
  expect(await response.request().headerValue('consentry-cookie')).toBe('consentry; Max-Age=15552000');
  const value = await storedChoice(page);
  expect(await response.headerValue('set-cookie')).toBe(`consentry=${value}; Path=/; Max-Age=15552000; SameSite=Lax`);
  const lifetime = await choiceLifetime(page);
  expect(lifetime).toBeGreaterThan(179 * DAY);
  expect(lifetime).toBeLessThanOrEqual(180 * DAY + 1);

  // Read back on the next page, as the decision it stores.
  await page.reload();
  expect(await page.evaluate(() => window.Consentry!.state)).toMatchObject({ decided: true, method: 'banner.accept_all' });
});

test('with the collector on another origin the cap holds: no Consentry-Cookie header, and a 7-day cookie', async ({ page, baseURL }) => {
  await capScriptCookies(page);
  // The demo's index page, its receipts sent to another origin, answered here (not by a shared server).
  const otherOrigin = baseURL!.replace('127.0.0.1', 'localhost');
  await editPage(page, '/', (html) => html.replace('data-endpoint="/consent/v1/receipts"', `data-endpoint="${otherOrigin}/v1/receipts"`));
  const posts: Record<string, string>[] = [];
  await page.route(`${otherOrigin}/v1/receipts`, async (route) => {
    posts.push(await route.request().allHeaders());
    await route.fulfill({ status: 201, headers: { 'access-control-allow-origin': baseURL! }, json: {} });
  });
  await page.goto('/');
  const delivered = page.evaluate(() => new Promise((resolve) => window.Consentry!.on('receipt', ({ status }) => resolve(status))));
  await inBanner(page, en.acceptAll).click();
  expect(await delivered).toBe('sent');
  expect(posts).toHaveLength(1);
  expect(posts[0]).not.toHaveProperty('consentry-cookie');
  // Plus a second: browsers keep expiry times in whole seconds, some rounding up.
  expect(await choiceLifetime(page)).toBeLessThanOrEqual(SCRIPT_COOKIE_CAP_SECONDS + 1);
});

test('a page script cannot have the collector replace an HttpOnly cookie, or store a granting choice in answer to a refusal', async ({ page, baseURL }) => {
  // The site's own session cookie, which no script of the page can read or write.
  await page.context().addCookies([{ name: 'session', value: 'site-secret', url: baseURL!, httpOnly: true, sameSite: 'Lax', expires: Date.now() / 1000 + DAY }]);
  const session = async () => (await page.context().cookies()).filter((cookie) => cookie.name === 'session');
  const before = await session();
  await page.goto('/receipts.html');
  const posted = page.waitForRequest((request) => request.url().endsWith('/consent/v1/receipts') && request.method() === 'POST');
  await inBanner(page, en.acceptAll).click();
  const accepted = (await posted).postDataJSON();
  await page.waitForResponse((response) => response.request().url().endsWith('/consent/v1/receipts'));

  /** Posts `receipt` from the page as its scripts may, describing the cookie `description`; resolves the collector's Set-Cookie. */
  const postFromPage = async (receipt: object, description: string) => {
    const answered = page.waitForResponse((response) => response.url().endsWith('/consent/v1/receipts') && response.request().headers()['consentry-cookie'] === description);
    await page.evaluate(([body, header]) => fetch('/consent/v1/receipts', { method: 'POST', headers: { 'content-type': 'application/json', 'consentry-cookie': header }, body }), [
      JSON.stringify(receipt),
      description,
    ] as const);
    const response = await answered;
    expect(response.status()).toBeLessThan(300);
    return response.headerValue('set-cookie');
  };

  // The choice, copied by a script into a cookie of the session's name on a longer path (sent
  // first), and the accepted receipt posted again naming that cookie for 395 days.
  await page.evaluate(() => {
    const choice = /(?:^|; )consentry=([^;]+)/.exec(document.cookie)![1];
    document.cookie = `session=${choice}; Path=/consent`;
  });
  expect(await postFromPage(accepted, 'session; Max-Age=34128000')).toBeNull();
  expect(await session()).toContainEqual(before[0]);

  // A refusal of the same subject, while the browser's copy still grants.
  const refusal = {
    ...accepted,
    receiptId: await page.evaluate(() => crypto.randomUUID()),
    previousReceiptId: accepted.receiptId,
    eventType: 'withdrawn',
    method: 'preferences.reject_all',
    categories: Object.fromEntries(Object.keys(accepted.categories).map((name) => [name, name === 'necessary'])),
  };
  expect(await postFromPage(refusal, 'consentry; Max-Age=15552000')).toBeNull();
});

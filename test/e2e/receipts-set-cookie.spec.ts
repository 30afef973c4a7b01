import { expect, test, type Page } from '@playwright/test';
import { CAP_SCRIPT_COOKIES, SCRIPT_COOKIE_CAP_SECONDS } from '../fixtures/script-cookie-cap';
import { en, inBanner, storedChoice } from './ui-support';

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
  expect(await response.headerValue('set-cookie')).toBe(`consentry=${value}; Path=/; SameSite=Lax; Max-Age=15552000`);
  const lifetime = await choiceLifetime(page);
  expect(lifetime).toBeGreaterThan(179 * DAY);
  expect(lifetime).toBeLessThanOrEqual(180 * DAY + 1);

  // Read back on the next page, as the decision it stores.
  await page.reload();
  expect(await page.evaluate(() => window.Consentry!.state)).toMatchObject({ decided: true, method: 'banner.accept_all' });
});

test('with the collector on another origin the cap holds: the script-written cookie lasts 7 days', async ({ page }) => {
  await capScriptCookies(page);
  // demo/receipts-e2e.html posts to another origin: no credentials, no Consentry-Cookie header.
  const posted = page.waitForRequest((request) => request.url().endsWith('/v1/receipts') && request.method() === 'POST');
  await page.goto('/receipts-e2e.html');
  await inBanner(page, en.acceptAll).click();
  expect(await (await posted).headerValue('consentry-cookie')).toBeNull();
  // Whatever the other origin answers (it may not even be running), the receipt has its outcome.
  await expect.poll(() => page.evaluate(() => (window as unknown as { receiptEvents: unknown[] }).receiptEvents.length)).toBe(1);
  // Plus a second: browsers keep expiry times in whole seconds, some rounding up.
  expect(await choiceLifetime(page)).toBeLessThanOrEqual(SCRIPT_COOKIE_CAP_SECONDS + 1);
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { en, inBanner, inPreferences, preferences } from './ui-support';
import { watchErrors } from './page-errors';

// Services inside categories (SPEC §9) on the built files, through demo/services.html.

const ran = (page: Page) => page.evaluate(() => (window as unknown as { demoEvents: string[] }).demoEvents);
const uetq = (page: Page) => page.evaluate(() => (window as unknown as { uetq: unknown[] }).uetq);

async function openAnalyticsDetails(page: Page) {
  await page.getByRole('button', { name: 'Cookie preferences' }).click();
  const dialog = preferences(page);
  await expect(dialog).toBeVisible();
  // Categories in the configured order: functional (nothing declared), personalization, analytics, marketing.
  const disclosure = dialog.getByRole('button', { name: en.servicesAndCookies }).nth(1);
  await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
  await disclosure.click();
  await expect(disclosure).toHaveAttribute('aria-expanded', 'true');
  return dialog;
}

test("a refused service's tag stays inert while its category's other services run; the choice survives a reload", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/services.html');
  const dialog = await openAnalyticsDetails(page);
  await dialog.getByRole('switch', { name: en['category.analytics.label'], exact: true }).check();
  await dialog.getByRole('switch', { name: 'Google Analytics' }).uncheck();
  // The category switch is mixed: a checkbox announced as such.
  await expect(dialog.getByRole('checkbox', { name: en['category.analytics.label'], exact: true })).toBeChecked({ indeterminate: true });
  await inPreferences(page, en.savePreferences).click();
  await expect.poll(() => ran(page)).toEqual(['Matomo ran', 'an analytics tag without a service ran']);

  await page.reload();
  await expect.poll(() => page.evaluate(() => window.Consentry!.state.services)).toEqual({ ga4: false, matomo: true, youtube: false, bing: false });
  await expect.poll(() => ran(page)).toEqual(['Matomo ran', 'an analytics tag without a service ran']);
  await page.getByRole('button', { name: 'Cookie preferences' }).click();
  await expect(preferences(page).getByRole('checkbox', { name: en['category.analytics.label'], exact: true })).toBeChecked({ indeterminate: true });
  expect(errors).toEqual([]);
});

test('the cookie tables render the declarations; the dialog with its tables is axe-clean at 375 px and keyboard-operable', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/services.html');
  const dialog = await openAnalyticsDetails(page);
  const table = dialog.getByRole('table', { name: 'Google Analytics' });
  await expect(table.getByRole('columnheader')).toHaveText([en.cookieName, en.cookieProvider, en.cookiePurpose, en.cookieDuration]);
  await expect(table.getByRole('row').nth(1)).toHaveText(/_ga\s*Google\s*Distinguishes visitors\s*2 years/);
  await expect(table.getByRole('rowheader')).toHaveText(['_ga', '/^_ga_/']);
  // Nothing wider than the screen.
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations).toEqual([]);

  // By keyboard: the service switch after the disclosure, toggled with Space.
  const ga4 = dialog.getByRole('switch', { name: 'Google Analytics' });
  await ga4.focus();
  await page.keyboard.press('Space');
  await expect(ga4).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: en['category.analytics.label'], exact: true })).toBeChecked({ indeterminate: true });
});

test('the placeholder names the service it would load and allows that service alone', async ({ page }) => {
  await page.goto('/services.html');
  await inBanner(page, en.rejectAll).click();
  const placeholder = page.locator('consentry-placeholder');
  await expect(placeholder.getByText(/YouTube/)).toBeVisible();
  await placeholder.getByRole('button', { name: en.placeholderAllow }).click();
  await expect(page.locator('iframe[data-service="youtube"]')).toHaveAttribute('src', /embed\.html/);
  expect(await page.evaluate(() => window.Consentry!.state.services)).toEqual({ ga4: false, matomo: false, youtube: true, bing: false });
});

test('Microsoft UET: the default precedes the next tag and every decision updates it', async ({ page }) => {
  await page.goto('/services.html');
  expect(await uetq(page)).toEqual(['consent', 'default', { ad_storage: 'denied' }]);
  await inBanner(page, en.acceptAll).click();
  await page.evaluate(() => window.Consentry!.set({ bing: false }));
  expect((await uetq(page)).slice(3)).toEqual(['consent', 'update', { ad_storage: 'granted' }, 'consent', 'update', { ad_storage: 'denied' }]);
  // On load with a stored decision: the default, then the stored decision's update.
  await page.reload();
  expect(await uetq(page)).toEqual(['consent', 'default', { ad_storage: 'denied' }, 'consent', 'update', { ad_storage: 'denied' }]);
});

test('a name clash is one console error and grants nothing', async ({ page }) => {
  const errors = watchErrors(page);
  // The demo page with a second service named matomo, under marketing.
  await page.route('**/services.html', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace('"bing": {', '"matomo": {}, "bing": {') });
  });
  await page.goto('/services.html');
  await inBanner(page, en.acceptAll).click();
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain('each name used once');
  expect(await ran(page)).toEqual(['an analytics tag without a service ran']);
  expect(await page.evaluate(() => window.Consentry!.state.services)).toEqual({});
});

test('a page that polluted Object.prototype before the loader: Reject all runs nothing, on this page or the next', async ({ page }) => {
  // As a vulnerable query-string parser or a hostile script would leave it.
  await page.addInitScript(() => {
    (Object.prototype as Record<string, unknown>).ga4 = true;
  });
  await page.goto('/services.html');
  await inBanner(page, en.rejectAll).click();
  await expect.poll(() => page.evaluate(() => window.Consentry!.state.decided)).toBe(true);
  expect(await ran(page)).toEqual([]);
  expect(await page.evaluate(() => window.Consentry!.allowed('ga4'))).toBe(false);

  // The next page reads the refusal from the cookie; its tags are judged by DOMContentLoaded,
  // before reload() returns.
  await page.reload();
  expect(await page.evaluate(() => [window.Consentry!.state.decided, window.Consentry!.allowed('ga4'), window.Consentry!.allowed('analytics')])).toEqual([true, false, false]);
  expect(await ran(page)).toEqual([]);
});

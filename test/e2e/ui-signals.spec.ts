import { expect, test } from '@playwright/test';
import { banner, en, inBanner, preferences, storedChoice } from './ui-support';
import { watchErrors } from './page-errors';

// The loader (an IIFE) and the interface it imports (an ES module) share one copy of
// @preact/signals-core (src/embed-signals.ts). The interface has no redraw of its own: it shows
// what it reads from the instance's signals. So a decision the page makes through the API closes
// an open dialog only if both files follow the same signals; with two copies it stays open.

test('Consentry.rejectAll() from the page closes the open preferences dialog through the shared signals', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(banner(page)).toBeVisible();
  await page.evaluate(() => window.Consentry!.showPreferences());
  const dialog = preferences(page);
  await expect(dialog).toBeVisible();
  // A draft in the dialog that the page's decision overrides.
  await dialog.getByRole('switch', { name: en['category.analytics.label'] }).check();
  expect(await page.locator('consentry-root').getAttribute('data-state')).toBe('preferences');

  await page.evaluate(() => window.Consentry!.rejectAll());
  await expect(dialog).toHaveCount(0);
  await expect(banner(page)).toHaveCount(0);
  await expect(page.locator('consentry-root')).toHaveAttribute('data-state', 'hidden');
  expect(await page.evaluate(() => window.Consentry!.signals.state.value)).toMatchObject({
    decided: true,
    method: 'api',
    categories: { functional: false, personalization: false, analytics: false },
  });
  expect(await storedChoice(page)).toBeDefined();

  // Opened again, the switches start from the decision the page made.
  await page.evaluate(() => window.Consentry!.showPreferences());
  await expect(dialog.getByRole('switch', { name: en['category.analytics.label'] })).not.toBeChecked();
  expect(errors).toEqual([]);
});

test('Consentry.acceptAll() from the page closes the banner, and Consentry.showBanner() brings it back', async ({ page }) => {
  await page.goto('/');
  await expect(inBanner(page, en.acceptAll)).toBeVisible();
  await page.evaluate(() => window.Consentry!.acceptAll());
  await expect(banner(page)).toHaveCount(0);
  await page.evaluate(() => window.Consentry!.showBanner());
  await expect(inBanner(page, en.rejectAll)).toBeVisible();
});

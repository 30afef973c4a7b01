import { expect, test } from '@playwright/test';
import { banner, editPage, en, inBanner, inPreferences, preferences, state, storedChoice, view, watchUiRequests } from './ui-support';
import { watchErrors } from './page-errors';

// First visit → banner → each of the three paths (SPEC §4), against the built files.

test('a first visit shows the banner: title, text, policy link and three buttons; only English is downloaded', async ({ page }) => {
  const errors = watchErrors(page);
  const files = watchUiRequests(page);
  await page.goto('/');
  const region = page.getByRole('region', { name: en.bannerTitle });
  await expect(region).toBeVisible();
  await expect(region).toContainText(en.bannerBody);
  await expect(region.getByRole('link', { name: en.policyLink })).toHaveAttribute('href', '/privacy.html');
  await expect(region.getByRole('button')).toHaveText([en.rejectAll, en.acceptAll, en.managePreferences]);
  // First in <body>, so that it comes first in a keyboard visitor's order.
  expect(await page.evaluate(() => document.body.firstElementChild?.localName)).toBe('consentry-root');
  expect(files.sort()).toEqual(['consentry-ui-en.js', 'consentry-ui.js']);
  expect(errors).toEqual([]);
});

test('the built consentry-ui.js exports mountUI and mountPlaceholder by name', async ({ page }) => {
  await page.goto('/');
  const exports = await page.evaluate(async (url) => Object.keys(await import(url)).sort(), '/dist/consentry-ui.js');
  // The rest are the minified names of what the components' chunk shares with it (vite.config.ts).
  expect(exports.filter((name) => name.length > 2)).toEqual(['mountPlaceholder', 'mountUI']);
});

test('Accept all records banner.accept_all, closes the banner, and a returning visitor downloads no UI', async ({ page }) => {
  await page.goto('/');
  await inBanner(page, en.acceptAll).click();
  await expect(banner(page)).toHaveCount(0);
  expect(await state(page)).toMatchObject({
    decided: true,
    method: 'banner.accept_all',
    categories: { necessary: true, functional: true, personalization: true, analytics: true },
  });

  const files = watchUiRequests(page);
  await page.reload();
  expect(await state(page)).toMatchObject({ decided: true, method: 'banner.accept_all' });
  expect(await view(page)).toBeNull();
  expect(files).toEqual([]);
});

test('Reject all records banner.reject_all with every optional category off', async ({ page }) => {
  await page.goto('/');
  await inBanner(page, en.rejectAll).click();
  await expect(banner(page)).toHaveCount(0);
  expect(await state(page)).toMatchObject({
    decided: true,
    method: 'banner.reject_all',
    categories: { necessary: true, functional: false, personalization: false, analytics: false },
  });
});

test('Manage preferences → switch analytics on → Save records preferences.save with exactly that', async ({ page }) => {
  await page.goto('/');
  await inBanner(page, en.managePreferences).click();
  const dialog = preferences(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('switch', { name: en['category.necessary.label'] })).toBeChecked();
  await expect(dialog.getByRole('switch', { name: en['category.necessary.label'] })).toBeDisabled();
  for (const name of ['functional', 'personalization', 'analytics'] as const) {
    await expect(dialog.getByRole('switch', { name: en[`category.${name}.label`] })).not.toBeChecked();
  }
  await dialog.getByRole('switch', { name: en['category.analytics.label'] }).check();
  await inPreferences(page, en.savePreferences).click();
  await expect(dialog).toHaveCount(0);
  await expect(banner(page)).toHaveCount(0);
  expect(await state(page)).toMatchObject({
    method: 'preferences.save',
    categories: { necessary: true, functional: false, personalization: false, analytics: true },
  });
});

test.describe('Accept all and Reject all have equal prominence (CNIL, EDPB 03/2022)', () => {
  for (const [label, width] of [
    ['desktop', 1280],
    ['375 px', 375],
  ] as const) {
    test(`same size, weight and colours, ${label}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/');
      const measure = (name: string) =>
        inBanner(page, name).evaluate((button) => {
          const style = getComputedStyle(button);
          const { width, height } = button.getBoundingClientRect();
          return { width, height, ...Object.fromEntries(['font-size', 'font-weight', 'color', 'background-color', 'border', 'padding'].map((p) => [p, style.getPropertyValue(p)])) };
        });
      await expect(banner(page)).toBeVisible();
      const accept = await measure(en.acceptAll);
      expect(await measure(en.rejectAll)).toEqual(accept);
    });
  }
});

test('the interface speaks the page language and downloads only that language', async ({ page }) => {
  const files = watchUiRequests(page);
  await editPage(page, '**/', (html) => html.replace('<html lang="en">', '<html lang="bg">'));
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Бисквитки на този сайт' })).toBeVisible();
  await expect(inBanner(page, 'Отказвам всички')).toBeVisible();
  expect(files.sort()).toEqual(['consentry-ui-bg.js', 'consentry-ui.js']);
  await inBanner(page, 'Настройки').click();
  await expect(page.getByRole('dialog', { name: 'Настройки за бисквитките' })).toBeVisible();
});

test('right to left: Arabic from the configuration renders mirrored, the box in the bottom-right corner', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/rtl.html');
  const region = page.getByRole('region', { name: 'ملفات تعريف الارتباط على هذا الموقع' });
  await expect(region).toBeVisible();
  expect(await region.evaluate((element) => [element.closest('[dir]')!.getAttribute('dir'), element.closest('[lang]')!.getAttribute('lang')])).toEqual(['rtl', 'ar']);
  const box = (await region.boundingBox())!;
  expect(1280 - (box.x + box.width)).toBe(16);
  // Reject all comes first in reading order, so it sits on the right.
  const reject = (await inBanner(page, 'رفض الكل').boundingBox())!;
  const accept = (await inBanner(page, 'قبول الكل').boundingBox())!;
  expect(reject.x).toBeGreaterThan(accept.x);
});

test('centre modal: a modal dialog; Escape closes it without recording, and it asks again on the next page', async ({ page }) => {
  await page.goto('/center.html');
  const dialog = page.getByRole('dialog', { name: en.bannerTitle });
  await expect(dialog).toBeVisible();
  // Modal: the page behind is inert, it cannot take focus.
  const pageButton = page.locator('main [data-consentry-open]');
  expect(
    await pageButton.evaluate((button: HTMLElement) => {
      button.focus();
      return document.activeElement === button;
    }),
  ).toBe(false);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await state(page)).toMatchObject({ decided: false });
  expect(await storedChoice(page)).toBeUndefined();
  await page.reload();
  await expect(page.getByRole('dialog', { name: en.bannerTitle })).toBeVisible();
  // The preferences open over the modal banner and close back to it.
  await inBanner(page, en.managePreferences).click();
  await expect(preferences(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(preferences(page)).toHaveCount(0);
  await expect(inBanner(page, en.managePreferences)).toBeFocused();
  await inBanner(page, en.rejectAll).click();
  expect(await state(page)).toMatchObject({ method: 'banner.reject_all' });
});

test('the floating reopen button appears after a decision, on later pages too, and opens the preferences', async ({ page }) => {
  await page.goto('/box.html');
  const reopen = page.getByRole('button', { name: en.preferencesTitle });
  await expect(reopen).toHaveCount(0);
  await inBanner(page, en.acceptAll).click();
  await expect(reopen).toBeVisible();
  await page.reload();
  await expect(reopen).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
  await reopen.click();
  await expect(preferences(page).getByRole('switch', { name: en['category.analytics.label'] })).toBeChecked();
  await expect(reopen).toBeHidden();
  await inPreferences(page, en.close).click();
  await expect(reopen).toBeFocused();
});

import { expect, test } from '@playwright/test';
import { banner, editPage, en, inBanner, watchUiRequests } from './ui-support';
import { watchErrors } from './page-errors';

// Issue 12: on a first visit the loader requests the interface and its language together, so the
// banner waits for one round trip, not two. Each test holds consentry-ui.js back until the
// language chunk has been requested: were the language requested only by the interface (after
// it arrived), the banner would never show.

/** Holds consentry-ui.js until a request for `language`'s chunk has been seen. */
async function holdUiUntil(page: import('@playwright/test').Page, language: string): Promise<void> {
  const requested = page.waitForRequest((request) => request.url().endsWith(`/consentry-ui-${language}.js`));
  await page.route('**/consentry-ui.js', async (route) => {
    await requested;
    await route.continue();
  });
}

test('the loader requests the interface and its language at once: the language does not wait for the interface', async ({ page }) => {
  const errors = watchErrors(page);
  const files = watchUiRequests(page);
  await holdUiUntil(page, 'en');
  await page.goto('/');
  await expect(inBanner(page, en.acceptAll)).toBeVisible();
  // Requested once each: the interface's own import of the language reuses the loader's.
  expect(files.sort()).toEqual(['consentry-ui-en.js', 'consentry-ui.js']);
  expect(errors).toEqual([]);
});

test('the language requested beside the interface is the page\'s (<html lang="de">)', async ({ page }) => {
  const files = watchUiRequests(page);
  await editPage(page, '**/', (html) => html.replace('<html lang="en">', '<html lang="de">'));
  await holdUiUntil(page, 'de');
  await page.goto('/');
  await expect(banner(page).getByRole('button', { name: 'Alle akzeptieren', exact: true })).toBeVisible();
  expect(files.sort()).toEqual(['consentry-ui-de.js', 'consentry-ui.js']);
});

test('a wrong guess costs a request, never the text: data-lang="fr" on an English page shows French', async ({ page }) => {
  const files = watchUiRequests(page);
  await editPage(page, '**/', (html) => html.replace('<script src="/dist/consentry.js"', '<script data-lang="fr" src="/dist/consentry.js"'));
  await page.goto('/');
  await expect(banner(page).getByRole('button', { name: 'Tout accepter', exact: true })).toBeVisible();
  expect(files.sort()).toEqual(['consentry-ui-en.js', 'consentry-ui-fr.js', 'consentry-ui.js']);
});

import { expect, test } from '@playwright/test';
import { events } from './gate-page';
import { banner, en, inBanner, storedChoice } from './ui-support';
import { watchErrors } from './page-errors';

// Issue 11, defect 1: demo/gating.html with Consent Mode on, on a page whose tag manager broke
// dataLayer.push. Consentry reports it and still starts, shows the banner, records and stores the
// decision, tells the page and runs the tags.
test('a dataLayer.push that throws stops neither the start-up nor a decision', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    window.dataLayer = [];
    window.dataLayer.push = () => {
      throw new Error('GTM exploded');
    };
  });
  await page.goto('/gating.html');
  await expect(banner(page)).toBeVisible();
  const changed = page.evaluate(() => new Promise((resolve) => document.addEventListener('consentry:change', (event) => resolve((event as CustomEvent).detail), { once: true })));
  await inBanner(page, en.acceptAll).click();
  expect(await changed).toMatchObject({ decided: true, method: 'banner.accept_all', categories: { analytics: true } });
  await expect.poll(() => events(page)).toContain('analytics: the stats library loaded');
  expect(await storedChoice(page)).toMatch(/^2\./);
  expect(errors.filter((error) => error.startsWith('Consentry: '))).toEqual(expect.arrayContaining([expect.stringContaining('Consentry: window.dataLayer.push failed (Error: GTM exploded)')]));
});

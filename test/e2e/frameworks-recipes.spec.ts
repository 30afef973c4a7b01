import { expect, test } from '@playwright/test';
import { watchErrors } from './page-errors';
import { APP_ORIGIN, buildApp, serveApp } from './framework-apps';
import { banner, inPreferences } from './ui-support';

// Issue 20: the README's recipes, each in a real app built by that framework's Vite plugin. Every
// app shows the same markup, so one visit drives them all: a decision made by the app, then one
// made in Consentry's own interface, both reach the app's view; the choice survives a reload.
for (const framework of ['preact', 'vue', 'svelte']) {
  test.describe(framework, () => {
    let dist: string;
    test.beforeAll(async () => {
      test.setTimeout(120_000);
      dist = await buildApp(framework);
    });

    test(`a ${framework} app follows decisions made by the app and by the interface`, async ({ context, page }) => {
      await serveApp(context, dist);
      const errors = watchErrors(page);
      const analytics = page.locator('#analytics');
      await page.goto(APP_ORIGIN);
      await expect(analytics).toHaveText('Statistics off');
      await expect(banner(page)).toBeVisible();

      await page.getByRole('button', { name: 'Allow statistics' }).click();
      await expect(analytics).toHaveText('Statistics on');
      await expect(banner(page)).toBeHidden();

      await page.getByRole('button', { name: 'Cookie preferences' }).click();
      await inPreferences(page, 'Reject all').click();
      await expect(analytics).toHaveText('Statistics off');

      await page.reload();
      await expect(analytics).toHaveText('Statistics off');
      await expect(banner(page)).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  });
}

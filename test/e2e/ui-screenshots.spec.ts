import { expect, test } from '@playwright/test';
import { banner, en, inBanner, preferences } from './ui-support';

// Writes the README's screenshots (docs/screenshots/*.png) from the built files: the banner and
// the preferences dialog, light and dark, desktop and 375 px wide.

const PAGES = { light: '/', dark: '/dark.html' } as const;
const SIZES = { desktop: { width: 1280, height: 800 }, '375': { width: 375, height: 740 } } as const;

for (const [theme, path] of Object.entries(PAGES)) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    test(`screenshots: ${theme}, ${size}`, async ({ page }) => {
      // The demo page prints the state; a fixed subject id keeps the images the same from run to run.
      await page.addInitScript(() => {
        crypto.randomUUID = () => '5c1e0f3a-8d2b-4c7e-9a61-2f4b8d0c7e15';
      });
      await page.setViewportSize(viewport);
      await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: theme as 'light' | 'dark' });
      await page.goto(path);
      await expect(banner(page)).toBeVisible();
      await page.screenshot({ path: `docs/screenshots/banner-${theme}-${size}.png`, animations: 'disabled' });
      await inBanner(page, en.managePreferences).click();
      // A switch in view at 375 px too: scrolling the dialog would show a fading scrollbar.
      await preferences(page).getByRole('switch', { name: en['category.personalization.label'] }).check();
      await page.screenshot({ path: `docs/screenshots/preferences-${theme}-${size}.png`, animations: 'disabled' });
    });
  }
}

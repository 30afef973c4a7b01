import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { banner, en, inBanner, preferences } from './ui-support';

// SPEC §4: WCAG 2.2 AA, and axe-core reports no violations, for the banner and the open dialog
// in both themes (axe checks text contrast inside the shadow root too).

async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

for (const [theme, path] of [
  ['light', '/'],
  ['dark', '/dark.html'],
] as const) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      // Axe must judge the final colours, not a frame of the entrance animation.
      await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: theme });
      await page.goto(path);
      await expect(banner(page)).toBeVisible();
      await expect(page.locator('consentry-root')).toHaveAttribute('data-theme', theme);
    });

    test('the banner has no axe violations', async ({ page }) => {
      expect(await violations(page)).toEqual([]);
    });

    test('the open preferences dialog has no axe violations', async ({ page }) => {
      await inBanner(page, en.managePreferences).click();
      await expect(preferences(page)).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('the banner the components have taken over has no axe violations', async ({ page }) => {
      await inBanner(page, en.managePreferences).click();
      await expect(preferences(page)).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(preferences(page)).toHaveCount(0);
      await expect(banner(page)).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}

test('the centre modal and the right-to-left box have no axe violations', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const path of ['/center.html', '/rtl.html']) {
    await page.goto(path);
    await expect(banner(page)).toBeVisible();
    expect(await violations(page), path).toEqual([]);
  }
});

test('every control is at least 24 × 24 px (WCAG 2.5.8), at 375 px too', async ({ page }) => {
  // Measured at rest: the entrance animation's translation blurs boxes by a fraction of a pixel.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/');
  await expect(banner(page)).toBeVisible();
  const sizes = async () =>
    page.locator('consentry-root').evaluate((host) =>
      [...host.shadowRoot!.querySelectorAll('button, input')].map((control) => {
        const { width, height } = control.getBoundingClientRect();
        return { control: control.getAttribute('part'), width, height };
      }),
    );
  const controls = [...(await sizes())];
  await inBanner(page, en.managePreferences).click();
  await expect(preferences(page)).toBeVisible();
  controls.push(...(await sizes()));
  expect(controls.length).toBeGreaterThan(8);
  for (const { control, width, height } of controls) {
    expect(width, `${control} width`).toBeGreaterThanOrEqual(24);
    expect(height, `${control} height`).toBeGreaterThanOrEqual(24);
  }
});

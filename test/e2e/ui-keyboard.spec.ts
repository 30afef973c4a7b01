import { expect, test, type Page } from '@playwright/test';
import { banner, en, focused, inBanner, inPreferences, preferences, state, storedChoice } from './ui-support';

// Keyboard alone, end to end (WCAG 2.1.1); the dialog contains focus, closes on Escape and gives
// focus back (SPEC §4); focus is always visible (2.4.7) and never hidden by the banner (2.4.11).

/** Presses Tab until `name` has focus, at most `limit` times; returns what got focus on the way. */
async function tabTo(page: Page, name: string, limit = 20): Promise<string[]> {
  const path: string[] = [];
  while (path.length < limit && path.at(-1) !== name) {
    await page.keyboard.press('Tab');
    path.push(await focused(page));
  }
  expect(path.at(-1)).toBe(name);
  return path;
}

/** The focused element's outline, looking into shadow roots. */
const focusOutline = (page: Page) =>
  page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    const style = getComputedStyle(element!);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });

test('keyboard only: Tab to the banner, open the preferences, switch analytics on with Space, save', async ({ page }) => {
  await page.goto('/');
  await expect(banner(page)).toBeVisible();
  const path = await tabTo(page, en.managePreferences);
  // The banner comes first in the page's order (first in <body>): a keyboard visitor meets it
  // before the page's links, though it shows at the bottom.
  expect(path).toEqual([en.policyLink, en.rejectAll, en.acceptAll, en.managePreferences]);
  expect(await focusOutline(page)).toBe('solid 3px');
  await page.keyboard.press('Enter');
  await expect(preferences(page)).toBeVisible();

  await tabTo(page, 'switch analytics');
  expect(await focusOutline(page)).toBe('solid 3px');
  await page.keyboard.press('Space');
  await expect(preferences(page).getByRole('switch', { name: en['category.analytics.label'] })).toBeChecked();
  await tabTo(page, en.savePreferences);
  await page.keyboard.press('Enter');
  await expect(preferences(page)).toHaveCount(0);
  expect(await state(page)).toMatchObject({ method: 'preferences.save', categories: { analytics: true, functional: false } });
  // What opened the preferences left with the banner: focus goes to the page's start, so the
  // next Tab reaches the page's first link, not whatever the browser would land on.
  await expect.poll(() => page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('your receipts');
});

test('keyboard only: Reject all from the banner with Enter', async ({ page }) => {
  await page.goto('/');
  // The interface arrives after the page loads: Tab before it would pass the banner by.
  await expect(banner(page)).toBeVisible();
  await tabTo(page, en.rejectAll);
  await page.keyboard.press('Enter');
  await expect(banner(page)).toHaveCount(0);
  expect(await state(page)).toMatchObject({ method: 'banner.reject_all' });
});

test('the preferences dialog keeps focus inside while Tab goes round', async ({ page }) => {
  await page.goto('/');
  await inBanner(page, en.managePreferences).click();
  await expect(preferences(page)).toBeVisible();
  const inside = [en.close, en.policyLink, 'switch functional', 'switch personalization', 'switch analytics', en.rejectAll, en.acceptAll, en.savePreferences];
  const seen = new Set<string>();
  for (let press = 0; press < inside.length * 2; press += 1) {
    await page.keyboard.press('Tab');
    const name = await focused(page);
    // Chromium passes through the browser's own UI (focus on body) between rounds.
    if (name !== 'body') expect(inside).toContain(name);
    seen.add(name);
  }
  for (const name of inside) expect(seen).toContain(name);
});

test('Escape records nothing: no cookie, the draft is dropped, the banner stays, focus is back on Manage preferences', async ({ page }) => {
  await page.goto('/');
  // The interface arrives after the page loads: Tab before it would pass the banner by.
  await expect(banner(page)).toBeVisible();
  await tabTo(page, en.managePreferences);
  await page.keyboard.press('Enter');
  await tabTo(page, 'switch analytics');
  await page.keyboard.press('Space');
  await page.keyboard.press('Escape');
  await expect(preferences(page)).toHaveCount(0);
  expect(await state(page)).toMatchObject({ decided: false, method: null });
  expect(await storedChoice(page)).toBeUndefined();
  await expect(banner(page)).toBeVisible();
  // Focus goes back in a task after the dialog has gone (src/ui/island.ts), so it is awaited.
  await expect.poll(() => focused(page)).toBe(en.managePreferences);

  await page.keyboard.press('Enter');
  await expect(preferences(page).getByRole('switch', { name: en['category.analytics.label'] })).not.toBeChecked();
});

test('the close button records nothing either', async ({ page }) => {
  await page.goto('/');
  await inBanner(page, en.managePreferences).click();
  await preferences(page).getByRole('switch', { name: en['category.functional.label'] }).check();
  await inPreferences(page, en.close).click();
  await expect(preferences(page)).toHaveCount(0);
  expect(await storedChoice(page)).toBeUndefined();
  expect(await state(page)).toMatchObject({ decided: false });
});

test('a [data-consentry-open] link reopens the preferences at the stored choice and gets focus back', async ({ page }) => {
  await page.goto('/');
  await inBanner(page, en.rejectAll).click();
  const link = page.getByRole('link', { name: 'Cookie settings' });
  await link.click();
  await expect(preferences(page)).toBeVisible();
  await expect(preferences(page).getByRole('switch', { name: en['category.personalization.label'] })).not.toBeChecked();
  await page.keyboard.press('Escape');
  await expect(preferences(page)).toHaveCount(0);
  await expect(link).toBeFocused();
  await expect(banner(page)).toHaveCount(0);
  expect(await state(page)).toMatchObject({ method: 'banner.reject_all' });

  const button = page.getByRole('button', { name: 'Cookie preferences' });
  await button.focus();
  await page.keyboard.press('Enter');
  await preferences(page).getByRole('switch', { name: en['category.personalization.label'] }).check();
  await inPreferences(page, en.savePreferences).click();
  await expect(button).toBeFocused();
  expect(await state(page)).toMatchObject({ method: 'preferences.save', categories: { personalization: true, analytics: false } });
});

test('2.4.11: a link focused behind the bottom banner is scrolled above it', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  // Without the entrance animation the banner's box is final as soon as it shows.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/article.html');
  await expect(banner(page)).toBeVisible();
  const bannerTop = (await banner(page).boundingBox())!.y;
  const padding = await page.evaluate(() => parseFloat(document.documentElement.style.scrollPaddingBottom));
  expect(padding).toBeCloseTo(700 - bannerTop + 8);
  for (let link = 1; link <= 12; link += 1) {
    // The banner's four come before the page's first link.
    await tabTo(page, `Link ${link}`, link === 1 ? 8 : 3);
    const box = (await page.getByRole('link', { name: `Link ${link}`, exact: true }).boundingBox())!;
    // Its focus ring (3 px outline, 2 px offset) included.
    expect(box.y + box.height + 5).toBeLessThanOrEqual(bannerTop);
  }
  await inBanner(page, en.acceptAll).click();
  expect(await page.evaluate(() => document.documentElement.style.scrollPaddingBottom)).toBe('');
});

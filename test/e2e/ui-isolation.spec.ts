import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './page-errors';
import { banner, en, inBanner, preferences } from './ui-support';

// SPEC §4 styling: isolated from the host page (shadow root), themed through --consentry-*
// custom properties and ::part(), light/dark/auto, no layout shift, prefers-reduced-motion.

const PROPERTIES = [
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'text-indent',
  'text-shadow',
  'white-space',
  'color',
  'background-color',
  'margin',
  'padding',
  'border',
  'box-sizing',
  'width',
  'height',
  'opacity',
  'filter',
  'transition',
  'cursor',
];

/** Computed styles and boxes of every element of the open layer (`part` selects it). */
function snapshot(page: Page, part: string) {
  return page.locator(`consentry-root [part~=${part}]`).evaluate((layer, properties) => {
    const elements = [layer, ...layer.querySelectorAll('*')];
    return elements.map((element) => {
      const style = getComputedStyle(element);
      const { x, y, width, height } = element.getBoundingClientRect();
      return { element: element.localName, box: { x, y, width, height }, ...Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)])) };
    });
  }, PROPERTIES);
}

test('a hostile host stylesheet changes nothing in the banner or the dialog', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await expect(banner(page)).toBeVisible();
  const plainBanner = await snapshot(page, 'banner');
  await inBanner(page, en.managePreferences).click();
  const plainDialog = await snapshot(page, 'dialog');

  await page.goto('/hostile.html');
  await expect(banner(page)).toBeVisible();
  // The hostile page really is hostile: its own button is restyled.
  expect(await page.locator('main button').evaluate((button) => getComputedStyle(button).backgroundColor)).toBe('rgb(255, 0, 0)');
  expect(await snapshot(page, 'banner')).toEqual(plainBanner);
  await inBanner(page, en.managePreferences).click();
  expect(await snapshot(page, 'dialog')).toEqual(plainDialog);
  // The host element itself takes no room, whatever the page says about it.
  expect(await page.locator('consentry-root').evaluate((host) => [getComputedStyle(host).display, host.getBoundingClientRect().height])).toEqual(['contents', 0]);
});

test("a strict CSP (style-src 'self') is enough: styled, and no violation", async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective}`));
  });
  await page.goto('/csp.html');
  await expect(banner(page)).toBeVisible();
  expect(await banner(page).evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(255, 255, 255)');
  await inBanner(page, en.managePreferences).click();
  await expect(preferences(page)).toBeVisible();
  expect(errors).toEqual([]);
});

test('showing the banner shifts no page content (no layout-shift entries)', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { shifts: number[] }).shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) (window as unknown as { shifts: number[] }).shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const path of ['/', '/box.html', '/center.html']) {
    await page.goto(path);
    await expect(banner(page)).toBeVisible();
    await inBanner(page, en.managePreferences).click();
    await expect(preferences(page)).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts), path).toEqual([]);
    await page.context().clearCookies();
  }
});

test('the entrance animation runs only without prefers-reduced-motion', async ({ page }) => {
  const animation = () => banner(page).evaluate((element) => getComputedStyle(element).animationName);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/');
  expect(await animation()).toBe('consentry-rise');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await animation()).toBe('none');
});

test('theme auto follows prefers-color-scheme, live', async ({ page }) => {
  const background = () => banner(page).evaluate((element) => getComputedStyle(element).backgroundColor);
  const theme = () => page.locator('consentry-root').getAttribute('data-theme');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  expect([await theme(), await background()]).toEqual(['light', 'rgb(255, 255, 255)']);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('consentry-root')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).toBe('rgb(28, 28, 33)');
});

test('data-theme="dark" on the script tag forces dark whatever the visitor prefers', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/dark.html');
  await expect(page.locator('consentry-root')).toHaveAttribute('data-theme', 'dark');
  expect(await banner(page).evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(28, 28, 33)');
});

test('the page themes the interface through both tiers of --consentry-* properties and ::part()', async ({ page }) => {
  await page.goto('/');
  await expect(banner(page)).toBeVisible();
  await page.addStyleTag({
    content: `
      :root { --consentry-accent: rgb(0, 100, 0); --consentry-radius: 0px; }
      consentry-root { --consentry-banner-bg: rgb(250, 240, 230); }
      consentry-root::part(manage) { text-transform: uppercase; }
    `,
  });
  const style = (name: string, property: string) => inBanner(page, name).evaluate((element, p) => getComputedStyle(element).getPropertyValue(p), property);
  expect(await style(en.acceptAll, 'background-color')).toBe('rgb(0, 100, 0)');
  expect(await style(en.rejectAll, 'border-top-left-radius')).toBe('0px');
  expect(await banner(page).evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(250, 240, 230)');
  expect(await style(en.managePreferences, 'text-transform')).toBe('uppercase');
  expect(await style(en.acceptAll, 'text-transform')).toBe('none');
});

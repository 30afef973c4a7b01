import { expect, test, type Page } from '@playwright/test';
import { ALL_DENIED } from '../fixtures/consent-mode';
import { events } from './gate-page';
import { watchErrors } from './page-errors';

// demo/gating.html: tagged scripts (an external stats library, then inline scripts that use it),
// an iframe and an img, Consent Mode on, and a Google tag snippet right after the loader. The
// tagged scripts report through window.demoEvents.

/** Paths of every request the page makes. */
function watchRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

const TAGGED = ['/gating/stats.js', '/gating/embed.html', '/gating/pixel.svg'];

test('nothing tagged runs or is requested before consent; Accept all activates scripts, iframe and img', async ({ page }) => {
  const errors = watchErrors(page);
  const requests = watchRequests(page);
  await page.goto('/gating.html');
  await page.waitForLoadState('load');
  expect(await events(page)).toEqual([]);
  expect(requests.filter((path) => TAGGED.includes(path))).toEqual([]);
  expect(await page.locator('iframe').getAttribute('src')).toBeNull();

  await page.evaluate(() => window.Consentry!.acceptAll());
  await expect.poll(() => events(page)).toEqual(['analytics: the stats library loaded', 'analytics: tracked page_view', 'analytics and marketing: the conversion tag ran']);
  await expect(page.frameLocator('iframe').locator('#embed')).toHaveText('An embedded video would play here.');
  await expect.poll(() => page.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(24);
  expect(requests.filter((path) => TAGGED.includes(path)).sort()).toEqual([...TAGGED].sort());
  expect(errors).toEqual([]);
});

test('a slow external library finishes loading before the inline script that uses it runs', async ({ page }) => {
  const errors = watchErrors(page);
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/gating/stats.js', async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('/gating.html');
  const requested = page.waitForRequest('**/gating/stats.js');
  await page.evaluate(() => window.Consentry!.acceptAll());
  await requested;
  // The library is still loading: the inline script that calls it must not have run (it would throw).
  expect(await events(page)).toEqual([]);
  release();
  await expect.poll(() => events(page)).toEqual(['analytics: the stats library loaded', 'analytics: tracked page_view', 'analytics and marketing: the conversion tag ran']);
  expect(errors).toEqual([]);
});

test('tags injected after start-up wait for consent, then run once', async ({ page }) => {
  await page.goto('/gating.html');
  await page.click('#add-widget');
  await page.waitForFunction(() => document.querySelector('#widgets script'));
  expect(await events(page)).toEqual([]);
  await page.evaluate(() => window.Consentry!.set({ functional: true }));
  // In document order: the opt-out script (analytics is now refused), then the widget's.
  await expect.poll(() => events(page)).toEqual(['analytics refused: the opt-out script ran', 'functional: the widget script ran']);
  await page.click('#add-widget');
  await expect.poll(() => events(page)).toHaveLength(3);
  // Another decision runs none of them again.
  await page.evaluate(() => window.Consentry!.set({ personalization: true }));
  expect(await events(page)).toEqual(['analytics refused: the opt-out script ran', 'functional: the widget script ran', 'functional: the widget script ran']);
});

test('a returning visitor gets the tagged content on load, without downloading the interface', async ({ page }) => {
  await page.goto('/gating.html');
  await page.evaluate(() => window.Consentry!.acceptAll());
  const requests = watchRequests(page);
  await page.reload();
  await expect.poll(() => events(page)).toEqual(['analytics: the stats library loaded', 'analytics: tracked page_view', 'analytics and marketing: the conversion tag ran']);
  await expect(page.frameLocator('iframe').locator('#embed')).toBeVisible();
  expect(requests.filter((path) => path.endsWith('/consentry-ui.js'))).toEqual([]);
});

/** dataLayer as gtag.js reads it: Arguments objects are commands, shown as their first two values. */
const dataLayer = (page: Page) =>
  page.evaluate(() =>
    (window.dataLayer ?? []).map((entry) => (Object.prototype.toString.call(entry) === '[object Arguments]' ? Array.from(entry as IArguments).slice(0, 2) : (entry as { event?: string }).event)),
  );

test('Consent Mode: the default precedes the next tag on the page; decisions and stored decisions update', async ({ page }) => {
  await page.goto('/gating.html');
  // The page's own gtag('js') snippet follows the loader, and already finds the default.
  expect(await dataLayer(page)).toEqual([
    ['consent', 'default'],
    ['js', expect.anything()],
  ]);
  expect(await page.evaluate(() => (window.dataLayer![0] as IArguments)[2])).toEqual({
    ...ALL_DENIED,
    security_storage: 'granted',
    wait_for_update: 500,
  });

  await page.evaluate(() => window.Consentry!.set({ analytics: true, marketing: true }));
  expect((await dataLayer(page)).slice(2)).toEqual([['consent', 'update'], 'consentry_update']);
  expect(await page.evaluate(() => (window.dataLayer![2] as IArguments)[2])).toMatchObject({
    analytics_storage: 'granted',
    ad_storage: 'granted',
    functionality_storage: 'denied',
  });

  await page.reload();
  expect(await dataLayer(page)).toEqual([['consent', 'default'], ['consent', 'update'], 'consentry_update', ['js', expect.anything()]]);
});

test('GPC refuses every optional category without showing the banner or loading the interface', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  const requests = watchRequests(page);
  await page.goto('/');
  expect(await page.evaluate(() => window.Consentry!.state)).toMatchObject({
    decided: true,
    method: 'gpc',
    categories: { functional: false, personalization: false, analytics: false },
  });
  expect(await page.evaluate(() => window.Consentry!.view)).toBeNull();
  await page.waitForLoadState('load');
  expect(requests.filter((path) => path.endsWith('/consentry-ui.js'))).toEqual([]);
});

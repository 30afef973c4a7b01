import { expect, test } from '@playwright/test';
import { banner, editPage, en, inBanner, preferences, state, watchUiRequests } from './ui-support';
import { watchErrors } from './page-errors';

// The banner is an island (src/ui/island.ts): markup prerendered from the component, painted
// without Preact, which loads only when the preferences, the reopen button or a placeholder need
// it (dist/consentry-ui-interface.js), and then takes the banner over in place.

const COMPONENTS = 'consentry-ui-interface.js';

for (const [button, method] of [
  [en.acceptAll, 'banner.accept_all'],
  [en.rejectAll, 'banner.reject_all'],
] as const) {
  test(`a first visit that ends with ${button} never requests Preact`, async ({ page }) => {
    const errors = watchErrors(page);
    const files = watchUiRequests(page);
    await page.goto('/');
    await inBanner(page, button).click();
    await expect(banner(page)).toHaveCount(0);
    expect(await state(page)).toMatchObject({ decided: true, method });
    // The receipt goes out once the decision is made; nothing else follows it.
    await page.waitForLoadState('networkidle');
    expect(files.sort()).toEqual(['consentry-ui-en.js', 'consentry-ui.js']);
    expect(errors).toEqual([]);
  });
}

test('Accept all on the island decides while the components cannot load at all', async ({ page }) => {
  // Were the island waiting for Preact, this click would do nothing.
  await page.route(`**/${COMPONENTS}`, (route) => route.abort());
  const receipt = page.waitForResponse((response) => response.url().endsWith('/consent/v1/receipts') && response.status() === 201);
  await page.goto('/');
  await inBanner(page, en.acceptAll).click();
  expect(await state(page)).toMatchObject({ decided: true, method: 'banner.accept_all', categories: { analytics: true } });
  const posted = (await receipt).request().postDataJSON();
  expect(posted).toMatchObject({ method: 'banner.accept_all', notice: { language: 'en', textHash: expect.stringMatching(/^sha256-/) } });
});

test('a site text with HTML in it is shown as text on the island, and as the same text once Preact has taken over', async ({ page }) => {
  const title = '<img src=x onerror="window.injected=1">Cookies & <b>you</b>';
  await editPage(page, '**/', (html) =>
    html.replace('<script src="/dist/consentry.js"', `<script>window.consentryConfig = { texts: { en: { bannerTitle: ${JSON.stringify(title)} } } };</script>\n  <script src="/dist/consentry.js"`),
  );
  await page.goto('/');
  const heading = banner(page).getByRole('heading');
  await expect(heading).toHaveText(title);
  expect(await banner(page).locator('img, b').count()).toBe(0);
  await inBanner(page, en.managePreferences).click();
  await expect(preferences(page)).toBeVisible();
  await expect(heading).toHaveText(title);
  expect(await banner(page).locator('img, b').count()).toBe(0);
  expect(await page.evaluate(() => (window as { injected?: number }).injected)).toBeUndefined();
});

test('Preact takes the banner over in place: the same elements, the focus kept, and back on Manage preferences after Escape', async ({ page }) => {
  const files = watchUiRequests(page);
  await page.goto('/');
  await expect(banner(page)).toBeVisible();
  // The island's own elements, kept in the page to compare after the takeover.
  await page.evaluate(() => {
    const root = document.querySelector('consentry-root')!.shadowRoot!;
    (window as { island?: Element[] }).island = [...root.querySelectorAll('[part~=banner], [part~=button]')];
  });
  const manage = inBanner(page, en.managePreferences);
  await manage.focus();
  await page.keyboard.press('Enter');
  await expect(preferences(page)).toBeVisible();
  expect(files).toContain(COMPONENTS);
  await page.keyboard.press('Escape');
  await expect(preferences(page)).toHaveCount(0);
  await expect(manage).toBeFocused();
  const same = await page.evaluate(() => {
    const root = document.querySelector('consentry-root')!.shadowRoot!;
    const now = [...root.querySelectorAll('[part~=banner], [part~=button]')];
    const before = (window as { island?: Element[] }).island!;
    return now.length === before.length && now.every((element, index) => element === before[index]);
  });
  expect(same).toBe(true);
  // The banner the components now draw still decides.
  await inBanner(page, en.rejectAll).click();
  expect(await state(page)).toMatchObject({ decided: true, method: 'banner.reject_all' });
});

for (const [path, width] of [
  ['/', 1280],
  ['/', 320],
  ['/center.html', 1280],
  ['/rtl.html', 1280],
] as const) {
  test(`${path} at ${width} px: the banner the components take over lies exactly where the island drew it`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(path);
    await expect(banner(page)).toBeVisible();
    const boxes = () =>
      page.evaluate(() => {
        const root = document.querySelector('consentry-root')!.shadowRoot!;
        return [...root.querySelectorAll('[part~=banner], [part~=button]')].map((element) => {
          const { x, y, width, height } = element.getBoundingClientRect();
          return { part: element.getAttribute('part'), x, y, width, height };
        });
      });
    const island = await boxes();
    // Accept all and Reject all are alike on the island already (ui-banner.spec.ts checks more).
    const size = (part: string) => island.find((box) => box.part === part)!;
    expect([size('button accept').width, size('button accept').height]).toEqual([size('button reject').width, size('button reject').height]);
    // The preferences in whatever language the page speaks.
    const dialog = page.locator('consentry-root [part~=dialog]');
    await page.evaluate(() => window.Consentry!.showPreferences());
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    expect(await boxes()).toEqual(island);
  });
}

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { BUILT_IN_LANGUAGES } from '../../src/model/language';
import type { LanguageTexts } from '../../src/ui/strings/en';
import { banner, inBanner } from './ui-support';
import { watchErrors } from './page-errors';

// SPEC §10: every built-in language, on a 320 px wide screen, in each position of the banner and
// in the preferences: the texts are that language's, Accept all and Reject all look the same, and
// nothing is wider than the screen. Against the built files (STYLE 5).

test.describe.configure({ mode: 'parallel' });

const WIDTH = 320;
const POSITIONS = ['bottom', 'bottom-left', 'center'] as const;

// Each language module exports just its texts (test/unit/ui/strings.test.ts checks).
async function textsOf(language: string): Promise<LanguageTexts> {
  return Object.values((await import(`../../src/ui/strings/${language}.ts`)) as Record<string, LanguageTexts>)[0]!;
}

/** A page in `language` with the banner at `position`; only `<html lang>` chooses the language. */
async function openPage(page: Page, language: string, position: string, texts: Record<string, Partial<LanguageTexts>> = {}): Promise<void> {
  await page.route('**/languages.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html>
<html lang="${language}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="data:,">
  <title>Consentry: ${language}</title>
  <script type="application/json" id="consentry-config">${JSON.stringify({ ui: { position }, texts })}</script>
  <script src="/dist/consentry.js" data-policy-url="/privacy.html" data-revision="2026-01"></script>
</head>
<body><main><h1>${language}</h1></main></body>
</html>`,
    }),
  );
  await page.goto('/languages.html');
}

/** What makes two buttons look alike: their box and the styles a visitor sees. */
const appearance = (button: Locator) =>
  button.evaluate((element) => {
    const style = getComputedStyle(element);
    const { width, height } = element.getBoundingClientRect();
    const seen = ['font-size', 'font-weight', 'color', 'background-color', 'border', 'padding'];
    return { width, height, ...Object.fromEntries(seen.map((property) => [property, style.getPropertyValue(property)])) };
  });

/**
 * Everything wider than its box, in the page and inside the interface's shadow root: an element
 * whose content overflows it (a long word in a button), or the page scrolling sideways.
 */
const overflowing = (page: Page) =>
  page.locator('consentry-root').evaluate((host) => {
    const root = document.documentElement;
    const wide = root.scrollWidth > root.clientWidth ? [`page ${root.scrollWidth} > ${root.clientWidth}`] : [];
    for (const element of host.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
      const visible = element.checkVisibility() && getComputedStyle(element).display !== 'inline';
      if (visible && element.scrollWidth > element.clientWidth) {
        wide.push(`${element.getAttribute('part') ?? element.className} ${element.scrollWidth} > ${element.clientWidth}`);
      }
      const { left, right } = element.getBoundingClientRect();
      if (visible && (left < 0 || right > root.clientWidth)) wide.push(`${element.getAttribute('part') ?? element.className} off screen`);
    }
    return wide;
  });

for (const language of BUILT_IN_LANGUAGES) {
  test(`${language} at ${WIDTH} px: its texts, Accept all and Reject all alike, nothing overflows`, async ({ page }) => {
    const texts = await textsOf(language);
    const errors = watchErrors(page);
    await page.setViewportSize({ width: WIDTH, height: 640 });
    // Boxes are measured at rest, not during the entrance animation.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const position of POSITIONS) {
      await openPage(page, language, position);
      const layer = page.getByRole(position === 'center' ? 'dialog' : 'region', { name: texts.bannerTitle });
      await expect(layer, position).toBeVisible();
      await expect(layer).toContainText(texts.bannerBody);
      await expect(layer.getByRole('link')).toHaveText(texts.policyLink);
      await expect(layer.getByRole('button')).toHaveText([texts.rejectAll, texts.acceptAll, texts.managePreferences]);
      expect(await appearance(inBanner(page, texts.rejectAll)), position).toEqual(await appearance(inBanner(page, texts.acceptAll)));
      expect(await overflowing(page), position).toEqual([]);
    }

    // The preferences, over the last banner.
    await inBanner(page, texts.managePreferences).click();
    const dialog = page.getByRole('dialog', { name: texts.preferencesTitle });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('switch', { name: texts['category.analytics.label'] })).toBeVisible();
    await expect(dialog.getByRole('button', { name: texts.close })).toBeVisible();
    const inDialog = (name: string) => dialog.getByRole('button', { name, exact: true });
    expect(await appearance(inDialog(texts.rejectAll))).toEqual(await appearance(inDialog(texts.acceptAll)));
    expect(await overflowing(page)).toEqual([]);
    expect(await page.locator('consentry-root .root').getAttribute('dir')).toBe(['ar', 'he'].includes(language) ? 'rtl' : 'ltr');
    expect(errors).toEqual([]);
  });
}

test('the overflow check sees a label too long for its button', async ({ page }) => {
  await page.setViewportSize({ width: WIDTH, height: 640 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openPage(page, 'de', 'bottom-left', { de: { acceptAll: 'Datenschutzgrundverordnungskonform' } });
  await expect(banner(page)).toBeVisible();
  expect(await overflowing(page)).toContainEqual(expect.stringMatching(/^button accept \d+ > \d+$/));
});

// SPEC §4: no axe violations, for a right-to-left and a CJK language too (lang, dir, contrast of
// the texts as they are in those scripts).
for (const language of ['ar', 'he', 'ja', 'zh-Hant']) {
  test(`${language}: the banner and the preferences have no axe violations`, async ({ page }) => {
    const texts = await textsOf(language);
    await page.setViewportSize({ width: WIDTH, height: 640 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openPage(page, language, 'bottom');
    await expect(banner(page)).toBeVisible();
    const violations = async () => (await new AxeBuilder({ page }).analyze()).violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
    expect(await violations()).toEqual([]);
    await inBanner(page, texts.managePreferences).click();
    await expect(page.getByRole('dialog', { name: texts.preferencesTitle })).toBeVisible();
    expect(await violations()).toEqual([]);
  });
}

// The README's contact sheet (docs/screenshots/languages.png): the banner in every built-in
// language at 320 px, each captioned with its tag and its own name for itself.
test('contact sheet: the banner in every language, one image', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: WIDTH, height: 900 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const shots: { language: string; name: string; png: string }[] = [];
  for (const language of BUILT_IN_LANGUAGES) {
    await openPage(page, language, 'bottom');
    await expect(banner(page)).toBeVisible();
    const png = (await banner(page).screenshot({ animations: 'disabled' })).toString('base64');
    shots.push({ language, name: new Intl.DisplayNames([language], { type: 'language' }).of(language)!, png });
  }
  const cells = shots.map(({ language, name, png }) => `<figure><img src="data:image/png;base64,${png}" alt=""><figcaption><b>${language}</b> ${name}</figcaption></figure>`).join('');
  await page.setViewportSize({ width: 8 * (WIDTH + 16) + 16, height: 600 });
  await page.setContent(`<!doctype html><meta charset="utf-8"><style>
    body { margin: 0; padding: 16px; background: #e4e4e7; font: 14px system-ui, sans-serif; }
    main { display: grid; grid-template-columns: repeat(8, ${WIDTH}px); gap: 24px 16px; align-items: end; }
    figure { margin: 0; } img { display: block; box-shadow: 0 0 0 1px #a1a1aa; }
    figcaption { margin-top: 6px; }
  </style><main>${cells}</main>`);
  await page.screenshot({ path: 'docs/screenshots/languages.png', fullPage: true });
});

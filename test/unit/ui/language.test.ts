import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ConsentConfig } from '../../../src/model/config';
import { loadWording, resolveLanguage } from '../../../src/ui/language';
import { loadFullWording } from '../../../src/ui/presentation';
import { de } from '../../../src/ui/strings/de';
import { en } from '../../../src/ui/strings/en';
import { ptBR } from '../../../src/ui/strings/pt-BR';
import { srLatn } from '../../../src/ui/strings/sr-Latn';
import { zhHant } from '../../../src/ui/strings/zh-Hant';
import { settingsOf } from '../consent-harness';

const settings = (config: ConsentConfig = {}) => settingsOf(config);

function visitor(htmlLang: string, languages: string[]): void {
  document.documentElement.lang = htmlLang;
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
}

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.lang = '';
});

describe('resolveLanguage (SPEC §4: <html lang>, then navigator.languages, then English)', () => {
  test.each([
    ['<html lang> first', 'de', ['fr'], 'de'],
    ['a region falls back to its language', 'de-AT', ['fr'], 'de'],
    ['matching ignores case', 'BG', [], 'bg'],
    ['navigator.languages when <html lang> is absent', '', ['fr-CA', 'en'], 'fr'],
    ['navigator.languages when <html lang> is not available', 'hy', ['ka-GE', 'es-419'], 'es'],
    ['English when nothing matches', 'hy', ['ka', 'vi-VN'], 'en'],
    ['a malformed tag still matches by its primary subtag', 'de-', [], 'de'],
  ])('auto: %s', (_, htmlLang, languages, expected) => {
    visitor(htmlLang, languages);
    expect(resolveLanguage(settings())).toBe(expected);
  });

  // SPEC §10: the region or script decides between the built-in variants of one language.
  test.each([
    ['pt-BR', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['pt-PT', 'pt'],
    ['pt-AO', 'pt'],
    ['pt', 'pt'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['nn-NO', 'nb'],
    // Plain `sr` is Cyrillic: the official script of Serbia, and what CLDR's likely subtags say.
    ['sr', 'sr'],
    ['sr-RS', 'sr'],
    ['sr-Cyrl', 'sr'],
    ['sr-Cyrl-BA', 'sr'],
    ['sr-Latn', 'sr-Latn'],
    ['sr-Latn-RS', 'sr-Latn'],
    ['sr-ME', 'sr-Latn'],
    ['sh', 'sr-Latn'],
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-SG', 'zh'],
    ['zh-Hans', 'zh'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['iw', 'he'],
    ['he-IL', 'he'],
    ['ar-EG', 'ar'],
    ['ja-JP', 'ja'],
    ['ko-KR', 'ko'],
    ['ga-IE', 'ga'],
    ['ca-ES-valencia', 'ca'],
  ])('<html lang="%s"> shows %s', (htmlLang, expected) => {
    visitor(htmlLang, ['fr']);
    expect(resolveLanguage(settings())).toBe(expected);
  });

  test('the same choice from navigator.languages', () => {
    visitor('', ['hy', 'zh-TW', 'en']);
    expect(resolveLanguage(settings())).toBe('zh-Hant');
  });

  test('a configured language wins over the page and the browser', () => {
    visitor('de', ['fr']);
    expect(resolveLanguage(settings({ lang: 'bg' }))).toBe('bg');
  });

  test('a configured language that is not available falls back to English, not to the page', () => {
    visitor('de', ['fr']);
    expect(resolveLanguage(settings({ lang: 'hy' }))).toBe('en');
  });

  test('a configured region or script chooses among the built-in variants too', () => {
    visitor('de', ['fr']);
    expect(resolveLanguage(settings({ lang: 'pt-PT' }))).toBe('pt');
    expect(resolveLanguage(settings({ lang: 'zh-TW' }))).toBe('zh-Hant');
  });

  test('languages given in texts are available; the exact tag wins over its language', () => {
    const config = { texts: { pt: { acceptAll: 'Aceitar tudo' }, 'pt-BR': { acceptAll: 'Aceitar todos' } } };
    visitor('pt-BR', []);
    expect(resolveLanguage(settings(config))).toBe('pt-BR');
    visitor('pt-PT', []);
    expect(resolveLanguage(settings(config))).toBe('pt');
  });

  test('texts keyed by something that is not a language tag are never offered', () => {
    visitor('', ['english']);
    expect(resolveLanguage(settings({ texts: { english: { acceptAll: 'OK' } } }))).toBe('en');
  });
});

describe('loadWording', () => {
  test('loads the built-in texts of the language, left to right: the banner’s, and every text for the components', async () => {
    visitor('de', []);
    const banner = await loadWording(settings());
    expect(banner).toEqual({
      language: 'de',
      dir: 'ltr',
      texts: {
        bannerTitle: de.bannerTitle,
        bannerBody: de.bannerBody,
        policyLink: de.policyLink,
        rejectAll: de.rejectAll,
        acceptAll: de.acceptAll,
        managePreferences: de.managePreferences,
      },
    });
    const full = await loadFullWording(settings());
    expect(full).toMatchObject({ language: 'de', dir: 'ltr' });
    expect(full.texts).toEqual(expect.objectContaining(de));
  });

  test('config texts override the built-in ones per language, the exact tag last', async () => {
    visitor('de-AT', []);
    const wording = await loadWording(settings({ texts: { de: { acceptAll: 'Alles annehmen', rejectAll: 'Alles ablehnen' }, 'de-AT': { rejectAll: 'Alle zurückweisen' } } }));
    expect(wording.language).toBe('de-AT');
    expect(wording.texts).toMatchObject({ acceptAll: 'Alles annehmen', rejectAll: 'Alle zurückweisen', bannerTitle: de.bannerTitle });
  });

  test('the components’ texts take the site’s texts the same way', async () => {
    visitor('de-AT', []);
    const wording = await loadFullWording(settings({ texts: { de: { close: 'Zumachen', acceptAll: 'Alles annehmen' }, 'de-AT': { close: 'Schließen!' } } }));
    expect(wording.texts).toMatchObject({ close: 'Schließen!', acceptAll: 'Alles annehmen', savePreferences: de.savePreferences });
  });

  test('a language only the config provides is right to left when its script is, and falls back to English per key', async () => {
    visitor('fa', []);
    const wording = await loadWording(settings({ texts: { fa: { acceptAll: 'پذیرفتن همه' } } }));
    expect(wording).toMatchObject({ language: 'fa', dir: 'rtl' });
    expect(wording.texts).toMatchObject({ acceptAll: 'پذیرفتن همه', rejectAll: en.rejectAll });
  });

  test.each(['ar', 'he', 'fa-IR', 'ur'])('%s is right to left', async (language) => {
    visitor(language, []);
    expect((await loadWording(settings({ texts: { [language]: { close: '×' } } }))).dir).toBe('rtl');
  });

  test.each([
    ['pt-BR', ptBR],
    ['sr-Latn', srLatn],
    ['zh-Hant', zhHant],
  ] as const)('the built-in %s loads its own texts, not those of its language', async (language, texts) => {
    visitor(language, []);
    const wording = await loadWording(settings());
    expect(wording).toMatchObject({ language, dir: 'ltr' });
    expect(wording.texts).toMatchObject({ bannerTitle: texts.bannerTitle, acceptAll: texts.acceptAll });
  });

  test('a region the site adds in texts builds on the built-in variant in its script', async () => {
    visitor('zh-HK', []);
    const wording = await loadWording(settings({ texts: { 'zh-HK': { policyLink: '私隱政策' } } }));
    expect(wording.language).toBe('zh-HK');
    expect(wording.texts).toMatchObject({ policyLink: '私隱政策', acceptAll: zhHant.acceptAll });
  });

  test("the site's texts for a language reach its regions in the same script only", async () => {
    const config = { texts: { zh: { acceptAll: '全部接受吧' }, sr: { acceptAll: 'Прихвати све' }, pt: { acceptAll: 'Aceitar tudo' } } };
    visitor('zh-TW', []);
    expect((await loadWording(settings(config))).texts.acceptAll).toBe(zhHant.acceptAll);
    visitor('sr-Latn', []);
    expect((await loadWording(settings(config))).texts.acceptAll).toBe(srLatn.acceptAll);
    visitor('pt-BR', []);
    expect((await loadWording(settings(config))).texts.acceptAll).toBe('Aceitar tudo');
  });

  test('category texts come from the category configuration, in the visitor language, for the components only', async () => {
    visitor('de', []);
    const config = {
      categories: {
        marketing: { label: { en: 'Marketing', de: 'Werbung' }, description: { en: 'Ads we show elsewhere.' } },
        chat: { label: 'Chat' },
        video: {},
        analytics: { description: '' },
      },
    };
    expect(Object.keys((await loadWording(settings(config))).texts).filter((key) => key.startsWith('category.'))).toEqual([]);
    const wording = await loadFullWording(settings(config));
    expect(wording.texts).toMatchObject({
      'category.marketing.label': 'Werbung',
      // A per-language text without this language uses its English one.
      'category.marketing.description': 'Ads we show elsewhere.',
      'category.chat.label': 'Chat',
      'category.video.label': 'video',
      'category.analytics.label': de['category.analytics.label'],
    });
    expect(wording.texts).not.toHaveProperty('category.chat.description');
    // An empty description hides the built-in one.
    expect(wording.texts).not.toHaveProperty('category.analytics.description');
  });
});

import { afterEach, describe, expect, test, vi } from 'vitest';
import { normaliseConfig, type ConsentConfig } from '../../../src/model/config';
import { applyInterfaceOptions } from '../../../src/ui/interface-options';
import { loadWording, resolveLanguage } from '../../../src/ui/language';
import { de } from '../../../src/ui/strings/de';
import { en } from '../../../src/ui/strings/en';

// The settings as the interface sees them once it has applied its own options.
const settings = (config: ConsentConfig = {}) => {
  const normalised = normaliseConfig([{ from: 'test', config }]);
  applyInterfaceOptions(normalised);
  return normalised;
};

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
    ['navigator.languages when <html lang> is not available', 'it', ['it-IT', 'es-419'], 'es'],
    ['English when nothing matches', 'it', ['pt-BR', 'ja'], 'en'],
  ])('auto: %s', (_, htmlLang, languages, expected) => {
    visitor(htmlLang, languages);
    expect(resolveLanguage(settings())).toBe(expected);
  });

  test('a configured language wins over the page and the browser', () => {
    visitor('de', ['fr']);
    expect(resolveLanguage(settings({ lang: 'bg' }))).toBe('bg');
  });

  test('a configured language that is not available falls back to English, not to the page', () => {
    visitor('de', ['fr']);
    expect(resolveLanguage(settings({ lang: 'it' }))).toBe('en');
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
  test('loads the built-in texts of the language, left to right', async () => {
    visitor('de', []);
    const wording = await loadWording(settings());
    expect(wording).toMatchObject({ language: 'de', dir: 'ltr' });
    expect(wording.texts).toMatchObject({ acceptAll: de.acceptAll, 'category.analytics.label': de['category.analytics.label'] });
  });

  test('config texts override the built-in ones per language, the exact tag last', async () => {
    visitor('de-AT', []);
    const wording = await loadWording(
      settings({ texts: { de: { acceptAll: 'Alles annehmen', rejectAll: 'Alles ablehnen' }, 'de-AT': { rejectAll: 'Alle zurückweisen' } } }),
    );
    expect(wording.language).toBe('de-AT');
    expect(wording.texts).toMatchObject({ acceptAll: 'Alles annehmen', rejectAll: 'Alle zurückweisen', close: de.close });
  });

  test('a language only the config provides is right to left when its script is, and falls back to English per key', async () => {
    visitor('ar', []);
    const wording = await loadWording(settings({ texts: { ar: { acceptAll: 'قبول الكل' } } }));
    expect(wording).toMatchObject({ language: 'ar', dir: 'rtl' });
    expect(wording.texts).toMatchObject({ acceptAll: 'قبول الكل', rejectAll: en.rejectAll });
  });

  test.each(['he', 'fa-IR', 'ur'])('%s is right to left', async (language) => {
    visitor(language, []);
    expect((await loadWording(settings({ texts: { [language]: { close: '×' } } }))).dir).toBe('rtl');
  });

  test('category texts come from the category configuration, in the visitor language', async () => {
    visitor('de', []);
    const wording = await loadWording(
      settings({
        categories: {
          marketing: { label: { en: 'Marketing', de: 'Werbung' }, description: { en: 'Ads we show elsewhere.' } },
          chat: { label: 'Chat' },
          video: {},
          analytics: { description: '' },
        },
      }),
    );
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

import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BUILT_IN_LANGUAGES } from '../../../src/model/language';
import { en } from '../../../src/ui/strings/en';

// SPEC §10: the 24 official languages of the EU and at least ar, ca, he, is, ja, ko, nb, pt-BR,
// sr, tr, uk, zh are built in, each its own file in src/ui/strings/, each complete.
const EU = ['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'];
const MORE = ['ar', 'ca', 'he', 'is', 'ja', 'ko', 'nb', 'pt-BR', 'sr', 'tr', 'uk', 'zh'];

const FILES = readdirSync('src/ui/strings').map((file) => file.replace(/\.ts$/, ''));

// Each file exports its one language (language.ts picks the export by name).
const LANGUAGES: Record<string, Record<string, string>> = Object.fromEntries(
  await Promise.all(
    FILES.map(async (tag) => {
      const exports = Object.values(await import(`../../../src/ui/strings/${tag}.ts`)) as Record<string, string>[];
      expect(exports, tag).toHaveLength(1);
      return [tag, exports[0]!];
    }),
  ),
);

test('the built-in languages are every file in src/ui/strings: the EU languages and the others SPEC §10 names', () => {
  expect([...BUILT_IN_LANGUAGES].sort()).toEqual([...FILES].sort());
  expect(BUILT_IN_LANGUAGES).toEqual(expect.arrayContaining([...EU, ...MORE]));
  expect(BUILT_IN_LANGUAGES.length).toBeGreaterThanOrEqual(36);
});

describe.each(Object.entries(LANGUAGES))('%s', (language, texts) => {
  test('has every key of English and no other', () => {
    expect(Object.keys(texts).sort()).toEqual(Object.keys(en).sort());
  });

  test('every text is a non-empty plain sentence: no markup, stray spaces or typewriter apostrophes', () => {
    for (const [key, text] of Object.entries(texts)) {
      expect(text, key).toMatch(/\S/);
      expect(text, key).toBe(text.trim());
      expect(text, key).not.toMatch(/[<>]|\s{2}|'/);
    }
  });

  test('the placeholder text names the categories through its one {categories} slot', () => {
    expect(texts.placeholderText!.split('{categories}')).toHaveLength(2);
    expect(
      Object.values(texts)
        .join(' ')
        .match(/\{\w+\}/g),
    ).toEqual(['{categories}']);
  });

  test('Accept all and Reject all are different words', () => {
    expect(texts.acceptAll).not.toBe(texts.rejectAll);
  });

  // In the script CLDR gives the tag (Intl.Locale's likely subtags): a text pasted from another
  // language or left in English shows up here. "Cookie" in Latin letters is usual in el, ja, uk
  // and zh, so that one word is left out, and so is "Global Privacy Control", a standard's name.
  test('is written in its own script', () => {
    const script = new Intl.Locale(language).maximize().script!;
    const ownLetter = new RegExp(`[${SCRIPT_LETTERS[script] ?? `\\p{sc=${script}}`}]`, 'u');
    const words = Object.values(texts)
      .join(' ')
      .replace(/\bcookies?\b|Global Privacy Control|\{categories\}/gi, '');
    // Letters of no script in particular (Arabic's tatweel, the Ukrainian apostrophe) are fine.
    const foreign = [...words].filter((letter) => /\p{L}/u.test(letter) && !/\p{sc=Common}/u.test(letter) && !ownLetter.test(letter));
    expect(foreign.join('')).toBe('');
  });
});

// Scripts that are not one Unicode script: Japanese mixes kanji and both kana; Korean writes hangul.
const SCRIPT_LETTERS: Record<string, string> = {
  Jpan: '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\u30fc',
  Kore: '\\p{sc=Hangul}\\p{sc=Han}',
  Hans: '\\p{sc=Han}',
  Hant: '\\p{sc=Han}',
};

test.each(Object.entries(LANGUAGES).filter(([language]) => language !== 'en'))('%s is translated: no text is left in English', (_, texts) => {
  for (const key of Object.keys(en) as (keyof typeof en)[]) expect(texts[key], key).not.toBe(en[key]);
});

test('no two languages share their texts: each variant is written for its readers', () => {
  const seen = new Map<string, string>();
  for (const [language, texts] of Object.entries(LANGUAGES)) {
    const other = seen.get(texts.bannerBody!);
    expect(other, `${language} and ${other}`).toBeUndefined();
    seen.set(texts.bannerBody!, language);
  }
});

// sr-Latn is sr letter for letter: Serbian's two scripts map one to one (Љ → Lj, Џ → Dž…).
const LATIN: Record<string, string> = Object.fromEntries(
  [...'АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ'].map((letter, index) => [
    letter,
    ['A', 'B', 'V', 'G', 'D', 'Đ', 'E', 'Ž', 'Z', 'I', 'J', 'K', 'L', 'Lj', 'M', 'N', 'Nj', 'O', 'P', 'R', 'S', 'T', 'Ć', 'U', 'F', 'H', 'C', 'Č', 'Dž', 'Š'][index]!,
  ]),
);

test('sr-Latn is the Latin transliteration of sr', () => {
  const transliterate = (text: string) => text.replace(/\p{sc=Cyrillic}/gu, (letter) => LATIN[letter] ?? LATIN[letter.toUpperCase()]!.toLowerCase());
  for (const [key, text] of Object.entries(LANGUAGES.sr!)) expect(LANGUAGES['sr-Latn']![key], key).toBe(transliterate(text));
});

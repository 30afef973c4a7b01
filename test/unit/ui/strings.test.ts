import { describe, expect, test } from 'vitest';
import { bg } from '../../../src/ui/strings/bg';
import { de } from '../../../src/ui/strings/de';
import { en } from '../../../src/ui/strings/en';
import { es } from '../../../src/ui/strings/es';
import { fr } from '../../../src/ui/strings/fr';
import { BUILT_IN_LANGUAGES } from '../../../src/model/language';

// SPEC §4: English, Bulgarian, German, French and Spanish are built in, each complete.
const LANGUAGES: Record<string, Record<string, string>> = { en, bg, de, fr, es };

test('the built-in languages are exactly en, bg, de, fr, es', () => {
  expect(BUILT_IN_LANGUAGES.sort()).toEqual(Object.keys(LANGUAGES).sort());
});

describe.each(Object.entries(LANGUAGES))('%s', (language, texts) => {
  test('has every key of English and no other', () => {
    expect(Object.keys(texts).sort()).toEqual(Object.keys(en).sort());
  });

  test('every text is a non-empty plain sentence without markup or stray spaces', () => {
    for (const [key, text] of Object.entries(texts)) {
      expect(text, key).toMatch(/\S/);
      expect(text, key).toBe(text.trim());
      expect(text, key).not.toMatch(/[<>]|\s{2}/);
    }
  });

  test('the placeholder text names the categories through its one {categories} slot', () => {
    expect(texts.placeholderText!.split('{categories}')).toHaveLength(2);
    expect(Object.values(texts).join(' ').match(/\{\w+\}/g)).toEqual(['{categories}']);
  });

  test('Accept all and Reject all are different words', () => {
    expect(texts.acceptAll).not.toBe(texts.rejectAll);
  });
});

test.each(Object.entries({ bg, de, fr, es }))('%s is translated: no text is left in English', (_, texts) => {
  for (const key of Object.keys(en) as (keyof typeof en)[]) expect(texts[key], key).not.toBe(en[key]);
});

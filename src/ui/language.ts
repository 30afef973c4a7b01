import type { LocalisedText, Settings } from '../model/config';
import type { LanguageTexts } from './strings/en';
// What `texts` may be keyed by to be offered to visitors: the tags receipts record (notice.language).
import { LANGUAGE_TAG } from '../model/grammar';
import { BUILT_IN_LANGUAGES, builtInTextsOf, primaryLanguage as primary } from '../model/language';

/** The texts of one visitor's language, with every configured category's label and description. */
export interface Wording {
  /** The language tag the texts are in (recorded in receipts as `notice.language`). */
  language: string;
  dir: 'ltr' | 'rtl';
  /** Interface texts by key, plus `category.<name>.label` (and `.description` when there is one). */
  texts: Record<string, string>;
}

// Each built-in language (BUILT_IN_LANGUAGES) is its own module, so a visitor downloads only the
// one shown (the UI budget, test/size/budget.test.ts, counts the main bundle plus the largest
// language); the script-tag loader requests it beside the interface (src/embed.ts).
const BUILT_IN: Record<string, () => Promise<LanguageTexts>> = {
  en: () => import('./strings/en').then((module) => module.en),
  bg: () => import('./strings/bg').then((module) => module.bg),
  de: () => import('./strings/de').then((module) => module.de),
  fr: () => import('./strings/fr').then((module) => module.fr),
  es: () => import('./strings/es').then((module) => module.es),
};

/**
 * Picks the language to show (SPEC §4): the configured tag, or for `auto` the page's
 * `<html lang>`, then the browser's `navigator.languages`; the first one available as a built-in
 * language or in `texts` wins, matched exactly and then by its primary subtag; else English.
 */
export function resolveLanguage(settings: Settings): string {
  const available = [...BUILT_IN_LANGUAGES, ...Object.keys(settings.texts).filter((tag) => LANGUAGE_TAG.test(tag))];
  const wanted = settings.lang === 'auto' ? [document.documentElement.lang, ...navigator.languages] : [settings.lang];
  for (const tag of wanted.filter(Boolean)) {
    const match =
      available.find((name) => name.toLowerCase() === tag.toLowerCase()) ??
      available.find((name) => name.toLowerCase() === primary(tag));
    if (match) return match;
  }
  return 'en';
}

// Scripts written right to left (CLDR); a site adds such a language through `texts`.
const RTL = /^(ar|arc|ckb|dv|fa|he|iw|ks|ku|ps|sd|ug|ur|yi)$/;

/** A category text from the configuration, in `language` when it is given per language. */
function configuredText(text: LocalisedText | undefined, language: string): string | undefined {
  if (typeof text !== 'object') return text;
  return text[language] ?? text[primary(language)] ?? text.en ?? Object.values(text)[0];
}

/**
 * Loads the visitor's language: the built-in texts for it (English when it has none), then the
 * site's `texts` for the primary language and for the exact tag on top; each category's label
 * and description come from its configuration first. Config texts stay plain strings: the
 * components render them as text, never as HTML.
 */
export async function loadWording(settings: Settings): Promise<Wording> {
  const language = resolveLanguage(settings);
  const base = await BUILT_IN[builtInTextsOf(language)]!();
  const texts: Record<string, string> = { ...base, ...settings.texts[primary(language)], ...settings.texts[language] };
  for (const { name, label, description } of settings.categories) {
    const key = `category.${name}.`;
    texts[key + 'label'] = configuredText(label, language) ?? texts[key + 'label'] ?? name;
    // An empty description (configured to hide the built-in one) shows no paragraph at all.
    const shown = configuredText(description, language) ?? texts[key + 'description'];
    if (shown) texts[key + 'description'] = shown;
    else delete texts[key + 'description'];
  }
  return { language, dir: RTL.test(primary(language)) ? 'rtl' : 'ltr', texts };
}

/** The texts among `keys` that the wording has, in that order: what one layer shows. */
export function pickTexts(wording: Wording, keys: string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const key of keys) if (wording.texts[key]) picked[key] = wording.texts[key];
  return picked;
}

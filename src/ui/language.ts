import type { Settings } from '../model/config';
import type { LanguageTexts } from './strings/en';
import { interfaceSettings } from './interface-settings';
import { reportError } from '../model/report';
// What `texts` may be keyed by to be offered to visitors: the tags receipts record (notice.language).
import { LANGUAGE_TAG } from '../model/grammar';
import { BUILT_IN_LANGUAGES, primaryLanguage as primary } from '../model/language';

/** The texts of one visitor's language. */
export interface Wording {
  /** The language tag the texts are in (recorded in receipts as `notice.language`). */
  language: string;
  dir: 'ltr' | 'rtl';
  /**
   * Interface texts by key; with the components' (presentation.ts withChoiceTexts), also
   * `category.<name>.label` and `service.<name>.label` (and `.description` when there is one), and
   * `cookie.<owner>.<index>.<field>` for declared cookies.
   */
  texts: Record<string, string>;
}

// SPEC §10: the 24 official languages of the EU and 14 more, each its own module, so a visitor
// downloads only the one shown (the UI budget, test/size/budget.test.ts, counts the main bundle
// plus the largest language). pt, sr and zh are European Portuguese, Cyrillic and simplified
// characters; pt-BR, sr-Latn and zh-Hant are their own files beside them. Each module exports
// just its language (test/unit/ui/strings.test.ts checks), which loadWording takes by position. The script-tag loader
// requests the likely one beside the interface (src/embed.ts).
const BUILT_IN: Record<string, () => Promise<Record<string, LanguageTexts>>> = {
  ar: () => import('./strings/ar'),
  bg: () => import('./strings/bg'),
  ca: () => import('./strings/ca'),
  cs: () => import('./strings/cs'),
  da: () => import('./strings/da'),
  de: () => import('./strings/de'),
  el: () => import('./strings/el'),
  en: () => import('./strings/en'),
  es: () => import('./strings/es'),
  et: () => import('./strings/et'),
  fi: () => import('./strings/fi'),
  fr: () => import('./strings/fr'),
  ga: () => import('./strings/ga'),
  he: () => import('./strings/he'),
  hr: () => import('./strings/hr'),
  hu: () => import('./strings/hu'),
  is: () => import('./strings/is'),
  it: () => import('./strings/it'),
  ja: () => import('./strings/ja'),
  ko: () => import('./strings/ko'),
  lt: () => import('./strings/lt'),
  lv: () => import('./strings/lv'),
  mt: () => import('./strings/mt'),
  nb: () => import('./strings/nb'),
  nl: () => import('./strings/nl'),
  pl: () => import('./strings/pl'),
  pt: () => import('./strings/pt'),
  'pt-BR': () => import('./strings/pt-BR'),
  ro: () => import('./strings/ro'),
  sk: () => import('./strings/sk'),
  sl: () => import('./strings/sl'),
  sr: () => import('./strings/sr'),
  'sr-Latn': () => import('./strings/sr-Latn'),
  sv: () => import('./strings/sv'),
  tr: () => import('./strings/tr'),
  uk: () => import('./strings/uk'),
  zh: () => import('./strings/zh'),
  'zh-Hant': () => import('./strings/zh-Hant'),
};

// BUILT_IN's keys are model/language's BUILT_IN_LANGUAGES, the list the loader guesses from;
// test/unit/ui/strings.test.ts checks that list against the files in strings/.

// Scripts written right to left (CLDR); a site adds such a language through `texts`.
const RTL = /^(ar|arc|ckb|dv|fa|he|iw|ks|ku|ps|sd|ug|ur|yi)$/;

// "no" (Norwegian) and Nynorsk read Bokmål: every Norwegian learns both written standards.
const SAME_AS: Record<string, string> = { no: 'nb', nn: 'nb' };

/**
 * A tag's language and script, the script as CLDR's likely subtags fill it in: `sr` is Cyrillic
 * and `sr-ME` Latin, `zh` and `zh-SG` simplified, `zh-TW` and `zh-HK` traditional. Intl.Locale
 * also maps deprecated codes (`iw` → he, `sh` → sr-Latn); a tag it rejects keeps its primary subtag.
 */
function describeTag(tag: string): { language: string; script: string | undefined } {
  let language = primary(tag);
  let script: string | undefined;
  try {
    ({ language, script } = new Intl.Locale(tag).maximize());
  } catch {
    // Not a well-formed tag: matched by its primary subtag alone.
  }
  return { language: SAME_AS[language] ?? language, script };
}

/**
 * The tag among `available` that best serves a reader of `tag`: the same tag; else the same
 * language in the same script, the plainest tag first (pt-PT → pt rather than pt-BR; sr-Latn-RS →
 * sr-Latn; zh-TW → zh-Hant); else the same language in any script.
 */
function bestMatch(tag: string, available: string[]): string | undefined {
  const exact = available.find((name) => name.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  const wanted = describeTag(tag);
  const sameLanguage = available
    .map((name) => ({ name, ...describeTag(name) }))
    .filter(({ language }) => language === wanted.language)
    .sort((a, b) => a.name.split('-').length - b.name.split('-').length);
  return (sameLanguage.find(({ script }) => script === wanted.script) ?? sameLanguage[0])?.name;
}

/**
 * Picks the language to show (SPEC §4, §10): the configured tag, or for `auto` the page's
 * `<html lang>`, then the browser's `navigator.languages`; the first one available as a built-in
 * language or in `texts` wins (see bestMatch for how a tag finds its language); else English.
 */
export function resolveLanguage(settings: Settings): string {
  const { lang, texts } = interfaceSettings(settings);
  const available = [...BUILT_IN_LANGUAGES, ...Object.keys(texts).filter((tag) => LANGUAGE_TAG.test(tag))];
  const wanted = lang === 'auto' ? [document.documentElement.lang, ...navigator.languages] : [lang];
  for (const tag of wanted.filter(Boolean)) {
    const match = bestMatch(tag, available);
    if (match) return match;
  }
  return 'en';
}

/**
 * Loads the visitor's language: the nearest built-in texts (English when there are none), then
 * the site's `texts` for the primary language (in the same script) and for the exact tag on top.
 * The categories' own texts come with the components that show them (presentation.ts). Config
 * texts stay plain strings: they are shown as text, never as HTML.
 */
export async function loadWording(settings: Settings): Promise<Wording> {
  const { texts: configured } = interfaceSettings(settings);
  const language = resolveLanguage(settings);
  // A language the site added in `texts` (de-AT, zh-TW…) builds on the nearest built-in one.
  const [base] = Object.values(await BUILT_IN[bestMatch(language, BUILT_IN_LANGUAGES) ?? 'en']!());
  // The site's texts for the bare language apply to its regions too, but not across scripts
  // (texts.zh, in simplified characters, stays off zh-Hant; texts.sr, in Cyrillic, off sr-Latn).
  // Only asked when the site has such texts: Intl.Locale's likely subtags cost a first visit
  // about 5 ms in Chromium (ICU's data), for a comparison that then decides nothing.
  const parent = primary(language);
  const inherited = parent !== language && configured[parent] && describeTag(parent).script === describeTag(language).script ? configured[parent] : undefined;
  const texts: Record<string, string> = { ...base, ...inherited, ...configured[language] };
  return { language, dir: RTL.test(primary(language)) ? 'rtl' : 'ltr', texts };
}

/** Reports texts that could not be loaded: the interface then shows nothing, and grants nothing. */
export function reportTextsFailure(error: unknown): void {
  reportError(`the interface texts could not be loaded (${error}); nothing was granted.`);
}

/** The texts among `keys` that the wording has, in that order: what one layer shows. */
export function pickTexts(wording: Wording, keys: string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const key of keys) if (wording.texts[key]) picked[key] = wording.texts[key];
  return picked;
}

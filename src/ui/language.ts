import type { Settings } from '../model/config';
import { BANNER_PART, type LanguagePart } from './banner-texts';
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
   * Interface texts by key; as the components load them (presentation.ts loadFullWording), also
   * `category.<name>.label` and `service.<name>.label` (and `.description` when there is one), and
   * `cookie.<owner>.<index>.<field>` for declared cookies.
   */
  texts: Record<string, string>;
}

// SPEC §10: the 24 official languages of the EU and 14 more, each its own module in strings/
// (pt, sr and zh are European Portuguese, Cyrillic and simplified characters; pt-BR, sr-Latn and
// zh-Hant are their own files beside them), whose one export is its texts. The build splits each
// in two parts (vite.config.ts, `consentry:language-parts`): the banner's texts (those its markup
// holds), which the island imports (banner-texts.ts), and the rest, which the components import
// (rest-texts.ts). So a visitor downloads only their language, and a first visit that ends on the
// banner only its banner's texts. The script-tag loader requests the likely banner part beside the
// interface (src/embed.ts). The files are model/language's BUILT_IN_LANGUAGES, the list the loader
// guesses from (test/unit/ui/strings.test.ts checks).

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
 * Loads the visitor's language: the nearest built-in texts (English when there are none), of each
 * of `parts` (the banner's alone by default), then the site's `texts` for the primary language (in
 * the same script) and for the exact tag on top. Config texts stay plain strings: they are shown
 * as text, never as HTML.
 */
export async function loadWording(settings: Settings, parts: LanguagePart[] = [BANNER_PART]): Promise<Wording> {
  const { texts: configured } = interfaceSettings(settings);
  const language = resolveLanguage(settings);
  // A language the site added in `texts` (de-AT, zh-TW…) builds on the nearest built-in one.
  const builtIn = bestMatch(language, BUILT_IN_LANGUAGES) ?? 'en';
  const bases = await Promise.all(parts.map((part) => part(builtIn)));
  // The site's texts for the bare language apply to its regions too, but not across scripts
  // (texts.zh, in simplified characters, stays off zh-Hant; texts.sr, in Cyrillic, off sr-Latn).
  // Only asked when the site has such texts: Intl.Locale's likely subtags cost a first visit
  // about 5 ms in Chromium (ICU's data), for a comparison that then decides nothing.
  const parent = primary(language);
  const inherited = parent !== language && configured[parent] && describeTag(parent).script === describeTag(language).script ? configured[parent] : undefined;
  const texts: Record<string, string> = Object.assign({}, ...bases.map((base) => base.default), inherited, configured[language]);
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

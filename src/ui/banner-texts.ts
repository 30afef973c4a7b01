// The banner's part of each built-in language (language.ts says why there are two), for
// `consentry`: modules the app's bundler splits out, which vite's import.meta.glob lists. The
// script-tag build finds them by name instead (script-tag-texts.ts, aliased in vite.config.ts).
import type { LanguageTexts } from './strings/en';

/** One part of the built-in languages: `part(language)` imports that language's. */
export type LanguagePart = (language: string) => Promise<{ default: Partial<LanguageTexts> }>;

const modules = import.meta.glob<{ default: Partial<LanguageTexts> }>('./strings/*.ts', { query: { part: 'banner' } });

export const BANNER_PART: LanguagePart = (language) => modules[`./strings/${language}.ts`]!();

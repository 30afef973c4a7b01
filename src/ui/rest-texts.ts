// The rest of each built-in language, what the banner does not show (language.ts says why), for
// `consentry`: as banner-texts.ts, and a module of its own so that only the components carry it.
import type { LanguagePart } from './banner-texts';
import type { LanguageTexts } from './strings/en';

const modules = import.meta.glob<{ default: Partial<LanguageTexts> }>('./strings/*.ts', { query: { part: 'rest' } });

export const REST_PART: LanguagePart = (language) => modules[`./strings/${language}.ts`]!();

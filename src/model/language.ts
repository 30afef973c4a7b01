// The interface's built-in languages. Here, below the interface, because the script-tag loader
// needs them too: it requests the interface and the likely language's texts at the same time
// rather than one after the other.

/** The built-in language tags: each is one module of the interface (src/ui/strings/<tag>.ts). */
export const BUILT_IN_LANGUAGES = [
  'ar',
  'bg',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'he',
  'hr',
  'hu',
  'is',
  'it',
  'ja',
  'ko',
  'lt',
  'lv',
  'mt',
  'nb',
  'nl',
  'pl',
  'pt',
  'pt-BR',
  'ro',
  'sk',
  'sl',
  'sr',
  'sr-Latn',
  'sv',
  'tr',
  'uk',
  'zh',
  'zh-Hant',
];

/** The primary subtag of a language tag, lower-cased: "pt" for "pt-BR". */
export const primaryLanguage = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * The loader's guess at the built-in texts module a language is shown with: the tag itself when
 * built in (pt-BR), else its primary subtag's (de for de-AT), else English's. Only a guess, to
 * request the texts beside the interface: the interface decides (src/ui/language.ts matches
 * regions and scripts too), and a wrong guess costs one unused request, never a wrong text.
 */
export const builtInTextsOf = (language: string) => [language, primaryLanguage(language)].find((tag) => BUILT_IN_LANGUAGES.includes(tag)) ?? 'en';

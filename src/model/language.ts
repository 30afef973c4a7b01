// The interface's built-in languages. Here, below the interface, because the script-tag loader
// needs them too: it requests the interface and the likely language's texts at the same time
// rather than one after the other (issue 12).

/** The built-in language tags: each is one module of the interface (src/ui/strings/<tag>.ts). */
export const BUILT_IN_LANGUAGES = ['en', 'bg', 'de', 'fr', 'es'];

/** The primary subtag of a language tag, lower-cased: "pt" for "pt-BR". */
export const primaryLanguage = (tag: string) => tag.split('-')[0]!.toLowerCase();

/** The built-in texts module a language is shown with: its primary subtag's, else English's. */
export const builtInTextsOf = (language: string) => (BUILT_IN_LANGUAGES.includes(primaryLanguage(language)) ? primaryLanguage(language) : 'en');

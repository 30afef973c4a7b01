// The interface's own settings: the options only it reads (language, texts, position, theme, the
// categories' and services' labels, descriptions and cookie tables). The loader hands them over
// unchecked in `settings.interfaceOptions` (SPEC §1: a returning visitor never downloads the
// interface, so the loader carries neither these options nor their checks); this module checks
// them, with the same one error per invalid option as normaliseConfig, into frozen settings of
// the interface's own. The banner island, the preferences and every placeholder read them here.
import type { CategoryConfig, CookieDeclaration, LocalisedText, ServiceConfig, Settings, UiConfig } from '../model/config';
import { choiceOwners } from '../model/choices';
import { LANGUAGE_TAG } from '../model/grammar';
import { applyChecked, isObject, oneOf, reportInvalidOption, type Check, type Fail } from '../model/option-checks';

/** The columns of a cookie declaration (SPEC §9), in the order the preferences' table shows them. */
export const COOKIE_FIELDS = ['name', 'provider', 'purpose', 'duration'] as const;

/** How the interface presents one category or service (SPEC §9). */
export interface Presentation {
  readonly label?: LocalisedText;
  readonly description?: LocalisedText;
  /** The declared cookies as configured, for the preferences' table. */
  readonly declared?: readonly CookieDeclaration[];
}

export interface InterfaceSettings {
  /** `auto` or a language tag. */
  readonly lang: string;
  /** The site's texts by language, then key. */
  readonly texts: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly position: NonNullable<UiConfig['position']>;
  readonly theme: NonNullable<UiConfig['theme']>;
  /** By category or service name: only those the loader kept. */
  readonly presentation: Readonly<Record<string, Presentation>>;
}

const LOCALISED_TEXT = 'a string or { language: string }';
const isLocalisedText = (value: unknown): value is LocalisedText => typeof value === 'string' || (isObject(value) && Object.values(value).every((t) => typeof t === 'string'));

const CHECKS: Record<string, Check> = {
  lang: [`auto, or a language tag matching ${LANGUAGE_TAG}`, (value) => value === 'auto' || (typeof value === 'string' && LANGUAGE_TAG.test(value))],
  'ui.position': oneOf('bottom', 'bottom-left', 'center'),
  'ui.theme': oneOf('auto', 'light', 'dark'),
};

// One check per settings object, however many parts of the interface ask: each invalid option is
// reported once.
const checked = new WeakMap<Settings, InterfaceSettings>();

/**
 * The interface's settings for an instance's `settings`: its options checked in source order (a
 * later valid value wins, an invalid one is reported and keeps the earlier), frozen.
 *
 * @example
 * ```ts
 * const { lang, position } = interfaceSettings(internals.settings);
 * ```
 */
export function interfaceSettings(settings: Settings): InterfaceSettings {
  let result = checked.get(settings);
  if (!result) {
    const scalars = { lang: 'auto', ui: { position: 'bottom', theme: 'auto' } };
    const texts: Record<string, Record<string, string>> = {};
    const presentation: Record<string, Presentation> = {};
    // A category the configuration removed keeps no text, nor does a service dropped for its name (SPEC §9).
    const kept = new Set(choiceOwners(settings.categories).map(({ name }) => name));
    for (const { from, option, value } of settings.interfaceOptions) {
      const fail: Fail = (name, bad, accepted) => reportInvalidOption(name, bad, from, accepted);
      const [outer, inner] = option.split('.') as [string, string?];
      if (outer === 'texts') {
        checkTexts(texts, value, fail);
      } else if (outer === 'categories') {
        // A definition the loader accepted.
        const definition = value as CategoryConfig;
        checkPresentation(presentation, kept, inner!, option, definition, fail);
        for (const [name, service] of Object.entries(definition.services ?? {})) checkPresentation(presentation, kept, name, `${option}.services.${name}`, service, fail);
      } else {
        applyChecked(scalars, option, value, CHECKS[option]!, fail);
      }
    }
    result = Object.freeze({
      lang: scalars.lang,
      texts: Object.freeze(texts),
      position: scalars.ui.position as InterfaceSettings['position'],
      theme: scalars.ui.theme as InterfaceSettings['theme'],
      presentation: Object.freeze(presentation),
    });
    checked.set(settings, result);
  }
  return result;
}

/** Takes a category's or service's label and description, and the cookies it declares for the preferences' table (SPEC §9). */
function checkPresentation(presentation: Record<string, Presentation>, kept: Set<string>, name: string, option: string, definition: ServiceConfig, fail: Fail): void {
  const taken: { -readonly [Key in keyof Presentation]: Presentation[Key] } = { ...presentation[name] };
  for (const field of ['label', 'description'] as const) {
    const text = definition[field];
    if (text === undefined) continue;
    if (!isLocalisedText(text)) fail(`${option}.${field}`, text, LOCALISED_TEXT);
    else taken[field] = text;
  }
  // The loader checked the cookies' names; what the table says of them is checked here.
  const { cookies } = definition;
  if (cookies) {
    if (!cookies.every((entry) => typeof entry === 'string' || Object.entries(entry).every(([key, text]) => COOKIE_FIELDS.includes(key as 'name') && typeof text === 'string'))) {
      fail(`${option}.cookies`, cookies, `names, "/patterns/" or { ${COOKIE_FIELDS.join(', ')} } with text values`);
    } else {
      taken.declared = cookies;
    }
  }
  if (kept.has(name)) presentation[name] = Object.freeze(taken);
}

/** Merges `{ language: { key: text } }` into `texts`, key by key; each bad entry is reported and skipped. */
function checkTexts(texts: Record<string, Record<string, string>>, value: unknown, fail: Fail): void {
  if (!isObject(value)) {
    fail('texts', value, 'an object');
    return;
  }
  for (const [language, entries] of Object.entries(value)) {
    if (!isObject(entries)) {
      fail(`texts.${language}`, entries, '{ key: text }');
      continue;
    }
    for (const [key, entry] of Object.entries(entries)) {
      if (typeof entry === 'string') (texts[language] ??= {})[key] = entry;
      else fail(`texts.${language}.${key}`, entry, 'a string');
    }
  }
}

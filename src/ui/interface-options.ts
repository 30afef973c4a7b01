// The options only the interface reads (language, texts, position, theme, category labels). The
// loader hands them over unchecked in `settings.interfaceOptions` (SPEC §1: a returning visitor
// never downloads the interface, so the loader does not carry these checks either); this module
// checks them when the interface loads, with the same one error per invalid option as
// normaliseConfig, and applies the valid ones in source order.
import type { CategoryConfig, LocalisedText, Service, ServiceConfig, Settings } from '../model/config';
import { LANGUAGE_TAG } from '../model/grammar';
import { applyChecked, isObject, oneOf, reportInvalidOption, type Check, type Fail } from '../model/option-checks';
import { COOKIE_FIELDS } from './language';

const LOCALISED_TEXT = 'a string or { language: string }';
const isLocalisedText = (value: unknown): value is LocalisedText => typeof value === 'string' || (isObject(value) && Object.values(value).every((t) => typeof t === 'string'));

const CHECKS: Record<string, Check> = {
  lang: [`auto, or a language tag matching ${LANGUAGE_TAG}`, (value) => value === 'auto' || (typeof value === 'string' && LANGUAGE_TAG.test(value))],
  'ui.position': oneOf('bottom', 'bottom-left', 'center'),
  'ui.theme': oneOf('auto', 'light', 'dark'),
};

/**
 * Checks the interface's options and applies them to `settings` (in place, so every part of the
 * interface sees them). Each is taken from the list as it is applied: calling this again, as the
 * banner and each placeholder do, reports nothing twice.
 *
 * @example
 * ```ts
 * applyInterfaceOptions(internals.settings);
 * resolveLanguage(internals.settings); // now honours `lang` and `texts`
 * ```
 */
export function applyInterfaceOptions(settings: Settings): void {
  for (const { from, option, value } of settings.interfaceOptions.splice(0)) {
    const fail: Fail = (name, bad, accepted) => reportInvalidOption(name, bad, from, accepted);
    const [outer, inner] = option.split('.') as [string, string?];
    if (outer === 'texts') {
      applyTexts(settings.texts, value, fail);
    } else if (outer === 'categories') {
      // A definition the loader accepted; a category the configuration removed keeps no text, nor
      // does a service dropped for its name (SPEC §9).
      const definition = value as CategoryConfig;
      const category = settings.categories.find(({ name }) => name === inner);
      applyPresentation(option, definition, category, fail);
      for (const [name, service] of Object.entries(definition.services ?? {})) {
        applyPresentation(
          `${option}.services.${name}`,
          service,
          category?.services.find((known) => known.name === name),
          fail,
        );
      }
    } else {
      applyChecked(settings, option, value, CHECKS[option]!, fail);
    }
  }
}

/** Sets a category's or service's label and description, and the cookies it declares for the preferences' table (SPEC §9). */
function applyPresentation(option: string, definition: ServiceConfig, target: Service | undefined, fail: Fail): void {
  for (const field of ['label', 'description'] as const) {
    const text = definition[field];
    if (text === undefined) continue;
    if (!isLocalisedText(text)) fail(`${option}.${field}`, text, LOCALISED_TEXT);
    else if (target) target[field] = text;
  }
  // The loader checked the cookies' names; what the table says of them is checked here.
  const { cookies } = definition;
  if (!cookies) return;
  if (!cookies.every((entry) => typeof entry === 'string' || Object.entries(entry).every(([key, text]) => COOKIE_FIELDS.includes(key as 'name') && typeof text === 'string'))) {
    fail(`${option}.cookies`, cookies, `names, "/patterns/" or { ${COOKIE_FIELDS.join(', ')} } with text values`);
  } else if (target) target.declared = cookies;
}

/** Merges `{ language: { key: text } }` into `texts`, key by key; each bad entry is reported and skipped. */
function applyTexts(texts: Settings['texts'], value: unknown, fail: Fail): void {
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

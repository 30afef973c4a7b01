// The interface's own settings: the options only it reads. The loader hands them over unchecked in
// `settings.interfaceOptions` (SPEC §1: a returning visitor never downloads the interface, so the
// loader carries neither these options nor their checks). This module checks those the banner
// needs (language, texts, position, theme) when the interface loads, with the same one error per
// invalid option as normaliseConfig, into frozen settings of the interface's own; the banner, the
// preferences and every placeholder read them here. The categories' and services' labels,
// descriptions and cookie tables are the preferences' and placeholders' (presentation.ts).
import type { Settings, UiConfig } from '../model/config';
import { LANGUAGE_TAG } from '../model/grammar';
import { applyChecked, isObject, oneOf, reportInvalidOption, type Check, type Fail } from '../model/option-checks';

export interface InterfaceSettings {
  /** `auto` or a language tag. */
  readonly lang: string;
  /** The site's texts by language, then key. */
  readonly texts: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly position: NonNullable<UiConfig['position']>;
  readonly theme: NonNullable<UiConfig['theme']>;
}

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
    for (const { from, option, value } of settings.interfaceOptions) {
      const fail: Fail = (name, bad, accepted) => reportInvalidOption(name, bad, from, accepted);
      if (option === 'texts') checkTexts(texts, value, fail);
      else if (CHECKS[option]) applyChecked(scalars, option, value, CHECKS[option], fail);
    }
    result = Object.freeze({
      lang: scalars.lang,
      texts: Object.freeze(texts),
      position: scalars.ui.position as InterfaceSettings['position'],
      theme: scalars.ui.theme as InterfaceSettings['theme'],
    });
    checked.set(settings, result);
  }
  return result;
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

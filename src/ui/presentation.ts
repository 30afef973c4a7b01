// How the preferences and the placeholders present each category and service (SPEC §9): labels,
// descriptions and declared cookies, from the configuration's category definitions, which the
// loader hands over unchecked in `settings.interfaceOptions` (as `categories.<name>`). Checked
// here, when those components load, with the same one error per invalid option as normaliseConfig.
import type { CategoryConfig, CookieDeclaration, LocalisedText, ServiceConfig, Settings } from '../model/config';
import { choiceOwners } from '../model/choices';
import { isObject, reportInvalidOption, type Fail } from '../model/option-checks';
import { primaryLanguage as primary } from '../model/language';
import { BANNER_PART } from './banner-texts';
import { loadWording, type Wording } from './language';
import { REST_PART } from './rest-texts';

/** The columns of a cookie declaration (SPEC §9), in the order the preferences' table shows them. */
export const COOKIE_FIELDS = ['name', 'provider', 'purpose', 'duration'] as const;

/** How the interface presents one category or service. */
export interface Presentation {
  readonly label?: LocalisedText;
  readonly description?: LocalisedText;
  /** The declared cookies as configured, for the preferences' table. */
  readonly declared?: readonly CookieDeclaration[];
}

const LOCALISED_TEXT = 'a string or { language: string }';
const isLocalisedText = (value: unknown): value is LocalisedText => typeof value === 'string' || (isObject(value) && Object.values(value).every((t) => typeof t === 'string'));

// One check per settings object, however many components ask: each invalid option is reported once.
const checked = new WeakMap<Settings, Readonly<Record<string, Presentation>>>();

/**
 * Each category's and service's presentation, by name, in source order (a later definition's
 * fields win): only those the loader kept, and only from definitions it accepted.
 */
export function presentationOf(settings: Settings): Readonly<Record<string, Presentation>> {
  let result = checked.get(settings);
  if (!result) {
    const presentation: Record<string, Presentation> = {};
    // A category the configuration removed keeps no text, nor does a service dropped for its name (SPEC §9).
    const kept = new Set(choiceOwners(settings.categories).map(({ name }) => name));
    for (const { from, option, value } of settings.interfaceOptions) {
      if (!option.startsWith('categories.')) continue;
      const fail: Fail = (name, bad, accepted) => reportInvalidOption(name, bad, from, accepted);
      const definition = value as CategoryConfig;
      checkPresentation(presentation, kept, option.slice('categories.'.length), option, definition, fail);
      for (const [name, service] of Object.entries(definition.services ?? {})) checkPresentation(presentation, kept, name, `${option}.services.${name}`, service, fail);
    }
    result = Object.freeze(presentation);
    checked.set(settings, result);
  }
  return result;
}

/** Takes a category's or service's label and description, and the cookies it declares for the preferences' table. */
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

/** A category text from the configuration, in `language` when it is given per language. */
function configuredText(text: LocalisedText | undefined, language: string): string | undefined {
  if (typeof text !== 'object') return text;
  return text[language] ?? text[primary(language)] ?? text.en ?? Object.values(text)[0];
}

/**
 * The visitor's language as the components show it: every text of it, and every configured
 * category's and service's label and description (from its configuration first, then the
 * language's built-in texts), and the declared cookies' table, field by field under
 * `cookie.<owner>.<index>.<field>`: the notice hash covers the table that was shown. Config texts
 * stay plain strings: the components render them as text, never as HTML.
 */
export async function loadFullWording(settings: Settings): Promise<Wording> {
  const wording = await loadWording(settings, [BANNER_PART, REST_PART]);
  const { language } = wording;
  const presentation = presentationOf(settings);
  const texts = { ...wording.texts };
  for (const { name, services } of settings.categories) {
    const { label, description } = presentation[name] ?? {};
    const key = `category.${name}.`;
    texts[key + 'label'] = configuredText(label, language) ?? texts[key + 'label'] ?? name;
    // An empty description (configured to hide the built-in one) shows no paragraph at all.
    const shown = configuredText(description, language) ?? texts[key + 'description'];
    if (shown) texts[key + 'description'] = shown;
    else delete texts[key + 'description'];
    for (const service of services) {
      const serviceKey = `service.${service.name}.`;
      const own = presentation[service.name] ?? {};
      texts[serviceKey + 'label'] = configuredText(own.label, language) ?? service.name;
      const serviceDescription = configuredText(own.description, language);
      if (serviceDescription) texts[serviceKey + 'description'] = serviceDescription;
    }
  }
  for (const { name } of choiceOwners(settings.categories)) {
    (presentation[name]?.declared ?? []).forEach((entry, index) => {
      const fields: Record<string, string | undefined> = typeof entry === 'string' ? { name: entry } : entry;
      for (const field of COOKIE_FIELDS) if (fields[field]) texts[`cookie.${name}.${index}.${field}`] = fields[field];
    });
  }
  return { ...wording, texts };
}

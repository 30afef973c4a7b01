import { CONSENT_TYPES, DEFAULT_CONSENT_TYPES, type ConsentType } from './consent-mode-types';
import { NECESSARY } from './decision';
import { CATEGORY_NAME, COOKIE_DOMAIN, COOKIE_NAME, isCategoryName, isCookieName, isNoticeUrl, MAX_CATEGORIES, MAX_SERVICES, MAX_AGE_DAYS, MAX_URL_LENGTH, OBJECT_KEYS, REVISION } from './grammar';
import { applyChecked, isObject, oneOf, reportInvalidOption, text, type Check, type Fail } from './option-checks';

/** A text given per language (`{ en: 'Marketing', de: 'Marketing' }`) or one text for every language. */
export type LocalisedText = string | Record<string, string>;

/**
 * A declared cookie (SPEC §9): its name or a regular expression written as `/pattern/flags`, alone
 * or with what the preferences' cookie table says about it.
 */
export type CookieDeclaration = string | { name: string; provider?: string; purpose?: string; duration?: string };

/** How one service (a vendor inside a category, SPEC §9) is presented, and which cookies its refusal deletes. */
export interface ServiceConfig {
  label?: LocalisedText;
  description?: LocalisedText;
  cookies?: readonly CookieDeclaration[];
}

/** How one category is presented, which cookies its withdrawal deletes, and the services it covers. */
export interface CategoryConfig extends ServiceConfig {
  /** Services by name; names share one namespace with the categories. */
  services?: Readonly<Record<string, ServiceConfig>>;
}

/** Where the UI shows and how it looks. */
export interface UiConfig {
  position?: 'bottom' | 'bottom-left' | 'center';
  theme?: 'auto' | 'light' | 'dark';
  reopenButton?: boolean;
}

/** The stored-choice cookie. */
export interface CookieConfig {
  name?: string;
  domain?: string;
  maxAgeDays?: number;
}

/**
 * The configuration accepted by `createConsent`, `window.consentryConfig` and
 * `<script type="application/json" id="consentry-config">` (SPEC §1).
 */
export interface ConsentConfig {
  endpoint?: string | null;
  policyUrl?: string | null;
  revision?: string;
  /** An exact list of optional categories, or definitions that add to (or, with `false`, remove from) the defaults. */
  categories?: readonly string[] | Record<string, CategoryConfig | false>;
  lang?: string;
  texts?: Record<string, Record<string, string>>;
  cookie?: CookieConfig;
  consentMode?: boolean;
  /** Google Consent Mode `wait_for_update`: how long (ms) Google tags wait for the update after the default. */
  consentModeWait?: number;
  /**
   * Which Consent Mode types each category grants; replaces the default mapping as a whole. A type
   * listed under several categories is granted only when all of them are; an unlisted type stays denied.
   */
  consentModeTypes?: Record<string, readonly ConsentType[]>;
  gpc?: 'reject' | 'preselect' | 'ignore';
  reloadOnWithdraw?: boolean;
  /**
   * Gives the nonce of the script that started Consentry (the loader's `nonce`) to activated inline
   * tagged scripts that have none, for a strict CSP. Off by default: with it, HTML injected into
   * the page as a tagged inline script would run under your nonce.
   */
  shareNonce?: boolean;
  ui?: UiConfig;
}

/**
 * Something a visitor can grant or refuse, as the SDK uses it: an optional category, or a service
 * inside one (SPEC §9). Both share one namespace of names, and a refusal deletes their cookies.
 */
export interface Choosable {
  name: string;
  /** What a refusal deletes. */
  cookies: (string | RegExp)[];
}

/** A service inside a category (SPEC §9), as the SDK uses it: a choosable with nothing of its own. */
export type Service = Choosable;

/** An optional category as the SDK uses it. */
export interface Category extends Choosable {
  services: Service[];
}

/** An option that only the interface reads, as one source gave it, not yet checked. */
export interface InterfaceOption {
  readonly from: string;
  /** `lang`, `texts`, `ui.position`, `ui.theme`, or `categories.<name>` (a definition, for its label and description). */
  readonly option: string;
  readonly value: unknown;
}

/** The validated configuration: every option present, every value usable. */
export interface Settings {
  endpoint: string | null;
  policyUrl: string | null;
  revision: string;
  categories: Category[];
  cookie: { name: string; domain: string | null; maxAgeDays: number };
  consentMode: boolean;
  consentModeWait: number;
  consentModeTypes: Record<string, ConsentType[]>;
  gpc: 'reject' | 'preselect' | 'ignore';
  reloadOnWithdraw: boolean;
  shareNonce: boolean;
  /** Whether the floating reopen button shows, which decides whether a decided page loads the interface. */
  ui: { reopenButton: boolean };
  /**
   * The options only the interface reads, in source order, as given: the interface checks them
   * into settings of its own when it loads (src/ui/interface-settings.ts). SPEC §1: a returning
   * visitor never downloads the interface, so the loader carries neither its options nor their checks.
   */
  interfaceOptions: readonly InterfaceOption[];
}

/** One place a configuration came from, named in error messages. */
export interface ConfigSource {
  from: string;
  config: unknown;
}

export const DEFAULT_CATEGORIES = ['functional', 'personalization', 'analytics'] as const;

/** The optional categories when the configuration names none (SPEC §1). */
export type DefaultCategory = (typeof DEFAULT_CATEGORIES)[number];

/**
 * The optional category names a configuration's `categories` gives, as normaliseConfig reads it,
 * so that `state`, `allowed()` and `set()` know them: an array is the exact list; an object adds
 * its keys to the defaults and removes those set to `false`; nothing means the defaults. A value
 * only known as `string[]` gives `string`, which accepts any name.
 */
export type CategoryNames<Categories> = Categories extends readonly (infer Name extends string)[]
  ? Name
  : Categories extends Record<string, CategoryConfig | false>
    ? Exclude<DefaultCategory | Extract<keyof Categories, string>, { [Key in keyof Categories]: Categories[Key] extends false ? Key : never }[keyof Categories]>
    : DefaultCategory;
/**
 * The service names a `categories` option declares (SPEC §9): the keys of each category's
 * `services`, as normaliseConfig keeps them; `string` when the option's type does not say (a
 * configuration typed as `ConsentConfig`), none for a list of names or no `categories` at all.
 */
export type ServiceNames<Categories> =
  Categories extends Record<string, CategoryConfig | false>
    ? {
        [Key in keyof Categories]: Categories[Key] extends { services?: infer Services } ? Extract<keyof NonNullable<Services>, string> : never;
      }[keyof Categories]
    : never;
// The cookie must stay within 300 bytes (SPEC §6); with the fixed fields and a 32-character
// revision, 160 characters of category names (with separators) is what is left.
const MAX_CATEGORY_CHARS = 160;

// Each scalar option: what it accepts, for the error message, and the test (see option-checks).
const isBoolean: Check = ['true or false', (value) => typeof value === 'boolean'];
const wholeNumber = (min: number, max: number): Check => [`a whole number from ${min} to ${max}`, (value) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max];

// Relative paths and http(s) URLs with a host only (model/grammar, which the receipt schema shares):
// a `javascript:` policy link or endpoint is never accepted.
const urlOrNull: Check = [`a printable http(s) URL with a host, or path (/, ./, ../), up to ${MAX_URL_LENGTH} characters, or null`, (value) => value === null || isNoticeUrl(value)];

const SCALARS: Record<string, Check> = {
  endpoint: urlOrNull,
  policyUrl: urlOrNull,
  revision: text(REVISION),
  consentMode: isBoolean,
  consentModeWait: wholeNumber(0, 10_000),
  consentModeTypes: [
    `{ category: [${CONSENT_TYPES.join(' | ')}] }`,
    (value) => isObject(value) && Object.entries(value).every(([name, types]) => isCategoryName(name) && Array.isArray(types) && types.every((type) => CONSENT_TYPES.includes(type))),
  ],
  gpc: oneOf('reject', 'preselect', 'ignore'),
  reloadOnWithdraw: isBoolean,
  shareNonce: isBoolean,
  'cookie.name': [`a string matching ${COOKIE_NAME}, not ${OBJECT_KEYS.join(', ')}`, isCookieName],
  'cookie.domain': text(COOKIE_DOMAIN),
  'cookie.maxAgeDays': wholeNumber(MAX_AGE_DAYS.min, MAX_AGE_DAYS.max),
  'ui.reopenButton': isBoolean,
};

// The options only the interface reads, handed to it unchecked (Settings.interfaceOptions);
// category definitions go the same way for their labels.
const INTERFACE_OPTIONS = ['lang', 'texts', 'ui.position', 'ui.theme'];

function defaults(): Settings {
  return {
    endpoint: null,
    policyUrl: null,
    revision: '1',
    categories: DEFAULT_CATEGORIES.map((name) => ({ name, cookies: [], services: [] })),
    cookie: { name: 'consentry', domain: null, maxAgeDays: 180 },
    consentMode: false,
    consentModeWait: 500,
    consentModeTypes: DEFAULT_CONSENT_TYPES,
    gpc: 'reject',
    reloadOnWithdraw: false,
    shareNonce: false,
    ui: { reopenButton: false },
    interfaceOptions: [],
  };
}

const CATEGORY_NAME_ACCEPTED = `a name matching ${CATEGORY_NAME}, not ${[NECESSARY, ...OBJECT_KEYS].join(', ')}`;

/** `"/^_ga_/i"` becomes a RegExp; any other string is an exact cookie name. Throws on a bad pattern. */
function cookiePattern(pattern: string): string | RegExp {
  const match = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  return match ? new RegExp(match[1]!, match[2]) : pattern;
}

/** The name or pattern of a declared cookie (SPEC §9): the string, or the object's `name`. */
const declaredName = (entry: CookieDeclaration) => (entry as { name?: string }).name ?? entry;

const DEFINITION = '{ label, description, cookies: [name | "/pattern/" | { name, ... }], services }';

/**
 * Checks one category or service definition's keys, cookies and services; reports the first bad
 * field. Labels and the declarations' texts are the interface's to check (it shows them); the
 * loader needs the names, for gating and for deleting cookies.
 */
function isDefinition(option: string, definition: Record<string, unknown>, fail: Fail, inCategory = true): boolean {
  return Object.entries(definition).every(([key, value]) => {
    if (key === 'label' || key === 'description') return true;
    if (key === 'services' && inCategory && isObject(value)) {
      return Object.entries(value).every(([name, service]) =>
        isCategoryName(name) && isObject(service) ? isDefinition(`${option}.${key}.${name}`, service, fail, false) : fail(`${option}.${key}.${name}`, service, DEFINITION),
      );
    }
    try {
      if (
        key === 'cookies' &&
        Array.isArray(value) &&
        value.every((entry) => {
          const name = entry && declaredName(entry);
          return typeof name === 'string' && name && cookiePattern(name);
        })
      )
        return true;
    } catch {
      // An invalid regular expression: reported below like any other bad value.
    }
    return fail(`${option}.${key}`, value, DEFINITION);
  });
}

/**
 * Merges configuration sources, later ones winning (defaults < JSON/global < data attributes,
 * SPEC §1), and validates every option the loader reads; the interface's own options go to
 * `settings.interfaceOptions` for the interface to check when it loads. Each invalid option
 * produces exactly one console error naming the option, its value, where it came from and what
 * is accepted; that option keeps its previous value. No error ever grants anything: every
 * default is the refusing one.
 */
export function normaliseConfig(sources: ConfigSource[]): Settings {
  const settings = defaults();
  const interfaceOptions: InterfaceOption[] = [];
  let names: string[] | undefined;
  const definitions: Record<string, CategoryConfig | false> = {};

  for (const { from, config } of sources) {
    const fail: Fail = (option, value, accepted) => reportInvalidOption(option, value, from, accepted);
    const forInterface = (option: string, value: unknown) => interfaceOptions.push({ from, option, value });
    const apply = (path: string, value: unknown) => {
      if (INTERFACE_OPTIONS.includes(path)) return forInterface(path, value);
      const check = SCALARS[path];
      if (!check) return fail(path, value, `a known option: ${Object.keys(SCALARS)},${INTERFACE_OPTIONS}, categories`);
      applyChecked(settings, path, value, check, fail);
    };
    if (config == null) continue;
    if (!isObject(config)) {
      fail('(configuration)', config, 'an object');
      continue;
    }
    for (const [key, value] of Object.entries(config)) {
      if (value === undefined) continue;
      if (key === 'categories') {
        if (Array.isArray(value)) {
          names = [...new Set(value.filter((name) => isCategoryName(name) || fail('categories[]', name, CATEGORY_NAME_ACCEPTED)))];
        } else if (isObject(value)) {
          for (const [name, definition] of Object.entries(value)) {
            const option = `categories.${name}`;
            if (!isCategoryName(name)) fail(option, definition, CATEGORY_NAME_ACCEPTED);
            else if (definition === false) definitions[name] = false;
            else if (!isObject(definition)) fail(option, definition, '{ label, description, cookies } or false');
            else if (isDefinition(option, definition, fail)) {
              definitions[name] = { ...definitions[name], ...definition };
              // Its label and description are the interface's to check.
              forInterface(option, definition);
            }
          }
        } else {
          fail('categories', value, 'an array of names or { name: definition }');
        }
      } else if (key === 'cookie' || key === 'ui') {
        if (!isObject(value)) {
          fail(key, value, 'an object');
          continue;
        }
        for (const [inner, innerValue] of Object.entries(value)) {
          if (innerValue !== undefined) apply(`${key}.${inner}`, innerValue);
        }
      } else {
        apply(key, value);
      }
    }
  }

  const list = (names ?? [...DEFAULT_CATEGORIES, ...Object.keys(definitions)]).filter((name, index, all) => definitions[name] !== false && all.indexOf(name) === index);
  // `necessary` is one of the categories a receipt holds.
  // SPEC §9: service and category names share one namespace, so a name twice is ambiguous (which
  // switch would a data-service tag follow?). Such a configuration is refused as a whole, with one
  // error: the default categories stay, the tags naming its services stay blocked (fail closed).
  // Every name in `list` is defined by an object, or not at all: those defined as false are out.
  // A receipt carries every service (model/grammar: the collector refuses more than MAX_SERVICES),
  // so a configuration with more would lose the proof of every decision.
  const serviceNames = list.flatMap((name) => Object.keys((definitions[name] as CategoryConfig | undefined)?.services ?? {}));
  const seen = list.concat(serviceNames);
  const taken = seen.find((name, index) => seen.indexOf(name) !== index);
  if (list.join('+').length > MAX_CATEGORY_CHARS || list.length >= MAX_CATEGORIES || serviceNames.length > MAX_SERVICES || taken) {
    reportInvalidOption(
      'categories',
      taken ?? list,
      'the configuration',
      `at most ${MAX_CATEGORIES - 1} categories and ${MAX_SERVICES} services, ${MAX_CATEGORY_CHARS} characters of category names in all, each name used once`,
    );
  } else {
    settings.categories = list.map((name) => {
      const { services = {}, ...definition } = definitions[name] || {};
      return { ...owner(name, definition), services: Object.keys(services).map((service) => owner(service, services[service]!)) };
    });
  }
  settings.interfaceOptions = Object.freeze(interfaceOptions);
  return settings;
}

function owner(name: string, config: ServiceConfig): Choosable {
  return { name, cookies: (config.cookies ?? []).map((entry) => cookiePattern(declaredName(entry) as string)) };
}

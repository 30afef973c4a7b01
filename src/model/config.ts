import { CONSENT_TYPES, DEFAULT_CONSENT_TYPES, type ConsentType } from './consent-mode-types';
import { NECESSARY } from './decision';
import { CATEGORY_NAME, isCategoryName, isNoticeUrl, MAX_CATEGORIES, MAX_URL_LENGTH, OBJECT_KEYS, REVISION } from './grammar';
import { applyChecked, isObject, oneOf, reportInvalidOption, text, type Check, type Fail } from './option-checks';

/** A text given per language (`{ en: 'Marketing', de: 'Marketing' }`) or one text for every language. */
export type LocalisedText = string | Record<string, string>;

/** How one category is presented, and which cookies its withdrawal deletes. */
export interface CategoryConfig {
  label?: LocalisedText;
  description?: LocalisedText;
  /** Cookie names, or regular expressions written as `/pattern/flags`. */
  cookies?: string[];
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
  categories?: string[] | Record<string, CategoryConfig | false>;
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
  consentModeTypes?: Record<string, ConsentType[]>;
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

/** An optional category as the SDK uses it. */
export interface Category {
  name: string;
  /** Set by the interface from the configuration when it loads (see {@link Settings.interfaceOptions}). */
  label?: LocalisedText;
  description?: LocalisedText;
  cookies: (string | RegExp)[];
}

/** An option that only the interface reads, as one source gave it, not yet checked. */
export interface InterfaceOption {
  from: string;
  /** `lang`, `texts`, `ui.position`, `ui.theme`, or `categories.<name>` (a definition, for its label and description). */
  option: string;
  value: unknown;
}

/** The validated configuration: every option present, every value usable. */
export interface Settings {
  endpoint: string | null;
  policyUrl: string | null;
  revision: string;
  categories: Category[];
  lang: string;
  texts: Record<string, Record<string, string>>;
  cookie: { name: string; domain: string | null; maxAgeDays: number };
  consentMode: boolean;
  consentModeWait: number;
  consentModeTypes: Record<string, ConsentType[]>;
  gpc: 'reject' | 'preselect' | 'ignore';
  reloadOnWithdraw: boolean;
  shareNonce: boolean;
  ui: Required<UiConfig>;
  /**
   * The options only the interface reads, in source order. The interface module checks and
   * applies them when it loads (src/ui/interface-options.ts): until then `lang`, `texts`,
   * `ui.position`, `ui.theme` and the category labels hold their defaults. SPEC §1: a returning
   * visitor never downloads the interface, so the loader does not carry its checks either.
   */
  interfaceOptions: InterfaceOption[];
}

/** One place a configuration came from, named in error messages. */
export interface ConfigSource {
  from: string;
  config: unknown;
}

export const DEFAULT_CATEGORIES = ['functional', 'personalization', 'analytics'];
// The cookie must stay within 300 bytes (SPEC §6); with the fixed fields and a 32-character
// revision, 160 characters of category names (with separators) is what is left.
const MAX_CATEGORY_CHARS = 160;

// Each scalar option: what it accepts, for the error message, and the test (see option-checks).
const isBoolean: Check = ['true or false', (value) => typeof value === 'boolean'];
const wholeNumber = (min: number, max: number): Check => [
  `a whole number from ${min} to ${max}`,
  (value) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max,
];
const COOKIE_NAME = /^[\w-]{1,64}$/;

// Relative paths and http(s) URLs with a host only (model/grammar, which the receipt schema shares):
// a `javascript:` policy link or endpoint is never accepted.
const urlOrNull: Check = [
  `a printable http(s) URL with a host, or path (/, ./, ../), up to ${MAX_URL_LENGTH} characters, or null`,
  (value) => value === null || isNoticeUrl(value),
];

// null: an option only the interface reads, handed to it unchecked (Settings.interfaceOptions);
// category definitions go the same way for their labels.
const SCALARS: Record<string, Check | null> = {
  endpoint: urlOrNull,
  policyUrl: urlOrNull,
  revision: text(REVISION),
  consentMode: isBoolean,
  consentModeWait: wholeNumber(0, 10_000),
  consentModeTypes: [
    `{ category: [${CONSENT_TYPES.join(' | ')}] }`,
    (value) =>
      isObject(value) &&
      Object.entries(value).every(
        ([name, types]) => isCategoryName(name) && Array.isArray(types) && types.every((type) => CONSENT_TYPES.includes(type)),
      ),
  ],
  gpc: oneOf('reject', 'preselect', 'ignore'),
  reloadOnWithdraw: isBoolean,
  shareNonce: isBoolean,
  // Not a key every object has: the cookie jar js-cookie reads into is a plain object.
  'cookie.name': [
    `a string matching ${COOKIE_NAME}, not ${OBJECT_KEYS.join(', ')}`,
    (value) => typeof value === 'string' && COOKIE_NAME.test(value) && !OBJECT_KEYS.includes(value),
  ],
  'cookie.domain': text(/^\.?([a-z0-9-]+\.)*[a-z0-9-]+$/i),
  'cookie.maxAgeDays': wholeNumber(1, 395),
  'ui.reopenButton': isBoolean,
  lang: null,
  texts: null,
  'ui.position': null,
  'ui.theme': null,
};

function defaults(): Settings {
  return {
    endpoint: null,
    policyUrl: null,
    revision: '1',
    categories: DEFAULT_CATEGORIES.map((name) => category(name, {})),
    lang: 'auto',
    texts: {},
    cookie: { name: 'consentry', domain: null, maxAgeDays: 180 },
    consentMode: false,
    consentModeWait: 500,
    consentModeTypes: DEFAULT_CONSENT_TYPES,
    gpc: 'reject',
    reloadOnWithdraw: false,
    shareNonce: false,
    ui: { position: 'bottom', theme: 'auto', reopenButton: false },
    interfaceOptions: [],
  };
}

const CATEGORY_NAME_ACCEPTED = `a name matching ${CATEGORY_NAME}, not ${[NECESSARY, ...OBJECT_KEYS].join(', ')}`;

/** `"/^_ga_/i"` becomes a RegExp; any other string is an exact cookie name. Throws on a bad pattern. */
function cookiePattern(pattern: string): string | RegExp {
  const match = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  return match ? new RegExp(match[1]!, match[2]) : pattern;
}

/** Checks one category definition's keys and cookies (labels are the interface's); reports the first bad field. */
function isCategoryConfig(option: string, definition: Record<string, unknown>, fail: Fail): boolean {
  return Object.entries(definition).every(([key, value]) => {
    if (key === 'label' || key === 'description') return true;
    if (key !== 'cookies') return fail(`${option}.${key}`, value, 'label, description or cookies');
    try {
      if (Array.isArray(value) && value.every((p) => typeof p === 'string' && p && cookiePattern(p))) return true;
    } catch {
      // An invalid regular expression: reported below like any other bad value.
    }
    return fail(`${option}.cookies`, value, 'an array of cookie names and "/patterns/"');
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
  let names: string[] | undefined;
  const definitions: Record<string, CategoryConfig | false> = {};

  for (const { from, config } of sources) {
    const fail: Fail = (option, value, accepted) => reportInvalidOption(option, value, from, accepted);
    const forInterface = (option: string, value: unknown) => settings.interfaceOptions.push({ from, option, value });
    const apply = (path: string, value: unknown) => {
      const check = SCALARS[path];
      if (check === null) return forInterface(path, value);
      if (!check) return fail(path, value, `a known option: ${Object.keys(SCALARS)}, categories`);
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
            else if (isCategoryConfig(option, definition, fail)) {
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

  const list = (names ?? [...DEFAULT_CATEGORIES, ...Object.keys(definitions)]).filter(
    (name, index, all) => definitions[name] !== false && all.indexOf(name) === index,
  );
  // `necessary` is one of the categories a receipt holds.
  if (list.join('+').length > MAX_CATEGORY_CHARS || list.length >= MAX_CATEGORIES) {
    reportInvalidOption(
      'categories',
      list,
      'the configuration',
      `at most ${MAX_CATEGORIES - 1} categories and ${MAX_CATEGORY_CHARS} characters of names in all (the receipt's and the cookie's limits)`,
    );
  } else {
    settings.categories = list.map((name) => category(name, definitions[name] || {}));
  }
  return settings;
}

function category(name: string, config: CategoryConfig): Category {
  return { name, cookies: (config.cookies ?? []).map(cookiePattern) };
}

import { reportError } from './report';

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
  gpc?: 'reject' | 'preselect' | 'ignore';
  reloadOnWithdraw?: boolean;
  ui?: UiConfig;
}

/** An optional category as the SDK uses it. */
export interface Category {
  name: string;
  label: LocalisedText | undefined;
  description: LocalisedText | undefined;
  cookies: (string | RegExp)[];
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
  gpc: 'reject' | 'preselect' | 'ignore';
  reloadOnWithdraw: boolean;
  ui: Required<UiConfig>;
}

/** One place a configuration came from, named in error messages. */
export interface ConfigSource {
  from: string;
  config: unknown;
}

export const NECESSARY = 'necessary';
export const DEFAULT_CATEGORIES = ['functional', 'personalization', 'analytics'];
const CATEGORY_NAME = /^[a-z0-9_-]{1,32}$/;
// The cookie must stay within 300 bytes (SPEC §6); with the fixed fields and a 32-character
// revision, 160 characters of category names (with separators) is what is left.
const MAX_CATEGORY_CHARS = 160;

type Check = [accepted: string, test: (value: unknown) => boolean];

const isBoolean: Check = ['true or false', (v) => typeof v === 'boolean'];
const oneOf = (...values: string[]): Check => [values.join(', '), (v) => values.includes(v as string)];
// Relative paths and http(s) URLs only: a `javascript:` policy link or endpoint is never accepted.
const isUrl: Check = [
  'an http(s) URL or a path',
  (v) => typeof v === 'string' && /^(https?:\/\/[^\s]+|\/[^\s]*|\.{1,2}\/[^\s]*)$/i.test(v),
];
const isUrlOrNull: Check = [isUrl[0] + ', or null', (v) => v === null || isUrl[1](v)];

const SCALARS: Record<string, Check> = {
  endpoint: isUrlOrNull,
  policyUrl: isUrlOrNull,
  revision: ['1 to 32 of the characters A-Z a-z 0-9 . _ : -', (v) => typeof v === 'string' && /^[\w.:-]{1,32}$/.test(v)],
  lang: ['"auto" or a language tag such as "en" or "pt-BR"', (v) => typeof v === 'string' && /^(auto|[a-z]{2,3}(-[a-z0-9]{2,8})*)$/i.test(v)],
  consentMode: isBoolean,
  gpc: oneOf('reject', 'preselect', 'ignore'),
  reloadOnWithdraw: isBoolean,
  'cookie.name': ['a cookie name of A-Z a-z 0-9 _ -', (v) => typeof v === 'string' && /^[\w-]{1,64}$/.test(v)],
  'cookie.domain': ['a domain such as ".example.com"', (v) => typeof v === 'string' && /^\.?([a-z0-9-]+\.)*[a-z0-9-]+$/i.test(v)],
  'cookie.maxAgeDays': ['a whole number of days from 1 to 395', (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 395],
  'ui.position': oneOf('bottom', 'bottom-left', 'center'),
  'ui.theme': oneOf('auto', 'light', 'dark'),
  'ui.reopenButton': isBoolean,
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
    gpc: 'reject',
    reloadOnWithdraw: false,
    ui: { position: 'bottom', theme: 'auto', reopenButton: false },
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLocalisedText(value: unknown): value is LocalisedText {
  return typeof value === 'string' || (isPlainObject(value) && Object.values(value).every((t) => typeof t === 'string'));
}

/** `"/^_ga_/i"` becomes a RegExp; any other string is an exact cookie name. Throws on a bad pattern. */
function cookiePattern(text: string): string | RegExp {
  const match = /^\/(.+)\/([a-z]*)$/.exec(text);
  return match ? new RegExp(match[1]!, match[2]) : text;
}

function isCookiePattern(pattern: unknown): boolean {
  try {
    return typeof pattern === 'string' && pattern.length > 0 && Boolean(cookiePattern(pattern));
  } catch {
    return false;
  }
}

function category(name: string, config: CategoryConfig): Category {
  return {
    name,
    label: config.label,
    description: config.description,
    cookies: (config.cookies ?? []).map(cookiePattern),
  };
}

/**
 * Merges configuration sources, later ones winning (defaults < JSON/global < data attributes,
 * SPEC §1), and validates every option. Each invalid option produces exactly one console error
 * naming the option, its value, where it came from and what is accepted; that option keeps its
 * previous value. No error ever grants anything: every default is the refusing one.
 */
export function normaliseConfig(sources: ConfigSource[]): Settings {
  const settings = defaults();
  let categoryList: string[] | undefined;
  const definitions = new Map<string, CategoryConfig>();
  const removed = new Set<string>();

  for (const { from, config } of sources) {
    const fail = (option: string, value: unknown, accepted: string) =>
      reportError(
        `invalid option ${option} = ${JSON.stringify(value) ?? String(value)} in ${from}; expected ${accepted}. Using the default.`,
      );
    if (config === undefined || config === null) continue;
    if (!isPlainObject(config)) {
      fail('(configuration)', config, 'an object');
      continue;
    }
    for (const [key, value] of Object.entries(config)) {
      if (value === undefined) continue;
      if (key === 'categories') {
        if (Array.isArray(value)) {
          const valid = value.filter((name) => {
            const ok = typeof name === 'string' && CATEGORY_NAME.test(name) && name !== NECESSARY;
            if (!ok) fail('categories[]', name, `a category name of a-z 0-9 _ - (at most 32), other than "${NECESSARY}"`);
            return ok;
          });
          categoryList = [...new Set(valid as string[])];
        } else if (isPlainObject(value)) {
          for (const [name, definition] of Object.entries(value)) {
            const option = `categories.${name}`;
            if (!CATEGORY_NAME.test(name) || name === NECESSARY) {
              fail(option, definition, `a category name of a-z 0-9 _ - (at most 32), other than "${NECESSARY}"`);
            } else if (definition === false) {
              removed.add(name);
            } else if (!isPlainObject(definition)) {
              fail(option, definition, 'an object with label, description, cookies, or false');
            } else if (checkCategory(option, definition, fail)) {
              definitions.set(name, { ...definitions.get(name), ...(definition as CategoryConfig) });
              removed.delete(name);
            }
          }
        } else {
          fail('categories', value, 'an array of category names or an object of category definitions');
        }
      } else if (key === 'texts') {
        if (!isPlainObject(value)) {
          fail('texts', value, 'an object of languages, each an object of texts');
          continue;
        }
        for (const [lang, texts] of Object.entries(value)) {
          if (!isPlainObject(texts)) {
            fail(`texts.${lang}`, texts, 'an object of texts');
            continue;
          }
          for (const [name, text] of Object.entries(texts)) {
            if (typeof text === 'string') (settings.texts[lang] ??= {})[name] = text;
            else fail(`texts.${lang}.${name}`, text, 'a string');
          }
        }
      } else if (key === 'cookie' || key === 'ui') {
        if (!isPlainObject(value)) {
          fail(key, value, 'an object');
          continue;
        }
        for (const [inner, innerValue] of Object.entries(value)) {
          if (innerValue !== undefined) applyScalar(settings, `${key}.${inner}`, innerValue, fail);
        }
      } else {
        applyScalar(settings, key, value, fail);
      }
    }
  }

  const names = categoryList ?? [
    ...DEFAULT_CATEGORIES.filter((name) => !removed.has(name)),
    ...[...definitions.keys()].filter((name) => !DEFAULT_CATEGORIES.includes(name) && !removed.has(name)),
  ];
  if (names.join('+').length > MAX_CATEGORY_CHARS) {
    reportError(
      `invalid option categories = ${JSON.stringify(names)}; expected at most ${MAX_CATEGORY_CHARS} characters of category names in all, so the stored choice fits its cookie. Using the default.`,
    );
  } else {
    settings.categories = names.map((name) => category(name, definitions.get(name) ?? {}));
  }
  return settings;
}

function applyScalar(
  settings: Settings,
  path: string,
  value: unknown,
  fail: (option: string, value: unknown, accepted: string) => void,
): void {
  const check = SCALARS[path];
  if (!check) return fail(path, value, `one of the known options (${Object.keys(SCALARS).join(', ')}, categories, texts)`);
  if (!check[1](value)) return fail(path, value, check[0]);
  const [outer, inner] = path.split('.') as [keyof Settings, string?];
  if (inner) (settings[outer] as Record<string, unknown>)[inner] = value;
  else (settings as unknown as Record<string, unknown>)[outer] = value;
}

function checkCategory(
  option: string,
  definition: Record<string, unknown>,
  fail: (option: string, value: unknown, accepted: string) => void,
): boolean {
  for (const [key, value] of Object.entries(definition)) {
    if (key === 'label' || key === 'description') {
      if (!isLocalisedText(value)) return fail(`${option}.${key}`, value, 'a string or an object of strings per language'), false;
    } else if (key === 'cookies') {
      if (!Array.isArray(value) || !value.every(isCookiePattern)) {
        return fail(`${option}.cookies`, value, 'an array of cookie names or "/regular expressions/"'), false;
      }
    } else {
      return fail(`${option}.${key}`, value, 'one of label, description, cookies'), false;
    }
  }
  return true;
}

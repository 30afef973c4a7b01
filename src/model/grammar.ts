// The one grammar of what a configuration names and a receipt records: the revision, category
// names, language tags, URLs and ids. The config normaliser, the cookie codec,
// the receipt schema and so the collector all check against these definitions, so a value the SDK
// accepts is one the collector accepts: a receipt the collector refuses (400) is dropped for good,
// and with it the proof of a decision.
import { NECESSARY } from './decision';

/** A policy revision (`revision`): 1 to 32 of A-Z a-z 0-9 _ . : - (it ends the cookie value, SPEC §6). */
export const REVISION = /^[\w.:-]{1,32}$/;

/** A category or service name: lower-case, cookie- and URL-safe. */
export const CATEGORY_NAME = /^[a-z0-9_-]{1,32}$/;

/**
 * Names no category may take, in a configuration, a cookie or a receipt: keys every JavaScript
 * object already has, which a record of categories would confuse with its own (valibot's record
 * drops them, `in` finds them where none was stored).
 */
export const OBJECT_KEYS = ['__proto__', 'prototype', 'constructor'];

/** The most categories one state or receipt holds, `necessary` included. */
export const MAX_CATEGORIES = 32;

/**
 * The most services one configuration declares and one receipt carries: more than a site's cookie
 * can hold (the SDK then asks again), few enough to bound a row.
 */
export const MAX_SERVICES = 128;

/**
 * A BCP 47 language tag as Consentry uses one: a language, an optional script and an optional
 * region (`en`, `pt-BR`, `sr-Latn-RS`, `es-419`, and `und` when no text was shown).
 */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|\d{3}))?$/i;

/** The longest URL a configuration or receipt holds (`policyUrl`, `endpoint`, `page`). */
export const MAX_URL_LENGTH = 2048;

// No whitespace and no control character (C0 or DEL): such a URL is a typo or an
// injection, and what a link or a log shows must be what was stored.
const URL_CHAR = '[^\\s\\x00-\\x1f\\x7f]';
const HOST_CHAR = '[^\\s\\x00-\\x1f\\x7f/?#]';

/**
 * `policyUrl` and `endpoint`: an http(s) URL with a host, or a path (`/privacy`, `./privacy`,
 * `../privacy`). Never `javascript:` or any other scheme.
 */
// Pure: a bundle that checks no such URL (the receipts module) drops them.
const NOTICE_URL = /* @__PURE__ */ new RegExp(`^(https?://${HOST_CHAR}+(/${URL_CHAR}*)?|\\.{0,2}/${URL_CHAR}*)$`, 'i');

/**
 * A receipt's `page`: an http(s) URL with a host, without query string or fragment (SPEC §7),
 * credentials or control characters.
 */
const PAGE_URL = /* @__PURE__ */ new RegExp(`^https?://${HOST_CHAR}+(/[^\\s\\x00-\\x1f\\x7f?#]*)?$`, 'i');

// The choice cookie's rules (SPEC §6), for the two that must agree on them: the SDK's configuration,
// which decides the cookie's name, domain and lifetime, and the collector, which sets the same cookie
// again from the server (Safari, `--set-cookie`) and must refuse anything outside them.

/** A cookie name Consentry accepts: 1–64 of `A-Z a-z 0-9 _ -`, never an object key (the jar js-cookie reads into is a plain object). */
export const COOKIE_NAME = /^[\w-]{1,64}$/;

export const isCookieName = (name: unknown): name is string => typeof name === 'string' && COOKIE_NAME.test(name) && !OBJECT_KEYS.includes(name);

/** A `Domain` attribute: a host name, optionally with its leading dot. */
export const COOKIE_DOMAIN = /^\.?([a-z0-9-]+\.)*[a-z0-9-]+$/i;

/** The lifetime of a decision in days: at most 13 months, the CNIL's limit for a consent cookie. */
export const MAX_AGE_DAYS = { min: 1, max: 395 } as const;

/**
 * The choice cookie as the configuration decides it, `name; Max-Age=…[; Domain=…]`, for a
 * collector that sets the cookie again from the server (SPEC §6: Safari keeps cookies written by
 * script for 7 days). The collector takes the value from the request's own cookies.
 */
export const describeChoiceCookie = ({ name, domain, maxAgeDays }: { name: string; domain: string | null; maxAgeDays: number }): string =>
  `${name}; Max-Age=${maxAgeDays * 86400}` + (domain ? '; Domain=' + domain : '');

/** A version 4 UUID in its canonical lower-case form: receipt and subject ids. */
export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** An optional category's name (`necessary` is always granted, SPEC §3, and never configured). */
export const isCategoryName = (name: unknown): name is string => typeof name === 'string' && CATEGORY_NAME.test(name) && name !== NECESSARY && !OBJECT_KEYS.includes(name);

export const isNoticeUrl = (url: unknown): url is string => typeof url === 'string' && url.length <= MAX_URL_LENGTH && NOTICE_URL.test(url);

export const isPageUrl = (url: unknown): url is string => typeof url === 'string' && url.length <= MAX_URL_LENGTH && PAGE_URL.test(url);

export const isUuidV4 = (id: unknown): id is string => typeof id === 'string' && UUID_V4.test(id);

/**
 * The `page` a receipt records for a location: its origin and path (SPEC §7: no query string or
 * fragment, which often carry personal data), cut to {@link MAX_URL_LENGTH} characters without
 * leaving half a percent escape, so a very long path still gives a receipt the collector keeps.
 */
export function pageOf({ origin, pathname }: { origin: string; pathname: string }): string {
  return (origin + pathname).slice(0, MAX_URL_LENGTH).replace(/%[0-9a-f]?$/i, '');
}

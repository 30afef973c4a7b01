// Safari caps the lifetime of cookies written by script at seven days, so a visitor whose choice
// lives only in the SDK's cookie is asked again every week (SPEC §6). A cookie set by an HTTP
// response of the site's own origin is not capped: with `setCookie`, the collector answers each
// accepted receipt by setting the choice cookie again, exactly as the SDK wrote it.
//
// The SDK's configuration decides the cookie's domain and lifetime: it describes them in a request
// header of the receipt POST (model/grammar's describeChoiceCookie), and the value is the cookie the
// browser sends with that same-origin POST. Any script of the page can forge that header and write
// cookies, so the collector trusts neither for what matters: it sets only the cookie name it was
// given, never one the request names (an HttpOnly session cookie, a `__Host-` one), and only the
// value that records exactly the receipt it answers. Anything else is refused (null): the collector
// never sets a cookie it was not meant to.
import { COOKIE_DOMAIN, decodeChoice, isCookieName, MAX_AGE_DAYS, NECESSARY, normaliseConfig, type Receipt } from 'consentry/protocol';

/** The request header in which the SDK describes its cookie: `name; Max-Age=seconds[; Domain=domain]`. */
export const CHOICE_COOKIE_HEADER = 'consentry-cookie';

const DESCRIPTION = /^([^=;\s]+); Max-Age=(\d{1,9})(?:; Domain=([^;\s]+))?$/;
// At most SPEC §6's 300 bytes, of RFC 6265 cookie-octets (no quote, comma, semicolon, backslash,
// space or control character), which is all the SDK's format ever uses.
const VALUE = /^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]{1,300}$/;
const DAY_SECONDS = 86_400;
const IP_ADDRESS = /^[\d.]+$|^\[[\da-f:.]+\]$/i;

/** The request facts the cookie is checked against. */
export interface CookieRequest {
  /** The request's URL: its host is the site the cookie would be set for. */
  url: string;
  /** The `Origin` header: the page that posted the receipt. */
  origin: string | undefined;
  /** The CHOICE_COOKIE_HEADER header. */
  description: string | undefined;
  /** The `Cookie` header: the browser's copy of the choice cookie. */
  cookies: string | undefined;
}

/**
 * The one cookie name `setCookie` may write: the SDK's default `cookie.name`, or the `name` given.
 * Throws, naming the option, for a name the SDK's configuration would refuse.
 */
export function choiceCookieName(setCookie: true | { name: string }): string {
  if (setCookie === true) return normaliseConfig([]).cookie.name;
  if (!isCookieName(setCookie.name)) throw new Error(`setCookie.name: ${JSON.stringify(setCookie.name)} is not a cookie name the SDK's cookie.name accepts`);
  return setCookie.name;
}

/** Whether a `Domain` attribute covers `host` itself or is a parent of it (never an IP address's part). */
function domainCovers(domain: string, host: string): boolean {
  const bare = domain.replace(/^\./, '').toLowerCase();
  return bare === host || (!IP_ADDRESS.test(host) && host.endsWith('.' + bare));
}

/** Whether two sets of choices name the same categories (and services) with the same answers. */
function sameChoices(a: Record<string, boolean>, b: Record<string, boolean>): boolean {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((name) => Object.hasOwn(b, name) && a[name] === b[name]);
}

/**
 * The one cookie of this name in the `Cookie` header when it holds the choice this receipt records:
 * its subject, the receipt as the last one sent, and its categories and services (the cookie keeps
 * the optional ones, necessary being implied). The SDK writes its cookie before posting the receipt,
 * so the browser's copy is exactly that; a copy that records anything else (a granting choice
 * answering a refusal) is not the SDK's. Several of the name (one a script added on a longer path)
 * leave the browser's own ambiguous: none is taken.
 */
function recordedChoice(cookies: string | undefined, name: string, receipt: Receipt): string | undefined {
  const values = (cookies ?? '')
    .split(/; */)
    .filter((cookie) => cookie.startsWith(name + '='))
    .map((cookie) => cookie.slice(name.length + 1));
  const [value] = values;
  if (values.length !== 1 || !VALUE.test(value!)) return undefined;
  const choice = decodeChoice(value);
  const { [NECESSARY]: _, ...optional } = { ...receipt.categories, ...receipt.services };
  return choice?.subjectId === receipt.subjectId && choice.lastReceiptId === receipt.receiptId && sameChoices(choice.categories, optional) ? value : undefined;
}

/**
 * The Set-Cookie header that stores the receipt's choice for the SDK's configured lifetime, or
 * null when the request does not qualify: not posted by a page of the collector's own host (a
 * cross-origin POST carries no credentials, and a browser would keep no cookie from it), no
 * description, a description of another cookie than `name` or that the SDK's rules would not
 * produce (a lifetime out of bounds, a domain that is not this site or a parent of it), or not
 * exactly one cookie `name` holding the choice this receipt records.
 */
export function choiceCookieFor(request: CookieRequest, receipt: Receipt, name: string): string | null {
  const match = DESCRIPTION.exec(request.description ?? '');
  if (!match || match[1] !== name || request.origin === undefined) return null;
  const [, , maxAge, domain] = match;
  let page: URL;
  try {
    page = new URL(request.origin);
  } catch {
    return null;
  }
  // The host as the browser addressed it (the Host header behind a proxy that passes it on), not
  // the scheme: a proxy that ends TLS forwards https pages' requests over plain http.
  const host = new URL(request.url).hostname;
  const seconds = Number(maxAge);
  const value = recordedChoice(request.cookies, name, receipt);
  const ok =
    value !== undefined &&
    page.hostname === host &&
    seconds >= MAX_AGE_DAYS.min * DAY_SECONDS &&
    seconds <= MAX_AGE_DAYS.max * DAY_SECONDS &&
    (domain === undefined || (COOKIE_DOMAIN.test(domain) && domainCovers(domain, host)));
  if (!ok) return null;
  // The attributes and their order as the SDK writes them (storage/cookies); Secure on https pages.
  return `${name}=${value}; Path=/; Max-Age=${seconds}; SameSite=Lax` + (domain ? '; Domain=' + domain : '') + (page.protocol === 'https:' ? '; Secure' : '');
}

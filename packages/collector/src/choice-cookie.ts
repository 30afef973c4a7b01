// Safari caps the lifetime of cookies written by script at seven days, so a visitor whose choice
// lives only in the SDK's cookie is asked again every week (SPEC §6). A cookie set by an HTTP
// response of the site's own origin is not capped: with `setCookie`, the collector answers each
// accepted receipt by setting the choice cookie again, exactly as the SDK wrote it.
//
// The SDK's configuration alone decides the cookie's name, domain and lifetime: it describes them
// in a request header of the receipt POST (model/grammar's describeChoiceCookie), and the
// value is the cookie the browser sends with that same-origin POST. This module checks both
// against the rules the configuration itself enforces (model/grammar) and against the request,
// and builds the Set-Cookie, or refuses (null): the collector never sets a cookie it was not meant to.
import { COOKIE_DOMAIN, decodeChoice, isCookieName, MAX_AGE_DAYS, type Receipt } from 'consentry/protocol';

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

/** Whether a `Domain` attribute covers `host` itself or is a parent of it (never an IP address's part). */
function domainCovers(domain: string, host: string): boolean {
  const bare = domain.replace(/^\./, '').toLowerCase();
  return bare === host || (!IP_ADDRESS.test(host) && host.endsWith('.' + bare));
}

/**
 * The Set-Cookie header that stores the receipt's choice for the SDK's configured lifetime, or
 * null when the request does not qualify: not posted by a page of the collector's own host (a
 * cross-origin POST carries no credentials, and a browser would keep no cookie from it), no
 * description, a description the SDK's rules would not produce (another name grammar, a lifetime
 * out of bounds, a domain that is not this site or a parent of it), or no cookie of that name
 * holding a choice of this receipt's subject.
 */
export function choiceCookieFor(request: CookieRequest, receipt: Receipt): string | null {
  const match = DESCRIPTION.exec(request.description ?? '');
  if (!match || request.origin === undefined) return null;
  const [, name = '', maxAge, domain] = match;
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
  // A choice of this receipt's subject, as the SDK's cookie codec reads one. Nothing else, so a
  // script on the page cannot have the collector overwrite another cookie of that name (an
  // HttpOnly session cookie, say) with a value of its choosing.
  // The browser may send two of that name (one per domain); the subject's own is the one to keep.
  const value = request.cookies
    ?.split(/; */)
    .filter((cookie) => cookie.startsWith(name + '='))
    .map((cookie) => cookie.slice(name.length + 1))
    .find((candidate) => VALUE.test(candidate) && decodeChoice(candidate)?.subjectId === receipt.subjectId);
  const ok =
    value !== undefined &&
    page.hostname === host &&
    isCookieName(name) &&
    seconds >= MAX_AGE_DAYS.min * DAY_SECONDS &&
    seconds <= MAX_AGE_DAYS.max * DAY_SECONDS &&
    (domain === undefined || (COOKIE_DOMAIN.test(domain) && domainCovers(domain, host)));
  if (!ok) return null;
  // The attributes and their order as the SDK writes them (storage/cookies); Secure on https pages.
  return `${name}=${value}; Path=/; Max-Age=${seconds}; SameSite=Lax` + (domain ? '; Domain=' + domain : '') + (page.protocol === 'https:' ? '; Secure' : '');
}

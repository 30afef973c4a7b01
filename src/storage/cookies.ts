// The only module that touches cookies (STYLE 8, SPEC §6): writes and deletions go through
// js-cookie, and so does listing names; the choice is read from document.cookie itself, which alone
// shows every cookie of one name. The environment never throws here (STYLE 6): no `document` (server
// rendering), cookies disabled or sandboxed, or a corrupt value all read as "no decision yet", and
// a write that cannot happen is dropped.
import Cookies from 'js-cookie';
import { decodeChoice, encodeChoice, type StoredChoice } from './cookie-codec';

/** Where the choice cookie lives. */
export interface CookieOptions {
  name: string;
  domain: string | null;
  maxAgeDays: number;
}

// js-cookie writes attributes in the order given, under the names given, and skips empty ones
// (a null Domain is a host-only cookie). `path` (its default) is replaced by `Path`, so every
// cookie Consentry writes reads the same way in devtools:
// Path, Max-Age, SameSite, Domain, Secure. Max-Age rather than js-cookie's `expires` date: it
// does not depend on the visitor's clock.
const jar = Cookies.withAttributes({ path: undefined, Path: '/' });

/** SPEC §6: `name=value` of the choice cookie, at most. */
const MAX_COOKIE_BYTES = 300;

// __Secure- and __Host- cookies can be overwritten only by a Secure cookie, and the choice cookie
// is Secure on https (SPEC §6).
const secure = () => location.protocol === 'https:';

/**
 * The stored choice in its first-party cookie (SPEC §6). The codec builds the value from
 * cookie-safe characters only, so js-cookie's converter leaves it as it is.
 */
export function createChoiceStore({ name, domain, maxAgeDays }: CookieOptions) {
  // The outbox marker: a cookie beside the choice, present only while receipts wait
  // in the outbox, so a page reads localStorage (and loads the receipts module) only then. It
  // lives as long as the choice, so receipts left by a closed browser are still found.
  const marker = name + '-outbox';
  const attributes = () => ({ SameSite: 'Lax', Domain: domain, Secure: secure() });
  return {
    read(): StoredChoice | null {
      try {
        // A cookie of the same name set on a longer Path (by hand, by an old tool) is visible
        // too, listed first: browsers list the most specific path first (RFC 6265 §5.4), and
        // js-cookie's get() returns only that one. The first well-formed one in that order wins,
        // so a malformed cookie on /shop cannot hide the choice stored on / and ask forever.
        for (const pair of document.cookie.split('; ')) {
          const choice = pair.startsWith(name + '=') && decodeChoice(pair.slice(name.length + 1));
          if (choice) return choice;
        }
      } catch {
        // Cookies disabled or sandboxed, or no document (server rendering).
      }
      return null;
    },
    write(choice: StoredChoice): void {
      // SPEC §6: the cookie holds at most 300 bytes. A choice naming too many categories and
      // services is stored without them, which reads as no decision (the subject id and the
      // receipt chain are kept): the next page asks again rather than granting anything.
      let value = encodeChoice(choice);
      if (name.length + value.length >= MAX_COOKIE_BYTES) value = encodeChoice({ ...choice, decidedAt: null, method: null, categories: {} });
      try {
        jar.set(name, value, { 'Max-Age': String(maxAgeDays * 86400), ...attributes() });
      } catch {
        // Cookies disabled or no document: the decision lives for this page only.
      }
    },
    /** Whether receipts were left waiting in the outbox (see the marker above). */
    outboxWaiting(): boolean {
      try {
        return jar.get(marker) === '1';
      } catch {
        return false;
      }
    },
    markOutbox(waiting: boolean): void {
      try {
        jar.set(marker, '1', { 'Max-Age': waiting ? String(maxAgeDays * 86400) : '-1', ...attributes() });
      } catch {
        // Cookies disabled: receipts left waiting are sent with the next decision's.
      }
    },
  };
}

/**
 * Deletes the cookies whose names match `patterns` (an exact name, or a RegExp), except `keep`
 * (the consent cookie itself). SPEC §3: on withdrawal the SDK deletes a category's cookies on the
 * current host and its parent domains. A cookie set with `Domain=.example.com` is deleted only by a
 * cookie with that same Domain, and `document.cookie` does not tell which one it was, so each name
 * is expired on every parent domain and then host-only (the browser ignores the ones that do not
 * apply, such as a public suffix). Path `/` only: other paths are invisible from here.
 *
 * @example
 * ```ts
 * deleteCookies(['_ga', /^_ga_/], 'consentry'); // on www.shop.example: Domain=www.shop.example, shop.example, example, then host-only
 * ```
 */
export function deleteCookies(patterns: (string | RegExp)[], keep: string): void {
  // Nothing refused (Accept all): no need to list the cookies, a read that right after the choice
  // was written is a synchronous trip to the browser process.
  if (!patterns[0]) return;
  const labels = location.hostname.split('.');
  for (const name of Object.keys(jar.get())) {
    // String#search ignores a pattern's lastIndex, so a /g flag cannot make every other test fail.
    if (!name || name === keep || !patterns.some((pattern) => (typeof pattern === 'string' ? pattern === name : name.search(pattern) > -1))) continue;
    for (let i = 0; i <= labels.length; i++) {
      // A Max-Age of 0 or less deletes (RFC 6265 §5.2.2); -1 leaves no same-millisecond window in
      // jars that compare expiry times strictly.
      // The last round's Domain is '', which js-cookie leaves out: the host-only cookie.
      jar.set(name, '', { 'Max-Age': '-1', Domain: labels.slice(i).join('.'), Secure: secure() });
    }
  }
}

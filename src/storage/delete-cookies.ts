/**
 * Deletes the cookies whose names match `patterns` (an exact name, or a RegExp), except `keep`
 * (the consent cookie itself). SPEC §3: on withdrawal the SDK deletes a category's cookies on the
 * current host and its parent domains. A cookie set with `Domain=.example.com` is deleted only by a
 * cookie with that same Domain, and `document.cookie` does not tell which one it was, so each name
 * is expired host-only and on every parent domain (the browser ignores the ones that do not apply,
 * such as a public suffix). Path `/` only: other paths are invisible from here.
 *
 * @example
 * ```ts
 * deleteCookies(['_ga', /^_ga_/], 'consentry'); // on www.shop.example: Domain=www.shop.example, shop.example, example, then host-only
 * ```
 */
export function deleteCookies(patterns: (string | RegExp)[], keep: string): void {
  const labels = location.hostname.split('.');
  // __Secure- and __Host- cookies can be overwritten only by a Secure cookie.
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  for (const pair of document.cookie.split('; ')) {
    const name = pair.split('=')[0]!;
    // String#search ignores a pattern's lastIndex, so a /g flag cannot make every other test fail.
    if (!name || name === keep || !patterns.some((pattern) => (typeof pattern === 'string' ? pattern === name : name.search(pattern) > -1))) continue;
    for (let i = 0; i <= labels.length; i++) {
      // A Max-Age of 0 or less deletes (RFC 6265 §5.2.2); -1 leaves no same-millisecond window in
      // jars that compare expiry times strictly. The attributes match storage/cookie-store's.
      document.cookie = `${name}=; Path=/; Max-Age=-1` + (i < labels.length ? '; Domain=' + labels.slice(i).join('.') : '') + secure;
    }
  }
}

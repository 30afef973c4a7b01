// What the visitor was told (SPEC §7 `notice.textHash`): regulators ask a controller to show not
// only that a visitor agreed but to what (GDPR Art. 7(1) with Recital 42). The receipt carries a
// hash, not the texts, so it stays small and holds no copy of the notice; the site owner keeps
// the configuration, and an auditor rebuilds the canonical form below from it and compares.
import { reportWarning } from './report';
import type { ShownNotice } from './consent';

/**
 * The canonical form of a notice shown to the visitor: the exact text `notice.textHash` hashes.
 *
 * It is the JSON array `[language, policyUrl, revision, texts]`, written with no whitespace:
 * - `language`: the language tag the interface rendered in, such as `"en"`;
 * - `policyUrl`: the configured `policyUrl` exactly as written in the configuration, or `null`;
 * - `revision`: the configured `revision`;
 * - `texts`: one `[id, text]` pair per text on screen (category labels and descriptions
 *   included): the interface's id for the text and the exact string rendered, the pairs sorted by
 *   id in ascending UTF-16 code-unit order (JavaScript's default string sort).
 * Strings are escaped as `JSON.stringify` escapes them, which is also their RFC 8785 (JCS) form.
 * Arrays rather than objects, so no key order is left to any JSON library.
 *
 * The same texts therefore always give the same string, whatever order the configuration listed
 * them in, and one changed character anywhere changes it.
 *
 * @example
 * ```ts
 * canonicalNotice({ language: 'en', texts: { title: 'Cookies', acceptAll: 'Accept all' } }, '/privacy', '2026-01');
 * // '["en","/privacy","2026-01",[["acceptAll","Accept all"],["title","Cookies"]]]'
 * ```
 */
export function canonicalNotice({ language, texts }: Pick<ShownNotice, 'language' | 'texts'>, policyUrl: string | null, revision: string): string {
  return JSON.stringify([
    language,
    policyUrl,
    revision,
    Object.keys(texts)
      .sort()
      .map((id) => [id, texts[id]]),
  ]);
}

/**
 * `sha256-` followed by the standard (padded) base64 of the SHA-256 digest of `canonical` encoded
 * as UTF-8, the form Subresource Integrity uses. An auditor can recompute it with
 * `printf '%s' "$CANONICAL" | openssl dgst -sha256 -binary | base64`.
 *
 * Browsers offer SHA-256 (crypto.subtle) only in secure contexts (https, localhost). On a plain
 * http page the hash cannot be computed: it resolves to null with a warning rather than failing,
 * because a receipt without a hash still proves who decided what and when, and blocking or
 * losing the receipt would prove nothing at all.
 */
export async function noticeTextHash(canonical: string): Promise<string | null> {
  try {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
    return 'sha256-' + btoa(String.fromCharCode(...new Uint8Array(digest)));
  } catch {
    reportWarning('notice.textHash is null: SHA-256 needs https.');
    return null;
  }
}

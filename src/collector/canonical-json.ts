/**
 * Serialises a JSON value canonically: object keys sorted by UTF-16 code units, no whitespace.
 * For the values receipts hold this is exactly RFC 8785 (JCS), whose string and number forms are
 * those of JSON.stringify, so anyone can rebuild the signed bytes in any language with a JCS
 * library, or in JavaScript with this function.
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [true, null] }); // '{"a":[true,null],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

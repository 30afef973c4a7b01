/**
 * Serialises a JSON value canonically: object keys sorted by UTF-16 code units, no whitespace,
 * undefined members left out as JSON.stringify does. For the values receipts hold this is exactly
 * RFC 8785 (JCS), whose string and number forms are those of JSON.stringify, so anyone can rebuild
 * the signed bytes in any language with a JCS library, or in JavaScript with this function.
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [true, null] }); // '{"a":[true,null],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const object = value as Record<string, unknown>;
  const members: string[] = [];
  for (const key of Object.keys(object).sort()) {
    if (object[key] !== undefined) members.push(`${JSON.stringify(key)}:${canonicalJson(object[key])}`);
  }
  return `{${members.join(',')}}`;
}

// A signed head an auditor kept from `GET /v1/head` and passes back as `/v1/verify?since=`: the
// JSON text of it, as served. Its shape is checked here and its signature by the handler.
import * as v from 'valibot';
import { HEAD_SCHEMA, type SignedHead } from './storage/receipt-log';

const keptHead = v.strictObject({
  schema: v.literal(HEAD_SCHEMA),
  position: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  time: v.string(),
  signature: v.string(),
});

/** The head in `text` (the JSON served by `GET /v1/head`), or null when it is not one. */
export function parseKeptHead(text: string): SignedHead | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const result = v.safeParse(keptHead, value);
  return result.success ? result.output : null;
}

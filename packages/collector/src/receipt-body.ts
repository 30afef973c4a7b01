// The receipt's body, read with its size limit (SPEC §8: over the limit → 413, refused before any
// of it is parsed), as middleware that leaves the text in `c.var.body`.
import type { MiddlewareHandler } from 'hono';

/** Reads the request body, resolving null as soon as it is longer than `limit` bytes (RequestContext.readBody). */
type ReadBody = (limit: number) => Promise<Uint8Array | null>;

const decoder = new TextDecoder();

/** Reads a web body stream, giving up (null) as soon as it is longer than `limit` bytes. */
async function readStreamAtMost(stream: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * Reads the body as text into `c.var.body`, or answers 413 when it is over `maxBytes`. It reads
 * through the server adapter's `readBody` where there is one, the request's stream otherwise.
 */
export function receiptBody(maxBytes: number): MiddlewareHandler<{ Bindings: { readBody?: ReadBody }; Variables: { body: string } }> {
  return async function readReceiptBody(c, next) {
    const declaredTooLong = Number(c.req.header('content-length') ?? 0) > maxBytes;
    const bytes = declaredTooLong ? null : c.env.readBody ? await c.env.readBody(maxBytes) : await readStreamAtMost(c.req.raw.body, maxBytes);
    if (bytes === null) return c.json({ error: `receipts are limited to ${maxBytes} bytes` }, 413);
    c.set('body', decoder.decode(bytes));
    return next();
  };
}

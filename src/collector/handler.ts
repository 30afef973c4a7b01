// The collector's HTTP interface (SPEC §8) as a web-standard fetch handler, built on Hono so the
// same code runs in Node (see node-server.ts) and on edge runtimes. It imports nothing from Node:
// the database and the signing key reach it as the `storage` and `signer` options.
import { Hono, type Context } from 'hono';
import { checkReceipt, isUuidV4 } from '../model/receipt-schema';
import { createAdminCheck } from './admin-token';
import { canonicalJson } from './canonical-json';
import { EXPORT_CONTENT_TYPES, EXPORT_FORMATS, exportStream, type ExportFormat } from './export-stream';
import { logError } from './log';
import { corsHeaders, isOriginAllowed, normaliseOrigins, preflightHeaders } from './origins';
import { createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimitOptions } from './rate-limit';
import { hasValidSignature, signReceipt, type ReceiptSigner, type SignedReceipt } from './signing';
import type { ReceiptStorage } from './storage/receipt-log';

/** The largest receipt body accepted (SPEC §8: over 16 KiB → 413, refused before parsing). */
export const MAX_RECEIPT_BYTES = 16 * 1024;

/** The most receipts `GET /v1/subjects/:subjectId/receipts` returns: far more than any visitor makes. */
export const SUBJECT_HISTORY_LIMIT = 1000;

const DATE_OR_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** How a collector is set up. */
export interface CollectorOptions {
  /** Where receipts are kept, e.g. `createSqliteStorage(path)`. */
  storage: ReceiptStorage;
  /** Signs every stored receipt, e.g. `createKeyFileSigner(path)`. */
  signer: ReceiptSigner;
  /**
   * Origins whose pages may post receipts and read histories, such as `https://example.com`.
   * The collector's own origin is always allowed; a request from any other origin gets 403.
   */
  allowOrigins?: readonly string[];
  /** The bearer token for the admin routes (export, verify), at least 16 characters. Without it they answer 401. */
  adminToken?: string;
  /** The per-client limit on `/v1/*` requests, or false to turn it off. Default 120 a minute, bursts of 60. */
  rateLimit?: RateLimitOptions | false;
  /**
   * Which client a request counts against for the rate limit. Defaults to the connection's address;
   * behind a reverse proxy use `forwardedClient`, on an edge runtime its client-address header.
   */
  clientKey?: (request: Request, remoteAddress: string | undefined) => string;
  /** A path prefix the routes live under, such as `/consent`. */
  basePath?: string;
}

/** What the server adapter knows about the connection, passed beside the request. */
export interface RequestContext {
  remoteAddress?: string;
  /**
   * Reads the request body, resolving null as soon as it is longer than `limit` bytes. A server
   * adapter that holds the connection supplies it (serveCollector does): in Node, wrapping the
   * body in a web Request and stream only to read it back costs more than the rest of storing a
   * receipt. Without it the handler reads `request.body`.
   */
  readBody?: (limit: number) => Promise<Uint8Array | null>;
}

/** A running collector: a standard fetch handler. */
export interface Collector {
  fetch(request: Request, context?: RequestContext): Promise<Response>;
}

type CollectorContext = Context<{ Bindings: RequestContext }>;

const isExportFormat = (value: string): value is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(value);

/** A `from`/`to` query parameter as a canonical ISO time, undefined when absent, null when malformed. */
function queryTime(value: string | undefined): string | undefined | null {
  if (value === undefined || value === '') return undefined;
  const time = DATE_OR_TIME.test(value) ? Date.parse(value) : NaN;
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

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

/** The body as text, or null when it is over MAX_RECEIPT_BYTES: refused before any of it is parsed. */
async function receiptBody(c: CollectorContext): Promise<string | null> {
  if (Number(c.req.header('content-length') ?? 0) > MAX_RECEIPT_BYTES) return null;
  const bytes = c.env.readBody ? await c.env.readBody(MAX_RECEIPT_BYTES) : await readStreamAtMost(c.req.raw.body, MAX_RECEIPT_BYTES);
  return bytes && decoder.decode(bytes);
}

const invalid = (c: CollectorContext, error: string, field: string | null) => c.json({ error, field }, 400);

/**
 * Creates a receipt collector: a `fetch(Request) → Response` handler for SPEC §8's routes.
 * Throws at once on a bad option (an allowed origin that is not an origin, a short admin token).
 *
 * @example
 * ```ts
 * import { createCollector, createKeyFileSigner, createSqliteStorage, serveCollector } from 'consentry/collector';
 * const collector = createCollector({
 *   storage: createSqliteStorage('./data/receipts.sqlite'),
 *   signer: createKeyFileSigner('./data/signing.key'),
 *   allowOrigins: ['https://example.com'],
 *   adminToken: process.env.CONSENTRY_ADMIN_TOKEN,
 * });
 * await serveCollector(collector, { port: 8787 });
 * ```
 */
export function createCollector(options: CollectorOptions): Collector {
  const { storage, signer } = options;
  const allowed = normaliseOrigins(options.allowOrigins ?? []);
  const isAdmin = createAdminCheck(options.adminToken);
  const takeToken = options.rateLimit === false ? null : createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const clientKey = options.clientKey ?? ((_request, remoteAddress) => remoteAddress ?? 'unknown');
  const app = new Hono<{ Bindings: RequestContext }>().basePath(options.basePath ?? '/');

  app.onError((error, c) => {
    logError(`${c.req.method} ${c.req.path} failed`, error);
    return c.json({ error: 'internal error' }, 500);
  });
  app.notFound((c) => c.json({ error: 'not found' }, 404));

  app.use(async (c, next) => {
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
    const origin = c.req.header('origin');
    if (!isOriginAllowed(origin, c.req.url, allowed)) return c.json({ error: 'origin not allowed' }, 403);
    if (origin === undefined) return next();
    if (c.req.method === 'OPTIONS') return c.body(null, 204, preflightHeaders(origin));
    for (const [name, value] of Object.entries(corsHeaders(origin))) c.header(name, value);
    return next();
  });

  app.get('/healthz', async (c) => {
    try {
      await storage.check();
      return c.json({ ok: true });
    } catch (error) {
      logError('the storage check failed', error);
      return c.json({ ok: false }, 503);
    }
  });

  if (takeToken) {
    app.use('/v1/*', async (c, next) => {
      const wait = takeToken(clientKey(c.req.raw, c.env.remoteAddress));
      if (wait > 0) return c.json({ error: 'too many requests' }, 429, { 'Retry-After': String(wait) });
      return next();
    });
  }

  const requireAdmin = async (c: CollectorContext, next: () => Promise<void>) => {
    if (await isAdmin(c.req.header('authorization'))) return next();
    const error = options.adminToken === undefined ? 'admin routes are off: no admin token is configured' : 'a valid admin bearer token is required';
    return c.json({ error }, 401, { 'WWW-Authenticate': 'Bearer realm="consentry-collector"' });
  };

  app.get('/v1/public-key', (c) =>
    c.json({
      algorithm: 'Ed25519',
      publicKey: signer.publicKeyPem,
      signatureInput: 'the canonical JSON (RFC 8785) of the stored receipt without its signature field',
    }),
  );

  app.post('/v1/receipts', async (c) => {
    const text = await receiptBody(c);
    if (text === null) return c.json({ error: `receipts are limited to ${MAX_RECEIPT_BYTES} bytes` }, 413);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return invalid(c, 'the body is not JSON', null);
    }
    const check = checkReceipt(body);
    if (!check.ok) return invalid(c, check.error, check.field);
    const signed = await signReceipt(signer, check.receipt, new Date().toISOString());
    const { created, record } = await storage.append(signed);
    const { receivedAt, signature, ...stored } = record;
    // A retry carries the same receipt; the same id with other content is a different receipt
    // that must not be acknowledged as if it had been stored.
    if (!created && canonicalJson(stored) !== canonicalJson(check.receipt)) {
      return invalid(c, 'receiptId: already stored with different content', 'receiptId');
    }
    return c.json({ receiptId: record.receiptId, receivedAt, signature }, created ? 201 : 200);
  });

  app.get('/v1/subjects/:subjectId/receipts', async (c) => {
    const subjectId = c.req.param('subjectId');
    if (!isUuidV4(subjectId)) return invalid(c, 'subjectId: must be a lower-case version 4 UUID', 'subjectId');
    return c.json({ subjectId, receipts: await storage.bySubject(subjectId, SUBJECT_HISTORY_LIMIT) });
  });

  app.get('/v1/receipts', requireAdmin, (c) => {
    const format = c.req.query('format') ?? 'ndjson';
    if (!isExportFormat(format)) return invalid(c, `format: must be one of ${EXPORT_FORMATS.join(', ')}`, 'format');
    const from = queryTime(c.req.query('from'));
    const to = queryTime(c.req.query('to'));
    if (from === null) return invalid(c, 'from: must be an ISO 8601 date or time', 'from');
    if (to === null) return invalid(c, 'to: must be an ISO 8601 date or time', 'to');
    if (from !== undefined && to !== undefined && from > to) return invalid(c, 'to: must not be before from', 'to');
    const range = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
    return c.body(exportStream(storage.received(range), format), 200, {
      'Content-Type': EXPORT_CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="receipts.${format}"`,
    });
  });

  app.get('/v1/verify', requireAdmin, async (c) =>
    c.json(await storage.verify((record: SignedReceipt) => hasValidSignature((message, sig) => signer.verify(message, sig), record))),
  );

  return { fetch: async (request, context = {}) => app.fetch(request, context) };
}

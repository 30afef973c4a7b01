// The collector's HTTP interface (SPEC §8) as a web-standard fetch handler, built on Hono so the
// same code runs in Node (see node-server.ts) and on edge runtimes. It imports nothing from Node:
// the database and the signing key reach it as the `storage` and `signer` options.
import { Hono, type Context } from 'hono';
import { canonicalJson, checkReceipt, isUuidV4 } from 'consentry/protocol';
import { createAdminCheck } from './admin-token';
import { CHOICE_COOKIE_HEADER, choiceCookieFor } from './choice-cookie';
import { EXPORT_CONTENT_TYPES, EXPORT_FORMATS, exportStream, type ExportFormat } from './export-stream';
import { parseKeptHead } from './kept-head';
import { createFailureBurstLog, logError } from './log';
import { corsHeaders, isOriginAllowed, normaliseOrigins, preflightHeaders } from './origins';
import { createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimitOptions } from './rate-limit';
import { hasValidSignature, signReceipt, type ReceiptSigner } from './signing';
import type { ReceiptStorage, ReceivedRange, SignedHead, StatsBucketSize } from './storage/receipt-log';

/** The largest receipt body accepted (SPEC §8: over 16 KiB → 413, refused before parsing). */
export const MAX_RECEIPT_BYTES = 16 * 1024;

/** The most receipts `GET /v1/subjects/:subjectId/receipts` returns: far more than any visitor makes. */
export const SUBJECT_HISTORY_LIMIT = 1000;

const CONSOLE_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

// The console runs only its own script and styles and talks only to this collector: an injected
// script could read the admin token it holds.
const CONSOLE_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const DATE_OR_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;

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
  /** The bearer token for the admin routes (export, stats, verify), at least 16 characters. Without it they answer 401. */
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
  /**
   * Answers each accepted receipt from a page of the collector's own host with a Set-Cookie that
   * stores the visitor's choice again, as the SDK describes it in its `Consentry-Cookie` header,
   * for the configured lifetime: Safari keeps cookies written by script for seven days only
   * (SPEC §6). Serve the collector behind the site's own origin for it to apply. Default false.
   */
  setCookie?: boolean;
  /**
   * The console's built files, served at `/admin/` (see `readConsoleFiles`). Without them
   * `/admin` answers 404. The page is public; everything it shows needs the admin token.
   */
  consoleFiles?: ReadonlyMap<string, Uint8Array>;
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

/** The bucket sizes `GET /v1/stats` accepts. */
const STATS_BUCKETS: readonly StatsBucketSize[] = ['day', 'week', 'month'];
const isStatsBucket = (value: string): value is StatsBucketSize => (STATS_BUCKETS as readonly string[]).includes(value);

/** Whether the parts of a DATE_OR_TIME match name a real day and time: Date.parse turns 2026-02-30 into March 2. */
function isRealTime([, year, month, day, hour = '0', minute = '0', second = '0', offsetHour = '0', offsetMinute = '0']: RegExpExecArray): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return (
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day) &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    Number(second) < 60 &&
    Number(offsetHour) < 24 &&
    Number(offsetMinute) < 60
  );
}

/** A `from`/`to` query parameter as a canonical ISO time, undefined when absent, null when malformed or not a real time. */
function queryTime(value: string | undefined): string | undefined | null {
  if (value === undefined || value === '') return undefined;
  const parts = DATE_OR_TIME.exec(value);
  if (!parts || !isRealTime(parts)) return null;
  return new Date(Date.parse(value)).toISOString();
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
  // A full disk or a read-only file fails every write until it is mended: one line when it starts.
  const writes = createFailureBurstLog('storing receipts');
  const isSigned = (signed: Parameters<typeof hasValidSignature>[1]) => hasValidSignature((message, sig) => signer.verify(message, sig), signed);

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

  // Fails while the storage cannot read or write (SPEC §8), and answers ok again, with no
  // restart, once it can.
  app.get('/healthz', async (c) => {
    try {
      await storage.check();
      writes.succeeded();
      return c.json({ ok: true });
    } catch (error) {
      writes.failed(error);
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
      signatureInput: 'the canonical JSON (RFC 8785) of the stored receipt, or of the signed head, without its signature field',
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
    let outcome;
    try {
      outcome = await storage.append(signed);
      writes.succeeded();
    } catch (error) {
      // 503, not 400: the receipt is fine, and the SDK keeps it in its outbox to retry.
      writes.failed(error);
      return c.json({ error: 'the receipt could not be stored; retry later' }, 503);
    }
    const { created, record } = outcome;
    const { receivedAt, signature, ...stored } = record;
    // A retry carries the same receipt; the same id with other content is a different receipt
    // that must not be acknowledged as if it had been stored.
    if (!created && canonicalJson(stored) !== canonicalJson(check.receipt)) {
      return invalid(c, 'receiptId: already stored with different content', 'receiptId');
    }
    if (options.setCookie) {
      const request = { url: c.req.url, origin: c.req.header('origin'), description: c.req.header(CHOICE_COOKIE_HEADER), cookies: c.req.header('cookie') };
      const cookie = choiceCookieFor(request, check.receipt);
      if (cookie) c.header('Set-Cookie', cookie);
    }
    return c.json({ receiptId: record.receiptId, receivedAt, signature }, created ? 201 : 200);
  });

  app.get('/v1/subjects/:subjectId/receipts', async (c) => {
    const subjectId = c.req.param('subjectId');
    if (!isUuidV4(subjectId)) return invalid(c, 'subjectId: must be a lower-case version 4 UUID', 'subjectId');
    return c.json({ subjectId, receipts: await storage.bySubject(subjectId, SUBJECT_HISTORY_LIMIT) });
  });

  /** The `from`/`to` query parameters as a received range, or the 400 response for a malformed one. */
  const queryRange = (c: CollectorContext): ReceivedRange | Response => {
    const from = queryTime(c.req.query('from'));
    const to = queryTime(c.req.query('to'));
    if (from === null) return invalid(c, 'from: must be an ISO 8601 date or time', 'from');
    if (to === null) return invalid(c, 'to: must be an ISO 8601 date or time', 'to');
    if (from !== undefined && to !== undefined && from > to) return invalid(c, 'to: must not be before from', 'to');
    return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  };

  app.get('/v1/receipts', requireAdmin, (c) => {
    const format = c.req.query('format') ?? 'ndjson';
    if (!isExportFormat(format)) return invalid(c, `format: must be one of ${EXPORT_FORMATS.join(', ')}`, 'format');
    const range = queryRange(c);
    if (range instanceof Response) return range;
    return c.body(exportStream(storage.received(range), format), 200, {
      'Content-Type': EXPORT_CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="receipts.${format}"`,
    });
  });

  app.get('/v1/stats', requireAdmin, async (c) => {
    const bucket = c.req.query('bucket') ?? 'day';
    if (!isStatsBucket(bucket)) return invalid(c, `bucket: must be one of ${STATS_BUCKETS.join(', ')}`, 'bucket');
    const range = queryRange(c);
    if (range instanceof Response) return range;
    return c.json(await storage.stats({ ...range, bucket }));
  });

  // The latest signed head, public: anyone may keep it and later ask an admin to verify against it.
  app.get('/v1/head', async (c) => {
    const head = await storage.head();
    return head ? c.json(head) : c.json({ error: 'the log is empty: no head is signed yet' }, 404);
  });

  app.get('/v1/verify', requireAdmin, async (c) => {
    const sinceText = c.req.query('since');
    let since: SignedHead | undefined;
    if (sinceText !== undefined) {
      const kept = parseKeptHead(sinceText);
      if (!kept) return invalid(c, 'since: must be a signed head as GET /v1/head serves it (its JSON text)', 'since');
      if (!(await isSigned(kept))) return invalid(c, "since: its signature is not this collector's", 'since');
      since = kept;
    }
    return c.json(await storage.verify({ isSignedReceipt: isSigned, isSignedHead: isSigned, ...(since ? { since } : {}) }));
  });

  const consoleFiles = options.consoleFiles;
  if (consoleFiles) {
    // Relative asset URLs in the page resolve under /admin/ only with the trailing slash.
    app.get('/admin', (c) => c.redirect(`${c.req.path}/`, 308));
    app.get('/admin/*', (c) => {
      const name = c.req.path.slice(c.req.path.indexOf('/admin/') + '/admin/'.length) || 'index.html';
      const file = consoleFiles.get(name);
      if (!file) return c.json({ error: 'not found' }, 404);
      const type = CONSOLE_TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
      return c.body(file as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': type, 'Content-Security-Policy': CONSOLE_POLICY, 'Referrer-Policy': 'no-referrer' });
    });
  }

  return { fetch: async (request, context = {}) => app.fetch(request, context) };
}

// The collector's HTTP interface (SPEC §8) as a web-standard fetch handler, built on Hono so the
// same code runs in Node (see node-server.ts) and on edge runtimes. It imports nothing from Node:
// the database and the signing key reach it as the `storage` and `signer` options.
import { Hono, type Context, type Handler, type MiddlewareHandler } from 'hono';
import { canonicalJson, checkReceipt, isUuidV4 } from 'consentry/protocol';
import { exportQuery, statsQuery, type QueryError } from './admin-query';
import { requireAdmin } from './admin-token';
import { CHOICE_COOKIE_HEADER, choiceCookieFor, choiceCookieName } from './choice-cookie';
import { EXPORT_CONTENT_TYPES, exportStream } from './export-stream';
import { parseKeptHead } from './kept-head';
import { createFailureBurstLog, logError, type FailureBurstLog } from './log';
import { originPolicy } from './origins';
import { DEFAULT_RATE_LIMIT, rateLimit, type ClientKey, type RateLimitOptions } from './rate-limit';
import { receiptBody } from './receipt-body';
import { hasValidSignature, signReceipt, type ReceiptSigner } from './signing';
import { subjectHistoryBody } from './subject-history';
import type { AppendOutcome, ReceiptStorage, SignedHead } from './storage/receipt-log';

/** The largest receipt body accepted (SPEC §8: over 16 KiB → 413, refused before parsing). */
export const MAX_RECEIPT_BYTES = 16 * 1024;

const CONSOLE_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

// The console runs only its own script and styles and talks only to this collector: an injected
// script could read the admin token it holds.
const CONSOLE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

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
  clientKey?: ClientKey;
  /** A path prefix the routes live under, such as `/consent`. */
  basePath?: string;
  /**
   * Answers each accepted receipt from a page of the collector's own host with a Set-Cookie that
   * stores the visitor's choice again, as the SDK describes it in its `Consentry-Cookie` header,
   * for the configured lifetime: Safari keeps cookies written by script for seven days only
   * (SPEC §6). Serve the collector behind the site's own origin for it to apply. `true` sets the
   * SDK's default cookie, `consentry`; `{ name }` the one the SDK's `cookie.name` configures. No
   * other name is ever set, whatever the request says. Default false.
   */
  setCookie?: boolean | { name: string };
  /**
   * The console's built files, served at `/admin/` by the collector's `console` handler only (see
   * `readConsoleFiles`). The page is public; everything it shows needs the admin token.
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
  /**
   * The console (with `consoleFiles`, else null) and every route it calls, to serve on an origin
   * of its own: another port or host than the site's (serveCollector opens one). Every script of
   * an origin reads what a page of that origin holds, so the console and the admin token typed
   * into it stay off the site's origin, where `fetch` serves no console.
   */
  console: Pick<Collector, 'fetch'> | null;
}

const invalid = (c: Context, error: string, field: string | null) => c.json({ error, field }, 400);
const invalidQuery = (c: Context, { error, field }: QueryError) => invalid(c, error, field);

/** Every answer is private to its request: not cached, and not sniffed as another type. */
const noStore: MiddlewareHandler = async function noStore(c, next) {
  c.header('Cache-Control', 'no-store');
  c.header('X-Content-Type-Options', 'nosniff');
  await next();
};

/**
 * `POST /v1/receipts` (after receiptBody read its text): checks the receipt, signs it, stores it
 * once, and answers 201 for a new receipt, 200 for a retry of one already stored.
 */
function receiveReceipt({ storage, signer }: CollectorOptions, cookieName: string | null, writes: FailureBurstLog): Handler<{ Bindings: RequestContext; Variables: { body: string } }> {
  return async function storeReceipt(c) {
    let body: unknown;
    try {
      body = JSON.parse(c.var.body);
    } catch {
      return invalid(c, 'the body is not JSON', null);
    }
    const check = checkReceipt(body);
    if (!check.ok) return invalid(c, check.error, check.field);
    const signed = await signReceipt(signer, check.receipt, new Date().toISOString());
    let outcome: AppendOutcome;
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
    if (cookieName !== null) {
      const request = { url: c.req.url, origin: c.req.header('origin'), description: c.req.header(CHOICE_COOKIE_HEADER), cookies: c.req.header('cookie') };
      const cookie = choiceCookieFor(request, check.receipt, cookieName);
      if (cookie) c.header('Set-Cookie', cookie);
    }
    return c.json({ receiptId: record.receiptId, receivedAt, signature }, created ? 201 : 200);
  };
}

/** `GET /admin/*`: the console's files, under a policy that lets the page run only its own script and styles. */
function consoleFile(files: ReadonlyMap<string, Uint8Array>): Handler {
  return function serveConsoleFile(c) {
    const name = c.req.path.slice(c.req.path.indexOf('/admin/') + '/admin/'.length) || 'index.html';
    const file = files.get(name);
    if (!file) return c.json({ error: 'not found' }, 404);
    const type = CONSOLE_TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
    return c.body(file as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': type, 'Content-Security-Policy': CONSOLE_POLICY, 'Referrer-Policy': 'no-referrer' });
  };
}

/**
 * Creates a receipt collector: a `fetch(Request) → Response` handler for SPEC §8's routes.
 * Throws at once on a bad option (an allowed origin that is not an origin, a short admin token, a
 * cookie name the SDK would refuse).
 *
 * @example
 * ```ts
 * import { createCollector, createKeyFileSigner, createSqliteStorage, serveCollector } from '@consentry/collector';
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
  const checkOrigin = originPolicy(options.allowOrigins ?? []);
  const adminOnly = requireAdmin(options.adminToken);
  const cookieName = options.setCookie ? choiceCookieName(options.setCookie) : null;
  const limitRate = options.rateLimit === false ? null : rateLimit(options.rateLimit ?? DEFAULT_RATE_LIMIT, options.clientKey);
  const app = new Hono<{ Bindings: RequestContext }>().basePath(options.basePath ?? '/');
  // A full disk or a read-only file fails every write until it is mended: one line when it starts.
  const writes = createFailureBurstLog('storing receipts');
  const isSigned = (signed: Parameters<typeof hasValidSignature>[1]) => hasValidSignature((message, sig) => signer.verify(message, sig), signed);

  app.onError((error, c) => {
    logError(`${c.req.method} ${c.req.path} failed`, error);
    return c.json({ error: 'internal error' }, 500);
  });
  app.notFound((c) => c.json({ error: 'not found' }, 404));
  app.use(noStore, checkOrigin);

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

  if (limitRate) app.use('/v1/*', limitRate);

  app.get('/v1/public-key', (c) =>
    c.json({
      algorithm: 'Ed25519',
      publicKey: signer.publicKeyPem,
      signatureInput: 'the canonical JSON (RFC 8785) of the stored receipt, or of the signed head, without its signature field',
    }),
  );

  app.post('/v1/receipts', receiptBody(MAX_RECEIPT_BYTES), receiveReceipt(options, cookieName, writes));

  app.get('/v1/subjects/:subjectId/receipts', async (c) => {
    const subjectId = c.req.param('subjectId');
    if (!isUuidV4(subjectId)) return invalid(c, 'subjectId: must be a lower-case version 4 UUID', 'subjectId');
    const before = c.req.query('before');
    if (before !== undefined && !isUuidV4(before)) return invalid(c, 'before: must be the receiptId a page gave as `next`', 'before');
    return c.body(await subjectHistoryBody(storage, subjectId, before), 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });

  app.get('/v1/receipts', adminOnly, (c) => {
    const query = exportQuery((name) => c.req.query(name));
    if ('error' in query) return invalidQuery(c, query);
    return c.body(exportStream(storage.received(query.range), query.format), 200, {
      'Content-Type': EXPORT_CONTENT_TYPES[query.format],
      'Content-Disposition': `attachment; filename="receipts.${query.format}"`,
    });
  });

  app.get('/v1/stats', adminOnly, async (c) => {
    const query = statsQuery((name) => c.req.query(name));
    if ('error' in query) return invalidQuery(c, query);
    return c.json(await storage.stats(query));
  });

  // The latest signed head, public: anyone may keep it and later ask an admin to verify against it.
  app.get('/v1/head', async (c) => {
    const head = await storage.head();
    return head ? c.json(head) : c.json({ error: 'the log is empty: no head is signed yet' }, 404);
  });

  app.get('/v1/verify', adminOnly, async (c) => {
    const sinceText = c.req.query('since');
    let since: SignedHead | undefined;
    if (sinceText !== undefined) {
      const kept = parseKeptHead(sinceText);
      if (!kept) return invalid(c, 'since: must be a signed head as GET /v1/head serves it (its JSON text)', 'since');
      // The collector cannot tell a head signed with a key it no longer has from a forged one; the
      // auditor, who keeps the public key with the head, can.
      if (!(await isSigned(kept))) {
        return invalid(
          c,
          "since: it is not signed with the collector's current key: if it verifies with the public key you kept with it, the collector's key changed since you kept it, and with it the log; if not, the collector never signed it",
          'since',
        );
      }
      since = kept;
    }
    return c.json(await storage.verify({ isSignedReceipt: isSigned, isSignedHead: isSigned, ...(since ? { since } : {}) }));
  });

  const fetch: Collector['fetch'] = async (request, context = {}) => app.fetch(request, context);
  return { fetch, console: options.consoleFiles ? consoleSite(options.consoleFiles, fetch, options.basePath) : null };
}

/** The console's pages at `/admin/`, and the collector's routes (`collector`) for everything else. */
function consoleSite(files: ReadonlyMap<string, Uint8Array>, collector: Collector['fetch'], basePath = '/'): Pick<Collector, 'fetch'> {
  const app = new Hono<{ Bindings: RequestContext }>().basePath(basePath);
  app.use('/admin/*', noStore);
  // Relative asset URLs in the page resolve under /admin/ only with the trailing slash.
  app.get('/admin', (c) => c.redirect(`${c.req.path}/`, 308));
  app.get('/admin/*', consoleFile(files));
  app.notFound((c) => collector(c.req.raw, c.env));
  return { fetch: async (request, context = {}) => app.fetch(request, context) };
}

// A token bucket per client (SPEC §8: over the rate limit → 429). Buckets live in memory only and
// an address is forgotten as soon as its bucket would be full again, so the limiter never keeps a
// client's IP longer than it needs it (the collector stores no IP at all).
import type { MiddlewareHandler } from 'hono';

/** How many requests a client may make: `perMinute` on average, up to `burst` at once. */
export interface RateLimitOptions {
  perMinute: number;
  burst: number;
}

/** The default limit: generous for visitors sharing one address, tight enough to stop a flood. */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { perMinute: 120, burst: 60 };

// Beyond this many clients the least recently seen are dropped (they start again with a full bucket).
const MAX_CLIENTS = 50_000;

interface Bucket {
  tokens: number;
  at: number;
}

/** Takes one token for `client`: 0 when the request may go ahead, otherwise the whole seconds to wait. */
export type TakeToken = (client: string) => number;

/**
 * Creates a token-bucket limiter. `now` is injectable so tests can move time without waiting.
 *
 * @example
 * ```ts
 * const take = createRateLimiter({ perMinute: 120, burst: 60 });
 * const wait = take(address);
 * if (wait > 0) return new Response(null, { status: 429, headers: { 'Retry-After': String(wait) } });
 * ```
 */
export function createRateLimiter({ perMinute, burst }: RateLimitOptions, now: () => number = Date.now): TakeToken {
  const perMs = perMinute / 60_000;
  // Map order is least recently seen first: every take moves the client to the end.
  const buckets = new Map<string, Bucket>();
  const refilled = (bucket: Bucket, time: number) => Math.min(burst, bucket.tokens + (time - bucket.at) * perMs);

  return (client) => {
    const time = now();
    for (const [key, bucket] of buckets) {
      if (refilled(bucket, time) < burst && buckets.size <= MAX_CLIENTS) break;
      buckets.delete(key);
    }
    const previous = buckets.get(client);
    const tokens = previous ? refilled(previous, time) : burst;
    buckets.delete(client);
    if (tokens >= 1) {
      buckets.set(client, { tokens: tokens - 1, at: time });
      return 0;
    }
    buckets.set(client, { tokens, at: time });
    return Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
  };
}

/**
 * The client address behind one trusted reverse proxy: the last address the proxy appended to
 * X-Forwarded-For (earlier entries are the client's own claims and can be forged).
 */
export function forwardedClient(request: Request, remoteAddress: string | undefined): string {
  const forwarded = request.headers
    .get('x-forwarded-for')
    ?.split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return forwarded?.at(-1) ?? remoteAddress ?? 'unknown';
}

/** Which client a request counts against, from the request and the connection's address. */
export type ClientKey = (request: Request, remoteAddress: string | undefined) => string;

/** The client a request counts against when nothing else is said: the connection's address. */
const connectionAddress: ClientKey = (_request, remoteAddress) => remoteAddress ?? 'unknown';

/**
 * The rate limit as middleware: a client (by `clientKey`, the connection's address by default)
 * over `limit` gets 429 with the seconds to wait in Retry-After.
 */
export function rateLimit(limit: RateLimitOptions, clientKey: ClientKey = connectionAddress): MiddlewareHandler<{ Bindings: { remoteAddress?: string } }> {
  const takeToken = createRateLimiter(limit);
  return async function limitRate(c, next) {
    const wait = takeToken(clientKey(c.req.raw, c.env.remoteAddress));
    if (wait > 0) return c.json({ error: 'too many requests' }, 429, { 'Retry-After': String(wait) });
    return next();
  };
}

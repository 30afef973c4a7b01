// The CORS allow-list (SPEC §8: origin not allowed → 403). Browsers send Origin on every
// cross-origin request and on same-origin POSTs; requests without it (curl, server-to-server)
// are not from a web page another site controls, so the allow-list has nothing to decide.
import type { MiddlewareHandler } from 'hono';

/** Checks and normalises the allow-list; throws naming the first entry that is not an origin. */
function normaliseOrigins(origins: readonly string[]): Set<string> {
  return new Set(
    origins.map((origin) => {
      let parsed: URL | null = null;
      try {
        parsed = new URL(origin);
      } catch {
        // Reported below with every other malformed entry.
      }
      // Scheme, host and port only: a path, query, fragment or credentials mean it is a URL, not an origin.
      if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.href !== `${parsed.origin}/`) {
        throw new Error(`allowOrigins: ${JSON.stringify(origin)} is not an origin such as https://example.com`);
      }
      return parsed.origin;
    }),
  );
}

/** Whether a request with this Origin header may be served: no Origin, the collector's own origin, or a listed one. */
function isOriginAllowed(origin: string | undefined, requestUrl: string, allowed: ReadonlySet<string>): boolean {
  return origin === undefined || allowed.has(origin) || origin === new URL(requestUrl).origin;
}

/** Headers that let an allowed page read the response, including Retry-After for its outbox backoff. */
function corsHeaders(origin: string): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': 'Retry-After',
    Vary: 'Origin',
  };
}

/** The answer to a preflight from an allowed origin: receipts are posted as JSON, nothing needs cookies. */
function preflightHeaders(origin: string): Record<string, string> {
  return {
    ...corsHeaders(origin),
    'Access-Control-Allow-Methods': 'GET, POST',
    'Access-Control-Allow-Headers': 'Content-Type, Authorization',
    'Access-Control-Max-Age': '600',
  };
}

/**
 * The origin check and CORS as middleware: a request from an origin that is neither the
 * collector's own nor in `allowOrigins` gets 403, a preflight from an allowed one its 204, and
 * other requests from a page the headers that let it read the answer. Throws at once when an entry
 * of `allowOrigins` is not an origin.
 */
export function originPolicy(allowOrigins: readonly string[]): MiddlewareHandler {
  const allowed = normaliseOrigins(allowOrigins);
  return async function checkOrigin(c, next) {
    const origin = c.req.header('origin');
    if (!isOriginAllowed(origin, c.req.url, allowed)) return c.json({ error: 'origin not allowed' }, 403);
    if (origin === undefined) return next();
    if (c.req.method === 'OPTIONS') return c.body(null, 204, preflightHeaders(origin));
    for (const [name, value] of Object.entries(corsHeaders(origin))) c.header(name, value);
    return next();
  };
}

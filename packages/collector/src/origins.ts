// The CORS allow-list (SPEC §8: origin not allowed → 403). Browsers send Origin on every
// cross-origin request and on same-origin POSTs; requests without it (curl, server-to-server)
// are not from a web page another site controls, so the allow-list has nothing to decide.

/** Checks and normalises the allow-list; throws naming the first entry that is not an origin. */
export function normaliseOrigins(origins: readonly string[]): Set<string> {
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
export function isOriginAllowed(origin: string | undefined, requestUrl: string, allowed: ReadonlySet<string>): boolean {
  return origin === undefined || allowed.has(origin) || origin === new URL(requestUrl).origin;
}

/** Headers that let an allowed page read the response, including Retry-After for its outbox backoff. */
export function corsHeaders(origin: string): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': 'Retry-After',
    Vary: 'Origin',
  };
}

/** The answer to a preflight from an allowed origin: receipts are posted as JSON, nothing needs cookies. */
export function preflightHeaders(origin: string): Record<string, string> {
  return {
    ...corsHeaders(origin),
    'Access-Control-Allow-Methods': 'GET, POST',
    'Access-Control-Allow-Headers': 'Content-Type, Authorization',
    'Access-Control-Max-Age': '600',
  };
}

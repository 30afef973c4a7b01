// The admin bearer token (SPEC §8: export and verify need it). Both sides are hashed with SHA-256
// before comparing, and the digests are compared in constant time: how long the check takes
// reveals neither how many leading characters matched nor the token's length.
import type { MiddlewareHandler } from 'hono';

/** The shortest admin token accepted: shorter ones are guessable over the network. */
export const MIN_ADMIN_TOKEN_LENGTH = 16;

const encoder = new TextEncoder();

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

/**
 * Creates the check for `Authorization: Bearer <token>` headers; with no token configured every
 * header is refused (admin routes are off). Throws when the token is too short.
 */
function createAdminCheck(token: string | undefined): (authorization: string | undefined) => Promise<boolean> {
  if (token !== undefined && token.length < MIN_ADMIN_TOKEN_LENGTH) {
    throw new Error(`adminToken must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters long`);
  }
  const expected = token === undefined ? null : sha256(token);
  return async (authorization) => {
    if (expected === null) return false;
    const match = /^Bearer (.+)$/.exec(authorization ?? '');
    const given = await sha256(match?.[1] ?? '');
    const wanted = await expected;
    let difference = 0;
    for (let index = 0; index < wanted.length; index += 1) difference |= wanted[index]! ^ given[index]!;
    return difference === 0;
  };
}

/**
 * Admin auth as middleware: a request without `Authorization: Bearer <token>` gets 401, saying
 * whether admin routes are off (no token configured). Throws at once when the token is too short.
 */
export function requireAdmin(token: string | undefined): MiddlewareHandler {
  const isAdmin = createAdminCheck(token);
  const error = token === undefined ? 'admin routes are off: no admin token is configured' : 'a valid admin bearer token is required';
  return async function checkAdmin(c, next) {
    if (await isAdmin(c.req.header('authorization'))) return next();
    return c.json({ error }, 401, { 'WWW-Authenticate': 'Bearer realm="consentry-collector"' });
  };
}

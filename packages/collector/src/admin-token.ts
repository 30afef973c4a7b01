// The admin bearer token (SPEC §8: export and verify need it). Both sides are hashed with SHA-256
// before comparing, and the digests are compared in constant time: how long the check takes
// reveals neither how many leading characters matched nor the token's length.

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
export function createAdminCheck(token: string | undefined): (authorization: string | undefined) => Promise<boolean> {
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

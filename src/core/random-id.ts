// Identifiers for the pseudonymous subject and for receipts. Both come from the platform CSPRNG;
// Math.random is never used, because a guessable subject id would let one visitor's receipts be
// attributed to another.

function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** A random RFC 4122 version-4 UUID, from crypto.randomUUID where it exists (secure contexts only). */
export function randomUuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = randomBytes(16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A pseudonymous subject id: 128 random bits as 22 base64url characters, compact enough for the cookie. */
export function randomSubjectId(): string {
  return btoa(String.fromCharCode(...randomBytes(16)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

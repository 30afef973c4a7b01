// Identifiers for the pseudonymous subject and for receipts: both are UUID v4 from the platform CSPRNG;
// Math.random is never used, because a guessable subject id would let one visitor's receipts be
// attributed to another.

/** A random RFC 4122 version-4 UUID, from crypto.randomUUID where it exists (secure contexts only). */
export function randomUuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return dashUuid(Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(''));
}

/** Inserts the dashes of the canonical UUID form into 32 hex digits. */
export function dashUuid(hex: string): string {
  return hex.replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}

// The admin token, held by this page only: in memory, never in web storage, which every script of
// the origin reads, and never in a URL, where it would reach histories, logs and Referer headers.
// api.ts sends it as a bearer header. A reload or another tab asks for it again; null forgets it.
import { signal } from '@preact/signals';

/** The token the collector accepted, or null while the console asks for one. */
export const adminToken = signal<string | null>(null);

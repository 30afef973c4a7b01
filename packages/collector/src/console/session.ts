// The admin token for this tab only: sessionStorage (gone when the tab closes, never shared with
// other tabs), sent as a bearer header by api.ts and never put in a URL, where it would reach
// histories, logs and Referer headers.
import { signal } from '@preact/signals';

const KEY = 'consentry-admin-token';

function stored(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    // Storage may be disabled; the token then lasts until the page is left.
    return null;
  }
}

/** The token the collector accepted, or null while the console asks for one. */
export const adminToken = signal<string | null>(stored());

/** Keeps an accepted token for the tab, or forgets it (null). */
export function keepToken(token: string | null): void {
  adminToken.value = token;
  try {
    if (token === null) sessionStorage.removeItem(KEY);
    else sessionStorage.setItem(KEY, token);
  } catch {
    // As above: kept in memory only.
  }
}

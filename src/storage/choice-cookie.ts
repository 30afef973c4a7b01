import { decodeChoice, encodeChoice, type StoredChoice } from './cookie-codec';

/** Where the choice cookie lives. */
export interface CookieOptions {
  name: string;
  domain: string | null;
  maxAgeDays: number;
}

/**
 * The stored choice in its first-party cookie (SPEC §6), the only module that reads or writes it
 * (STYLE 8). The value is built only from cookie-safe characters (see cookie-codec), so it needs
 * no encoding layer. The environment never throws here (STYLE 6): no `document` (SSR), cookies
 * disabled, or a corrupt value all read as "no decision yet", and a write that cannot happen is
 * dropped.
 */
export function createChoiceStore({ name, domain, maxAgeDays }: CookieOptions) {
  return {
    read(): StoredChoice | null {
      try {
        const entry = document.cookie.split(/; */).find((cookie) => cookie.startsWith(name + '='));
        return decodeChoice(entry?.slice(name.length + 1));
      } catch {
        return null;
      }
    },
    write(choice: StoredChoice): void {
      try {
        document.cookie =
          `${name}=${encodeChoice(choice)}; Path=/; Max-Age=${maxAgeDays * 86400}; SameSite=Lax` +
          (domain ? '; Domain=' + domain : '') +
          (location.protocol === 'https:' ? '; Secure' : '');
      } catch {
        // Cookies disabled or no document: the decision lives for this page only.
      }
    },
  };
}

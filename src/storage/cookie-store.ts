import Cookies from 'js-cookie';
import { decodeChoice, encodeChoice, type StoredChoice } from './cookie-codec';

/** Where the choice cookie lives. */
export interface CookieOptions {
  name: string;
  domain: string | null;
  maxAgeDays: number;
}

/**
 * The stored choice in its first-party cookie. This is the only module that imports js-cookie
 * (STYLE 8). The environment never throws here (STYLE 6): no `document` (SSR), cookies disabled,
 * or a corrupt value all read as "no decision yet", and a write that cannot happen is dropped.
 */
export function createChoiceStore(options: CookieOptions) {
  const attributes = () => ({
    path: '/',
    sameSite: 'Lax' as const,
    secure: location.protocol === 'https:',
    expires: options.maxAgeDays,
    ...(options.domain ? { domain: options.domain } : {}),
  });
  return {
    read(): StoredChoice | null {
      try {
        return typeof document === 'undefined' ? null : decodeChoice(Cookies.get(options.name));
      } catch {
        return null;
      }
    },
    write(choice: StoredChoice): void {
      try {
        if (typeof document !== 'undefined') Cookies.set(options.name, encodeChoice(choice), attributes());
      } catch {
        // Cookies disabled or blocked: the decision lives for this page only.
      }
    },
  };
}

export type ChoiceStore = ReturnType<typeof createChoiceStore>;

// Google Consent Mode v2 (SPEC §5). This module owns one outside thing, `window.dataLayer`: it is
// the queue Google's tags read by contract (gtag.js and GTM both drain it), so reaching it here,
// rather than having each entry point hand it in, gives the script-tag, ESM and headless builds
// the same behaviour. It never calls `window.gtag`, which a page may define after us or not at all.
import type { Consent, ConsentInternals } from './consent';
import type { ConsentState } from './decision';

declare global {
  interface Window {
    dataLayer?: unknown[];
  }
}

/** A Consent Mode type that a category can grant (`security_storage` is always granted). */
export type ConsentType =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage';

/**
 * SPEC §5: each built-in category grants its storage type; the three ad types follow a
 * `marketing` category when the site declares one, and otherwise can never be granted.
 */
export const DEFAULT_CONSENT_TYPES: Record<string, ConsentType[]> = {
  functional: ['functionality_storage'],
  personalization: ['personalization_storage'],
  analytics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

export const CONSENT_TYPES = Object.values(DEFAULT_CONSENT_TYPES).flat();

/**
 * Sends the Consent Mode `default` (everything denied but `security_storage`) at once, so it
 * precedes every tag later in the page, then an `update` and a `consentry_update` dataLayer event
 * for the stored decision and for every decision after it. Listens through `internals`, so
 * `consent.destroy()` ends it.
 */
export function startConsentMode(consent: Consent, { settings, onDecision }: ConsentInternals): void {
  // gtag.js takes only Arguments objects in dataLayer as commands (a plain array is data), so this
  // is Google's own `function gtag(){dataLayer.push(arguments)}`.
  function gtag(..._command: unknown[]): void {
    push(arguments);
  }
  const push = (entry: unknown) => (window.dataLayer = window.dataLayer || []).push(entry);

  const update = ({ categories }: ConsentState) => {
    // A type mapped from several categories needs all of them (fail closed, like data-category).
    const granted: Record<string, boolean> = {};
    for (const [name, types] of Object.entries(settings.consentModeTypes)) {
      for (const type of types) granted[type] = granted[type] !== false && categories[name] === true;
    }
    gtag('consent', 'update', Object.fromEntries(CONSENT_TYPES.map((type) => [type, granted[type] ? 'granted' : 'denied'])));
    push({ event: 'consentry_update', consentry: categories });
  };

  gtag('consent', 'default', {
    ...Object.fromEntries(CONSENT_TYPES.map((type) => [type, 'denied'])),
    security_storage: 'granted',
    wait_for_update: settings.consentModeWait,
  });
  if (consent.state.decided) update(consent.state);
  onDecision(({ state }) => update(state));
}

// Google Consent Mode v2 (SPEC §5). This module owns one outside thing, `window.dataLayer`: it is
// the queue Google's tags read by contract (gtag.js and GTM both drain it), so reaching it here,
// rather than having each entry point hand it in, gives the script-tag, ESM and headless builds
// the same behaviour. It never calls `window.gtag`, which a page may define after us or not at all.
import type { Consent, ConsentInternals } from '../model/consent';
import type { ConsentState } from '../model/decision';
import { CONSENT_TYPES } from '../model/consent-mode-types';

declare global {
  interface Window {
    dataLayer?: unknown[];
  }
}


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

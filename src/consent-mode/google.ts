// Google Consent Mode v2 (SPEC §5), and beside it Microsoft UET's (microsoft.ts), from the same
// decisions. Google's commands go to `window.dataLayer`, the queue Google's tags read by contract
// (gtag.js and GTM both drain it), so reaching it here (page-queues.ts), rather than having each
// entry point hand it in, gives the script-tag, ESM and headless builds the same behaviour.
import { effect, untracked, type ReadonlySignal } from '@preact/signals-core';
import type { Settings } from '../model/config';
import type { ConsentState } from '../model/decision';
import { CONSENT_TYPES } from '../model/consent-mode-types';
import { uetConsent } from './microsoft';
import { pushTo } from './page-queues';

/**
 * Sends the Consent Mode `default` (everything denied but `security_storage`; UET's `ad_storage`
 * denied) at once, so it precedes every tag later in the page, then an `update` (Google's and
 * UET's) and a `consentry_update` dataLayer event for the stored decision and for every decision
 * after it (each one a new `state`). Returns the function that stops it (`consent.destroy()`).
 */
export function startConsentMode(settings: Settings, state: ReadonlySignal<ConsentState>): () => void {
  // gtag.js takes only Arguments objects in dataLayer as commands (a plain array is data), so this
  // is Google's own `function gtag(){dataLayer.push(arguments)}`.
  function gtag(..._command: unknown[]): void {
    // biome-ignore lint/complexity/noArguments: gtag.js reads only Arguments objects from dataLayer, never arrays.
    pushTo('dataLayer', arguments);
  }

  const update = ({ categories }: ConsentState) => {
    // A type mapped from several categories needs all of them (fail closed, like data-category).
    const granted: Record<string, boolean> = {};
    for (const [name, types] of Object.entries(settings.consentModeTypes)) {
      // Own properties only: a name the site does not configure (`marketing`) must not find a
      // value that a polluted Object.prototype lends every object.
      for (const type of types) granted[type] = granted[type] !== false && Object.hasOwn(categories, name) && categories[name] === true;
    }
    gtag('consent', 'update', Object.fromEntries(CONSENT_TYPES.map((type) => [type, granted[type] ? 'granted' : 'denied'])));
    uetConsent('update', granted.ad_storage === true);
    pushTo('dataLayer', { event: 'consentry_update', consentry: categories });
  };

  gtag('consent', 'default', {
    ...Object.fromEntries(CONSENT_TYPES.map((type) => [type, 'denied'])),
    security_storage: 'granted',
    wait_for_update: settings.consentModeWait,
  });
  uetConsent('default', false);
  // The stored decision now (none yet: nothing to update), then every decision, withdrawals included.
  let first = true;
  return effect(() => {
    const current = state.value;
    if (!first || current.decided) untracked(() => update(current));
    first = false;
  });
}

// 'consentry/core': state, storage, gating and receipts without any interface and without Preact.
import { normaliseConfig, type ConsentConfig } from './model/config';
import { startConsent } from './instance/consent';
import type { Consent } from './model/consent';

/**
 * Creates a headless consent instance: the same API as `consentry`, but `showBanner()` and
 * `showPreferences()` only change `view` (and emit `view` events) for your own interface to follow.
 *
 * @example
 * ```ts
 * import { createConsent } from 'consentry/core';
 * const consent = createConsent({ revision: '2026-01' });
 * consent.on('view', (view) => myBanner.toggle(view === 'banner'));
 * myAcceptButton.onclick = () => consent.acceptAll();
 * ```
 */
export function createConsent(config: ConsentConfig = {}): Consent {
  return startConsent(normaliseConfig([{ from: 'createConsent()', config }]));
}

export type { CategoryConfig, ConsentConfig, CookieConfig, LocalisedText, UiConfig } from './model/config';
export type { Consent, ConsentEvents, View } from './model/consent';
export type { ConsentState, Method } from './model/decision';

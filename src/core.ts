// 'consentry/core': state, storage, gating and receipts without any interface and without Preact.
import { normaliseConfig, type CategoryNames, type ConsentConfig, type ServiceNames } from './model/config';
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
// biome-ignore lint/complexity/noBannedTypes: `{}` is the configuration given without categories, whose names are then the defaults (CategoryNames).
export function createConsent<const Config extends ConsentConfig = {}>(config?: Config): Consent<CategoryNames<Config['categories']>, ServiceNames<Config['categories']>> {
  // The names are the ones normaliseConfig keeps (CategoryNames mirrors it); startConsent knows
  // them only as strings.
  return startConsent(normaliseConfig([{ from: 'createConsent()', config: config ?? {} }]), () => import('./receipts/start-receipts')) as Consent<
    CategoryNames<Config['categories']>,
    ServiceNames<Config['categories']>
  >;
}

export type { CategoryConfig, ConsentConfig, CookieConfig, LocalisedText, UiConfig } from './model/config';
export type { Consent, ConsentEvents, ReceiptEvent, View } from './model/consent';
export type { ConsentState, Method } from './model/decision';
export type { Receipt } from './model/receipt-schema';

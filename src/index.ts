// 'consentry': the consent API with its interface, which is imported only when it must show.
import { normaliseConfig, type ConsentConfig } from './model/config';
import { startConsent } from './instance/consent';
import type { Consent } from './model/consent';

/**
 * Creates a consent instance. When no valid decision is stored, the banner opens; the interface
 * (Preact) is loaded on demand, so a returning visitor does not download it.
 *
 * @example
 * ```ts
 * import { createConsent } from 'consentry';
 * const consent = createConsent({ endpoint: '/consent/v1/receipts', policyUrl: '/privacy', revision: '2026-01' });
 * if (consent.allowed('analytics')) startAnalytics();
 * consent.on('change', (state) => state.categories.analytics && startAnalytics());
 * ```
 */
export function createConsent(config: ConsentConfig = {}): Consent {
  return startConsent(normaliseConfig([{ from: 'createConsent()', config }]), () => import('./ui/mount'));
}

export type { CategoryConfig, ConsentConfig, CookieConfig, LocalisedText, UiConfig } from './model/config';
export type { Consent, ConsentEvents, View } from './model/consent';
export type { ConsentState, Method } from './model/decision';

// 'consentry': the consent API with its interface, which is imported only when it must show.
import { normaliseConfig, type CategoryNames, type ConsentConfig, type ServiceNames } from './model/config';
import { startConsent } from './instance/consent';
import type { Consent } from './model/consent';

/**
 * Creates a consent instance. When no valid decision is stored, the banner opens; the interface
 * (Preact) is loaded on demand, so a returning visitor does not download it. Without a document
 * (server rendering) it never loads the interface and keeps state only. The configured category
 * names type `state.categories`, `allowed()` and `set()`: a misspelt name does not compile.
 *
 * @example
 * ```ts
 * import { createConsent } from 'consentry';
 * const consent = createConsent({ endpoint: '/consent/v1/receipts', policyUrl: '/privacy', revision: '2026-01' });
 * if (consent.allowed('analytics')) startAnalytics();
 * consent.set({ analytcs: true }); // type error: 'analytcs' is not a category
 * consent.on('change', (state) => state.categories.analytics && startAnalytics());
 * ```
 */
// biome-ignore lint/complexity/noBannedTypes: `{}` is the configuration given without categories, whose names are then the defaults (CategoryNames).
export function createConsent<const Config extends ConsentConfig = {}>(config?: Config): Consent<CategoryNames<Config['categories']>, ServiceNames<Config['categories']>> {
  // The names are the ones normaliseConfig keeps (CategoryNames mirrors it); startConsent knows
  // them only as strings.
  return startConsent(
    normaliseConfig([{ from: 'createConsent()', config: config ?? {} }]),
    () => import('./receipts/start-receipts'),
    () => import('./ui/island'),
  ) as Consent<CategoryNames<Config['categories']>, ServiceNames<Config['categories']>>;
}

export type { CategoryConfig, ConsentConfig, CookieConfig, LocalisedText, UiConfig } from './model/config';
export type { Consent, ConsentEvents, ReceiptEvent, View } from './model/consent';
export type { ConsentState, Method } from './model/decision';
export type { Receipt } from './model/receipt-schema';

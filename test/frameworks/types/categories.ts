// Type tests (issue 20): the configured category names type state.categories, allowed(), set()
// and the events, so a misspelt name does not compile. Every @ts-expect-error line must be an
// error, or tsc fails (test/unit/package/framework-types.test.ts). Never run, only compiled.
import { createConsent, type ConsentConfig, type ConsentState, type Receipt, type ReceiptEvent } from 'consentry';
import { createConsent as createHeadless } from 'consentry/core';
import { useConsent } from 'consentry/react';

// An exact list, with `as const` or without (createConsent's type parameter is const).
const listed = createConsent({ categories: ['functional', 'analytics'] as const });
listed.allowed('analytics');
listed.allowed('necessary');
// @ts-expect-error a misspelt category
listed.allowed('analytcs');
// @ts-expect-error a category this configuration does not have
listed.allowed('personalization');
listed.set({ functional: true, analytics: false });
// @ts-expect-error a misspelt category
listed.set({ functionl: true });
const granted: boolean = listed.state.categories.analytics && listed.state.categories.necessary;
// @ts-expect-error not a category of this instance
void listed.state.categories.personalization;
listed.on('change', (state) => state.categories.functional);
// @ts-expect-error not a category of this instance
listed.on('ready', (state) => state.categories.marketing);

const inferred = createHeadless({ categories: ['analytics'] });
inferred.allowed('analytics');
// @ts-expect-error only analytics was configured
inferred.allowed('functional');

// No categories: the defaults.
const defaults = createConsent();
defaults.set({ functional: true, personalization: false, analytics: true });
// @ts-expect-error marketing is not a default category
defaults.allowed('marketing');

// Definitions add to the defaults; `false` removes one.
const defined = createConsent({ categories: { marketing: { label: { en: 'Marketing' } }, functional: false } });
defined.allowed('marketing');
defined.allowed('analytics');
// @ts-expect-error removed with `false`
defined.allowed('functional');

// Services declared inside a category (SPEC §9) are names too, in allowed(), set() and state.services.
const withServices = createConsent({ categories: { analytics: { services: { ga4: { label: 'Google Analytics' }, matomo: {} } } } });
withServices.allowed('ga4');
withServices.set({ analytics: true, matomo: false });
const ga4: boolean = withServices.state.services.ga4;
// @ts-expect-error a misspelt service
withServices.allowed('ga5');
// @ts-expect-error a misspelt service
withServices.set({ matomoo: false });

// A configuration only known as ConsentConfig (say, loaded from JSON) accepts any name.
declare const loaded: ConsentConfig;
createConsent(loaded).allowed('anything');

// The React binding keeps the names.
function Statistics(): boolean {
  const state: ConsentState<'functional' | 'analytics'> = useConsent(listed);
  // @ts-expect-error not a category of this instance
  void state.categories.personalization;
  return state.categories.analytics;
}

// The receipt types are exported for `on('receipt')` listeners.
listed.on('receipt', (event: ReceiptEvent) => {
  const receipt: Receipt = event.receipt;
  return receipt.receiptId;
});

export { ga4, granted, Statistics };

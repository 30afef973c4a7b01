// Global Privacy Control (SPEC §3): a legally binding opt-out in several US states (California's
// CCPA regulations, § 7025) and an unambiguous refusal under the GDPR. startConsent applies the rule;
// every decision's receipt carries the signal as it was (SPEC §7 `signals.gpc`), whatever the mode.

/** Whether the browser sends Global Privacy Control; false where there is no navigator (server rendering). */
export function readGpc(): boolean {
  return typeof navigator !== 'undefined' && (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
}

// The vocabulary of Consent Mode (SPEC §5) that the configuration is checked against
// (`consentModeTypes`) and that src/consent-mode/ sends.

/** A Consent Mode type that a category can grant (`security_storage` is always granted). */
export type ConsentType = 'ad_storage' | 'ad_user_data' | 'ad_personalization' | 'analytics_storage' | 'functionality_storage' | 'personalization_storage';

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

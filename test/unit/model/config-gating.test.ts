import { afterEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_CONSENT_TYPES } from '../../../src/model/consent-mode-types';
import { settingsOf } from '../consent-harness';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('configuration of gating and Consent Mode', () => {
  test('defaults: wait_for_update 500 ms, the SPEC §5 mapping, no nonce sharing', () => {
    expect(settingsOf({})).toMatchObject({
      consentModeWait: 500,
      consentModeTypes: {
        functional: ['functionality_storage'],
        personalization: ['personalization_storage'],
        analytics: ['analytics_storage'],
        marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
      },
      shareNonce: false,
    });
  });

  test('valid values are taken', () => {
    const types = { analytics: ['analytics_storage'], marketing: [] };
    expect(settingsOf({ consentModeWait: 0, consentModeTypes: types, shareNonce: true })).toMatchObject({
      consentModeWait: 0,
      consentModeTypes: types,
      shareNonce: true,
    });
  });

  test.each([
    ['consentModeWait', -1, 'a whole number from 0 to 10000'],
    ['consentModeWait', 10_001, 'a whole number from 0 to 10000'],
    ['consentModeWait', '500', 'a whole number from 0 to 10000'],
    ['consentModeTypes', { analytics: ['analytics'] }, '{ category: ['],
    ['consentModeTypes', { analytics: 'analytics_storage' }, '{ category: ['],
    ['consentModeTypes', { necessary: ['security_storage'] }, '{ category: ['],
    ['consentModeTypes', [], '{ category: ['],
    ['shareNonce', 'true', 'true or false'],
  ])('%s = %j is one clear error, and the default stays', (option, value, accepted) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const settings = settingsOf({ [option]: value });
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0]![0]).toContain(`invalid option ${option} = ${JSON.stringify(value)} in test; expected ${accepted}`);
    expect(settings).toMatchObject({ consentModeWait: 500, consentModeTypes: DEFAULT_CONSENT_TYPES, shareNonce: false });
  });
});

import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ConsentConfig } from '../../../src/model/config';
import { ALL_DENIED } from '../../fixtures/consent-mode';
import { fakeUi, resetPage, start } from '../consent-harness';

afterEach(() => {
  delete window.dataLayer;
  resetPage();
});

/** dataLayer as gtag.js reads it: Arguments objects are commands (shown as arrays), anything else is data. */
function dataLayer(): unknown[] {
  return (window.dataLayer ?? []).map((entry) => (Object.prototype.toString.call(entry) === '[object Arguments]' ? ['command', ...(entry as IArguments)] : entry));
}

const startWithConsentMode = (config: ConsentConfig = {}) => start({ consentMode: true, ...config });

describe('Google Consent Mode v2 (SPEC §5)', () => {
  test('is off by default: nothing reaches dataLayer', () => {
    start().acceptAll();
    expect(window.dataLayer).toBeUndefined();
  });

  test('the default command, everything denied but security_storage, is sent while the instance starts', () => {
    startWithConsentMode();
    expect(dataLayer()).toEqual([['command', 'consent', 'default', { ...ALL_DENIED, security_storage: 'granted', wait_for_update: 500 }]]);
  });

  test('a page that already has dataLayer keeps it, and wait_for_update is configurable', () => {
    const existing: unknown[] = [{ event: 'gtm.js' }];
    window.dataLayer = existing;
    startWithConsentMode({ consentModeWait: 2000 });
    expect(window.dataLayer).toBe(existing);
    expect(dataLayer()[1]).toEqual(['command', 'consent', 'default', expect.objectContaining({ wait_for_update: 2000 })]);
  });

  test('every decision sends an update and a consentry_update event', () => {
    const consent = startWithConsentMode();
    consent.set({ analytics: true });
    consent.withdraw();
    expect(dataLayer().slice(1)).toEqual([
      ['command', 'consent', 'update', { ...ALL_DENIED, analytics_storage: 'granted' }],
      { event: 'consentry_update', consentry: { necessary: true, functional: false, personalization: false, analytics: true } },
      ['command', 'consent', 'update', ALL_DENIED],
      { event: 'consentry_update', consentry: { necessary: true, functional: false, personalization: false, analytics: false } },
    ]);
  });

  test('a stored decision is sent as an update right after the default, on every page', () => {
    start().set({ functional: true, personalization: true });
    delete window.dataLayer;
    startWithConsentMode();
    expect(dataLayer()).toEqual([
      ['command', 'consent', 'default', expect.anything()],
      ['command', 'consent', 'update', { ...ALL_DENIED, functionality_storage: 'granted', personalization_storage: 'granted' }],
      { event: 'consentry_update', consentry: { necessary: true, functional: true, personalization: true, analytics: false } },
    ]);
  });

  test('the ad types stay denied without a marketing category, and follow it when one is declared', () => {
    startWithConsentMode().acceptAll();
    expect(dataLayer()[1]).toEqual(['command', 'consent', 'update', { ...ALL_DENIED, analytics_storage: 'granted', functionality_storage: 'granted', personalization_storage: 'granted' }]);
    resetPage();
    delete window.dataLayer;
    const consent = startWithConsentMode({ categories: { marketing: { label: 'Marketing' } } });
    consent.set({ marketing: true });
    expect(dataLayer()[1]).toEqual(['command', 'consent', 'update', { ...ALL_DENIED, ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' }]);
  });

  test('a custom mapping replaces the default one; a type mapped from two categories needs both', () => {
    const consent = startWithConsentMode({
      consentModeTypes: { analytics: ['analytics_storage', 'ad_user_data'], personalization: ['ad_user_data'] },
    });
    consent.set({ personalization: true, functional: true });
    expect(dataLayer()[1]).toEqual(['command', 'consent', 'update', ALL_DENIED]);
    consent.set({ personalization: false, analytics: true });
    expect(dataLayer()[3]).toEqual(['command', 'consent', 'update', { ...ALL_DENIED, analytics_storage: 'granted' }]);
    consent.set({ personalization: true });
    expect(dataLayer()[5]).toEqual(['command', 'consent', 'update', { ...ALL_DENIED, analytics_storage: 'granted', ad_user_data: 'granted' }]);
  });

  test('a GPC refusal at start-up is sent as an update after the default', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, value: true });
    try {
      startWithConsentMode();
    } finally {
      Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, value: undefined });
    }
    expect(dataLayer().slice(0, 2)).toEqual([
      ['command', 'consent', 'default', expect.anything()],
      ['command', 'consent', 'update', ALL_DENIED],
    ]);
  });

  test('after destroy nothing more is sent', () => {
    const consent = startWithConsentMode();
    consent.destroy();
    consent.acceptAll();
    expect(dataLayer()).toHaveLength(1);
  });
});

describe('a broken tag manager', () => {
  test('a dataLayer.push that throws is reported, and the loader still starts, records, stores, announces, sends and applies', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    window.dataLayer = Object.assign([], {
      push() {
        throw new Error('GTM exploded');
      },
    });
    const tagged = document.createElement('img');
    tagged.dataset.category = 'analytics';
    tagged.dataset.src = '/pixel.gif';
    document.body.append(tagged);
    const { loadUi } = fakeUi();
    const consent = start({ consentMode: true }, loadUi);
    // Started: the banner is asked for despite the failed default command.
    expect(consent.view).toBe('banner');
    expect(loadUi).toHaveBeenCalled();
    const changes: unknown[] = [];
    const receipts: unknown[] = [];
    consent.on('change', (state) => changes.push(state));
    consent.on('receipt', ({ receipt }) => receipts.push(receipt));
    document.addEventListener('consentry:change', (event) => changes.push((event as CustomEvent).detail), { once: true });

    expect(() => consent.acceptAll()).not.toThrow();
    expect(consent.state).toMatchObject({ decided: true, categories: { analytics: true } });
    expect(document.cookie).toMatch(/consentry=2\./);
    expect(changes).toEqual([consent.state, consent.state]);
    expect(tagged.getAttribute('src')).toBe('/pixel.gif');
    await vi.waitFor(() => expect(receipts).toHaveLength(1));
    expect(errors.mock.calls.flat().join('\n')).toMatch(/Consentry: window\.dataLayer\.push failed \(Error: GTM exploded\)/);
  });
});

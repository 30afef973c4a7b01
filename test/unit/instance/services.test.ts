// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
// Services inside categories (SPEC §9) through the real core: configuration, decisions, gating,
// the stored choice, receipts and Microsoft UET consent mode.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ConsentConfig } from '../../../src/model/config';
import { checkReceipt } from '../../../src/model/receipt-schema';
import { decodeChoice, encodeChoice } from '../../../src/storage/cookie-codec';
import { receiptsOf, resetPage, settingsOf, start as startInstance } from '../consent-harness';

const SERVICES: ConsentConfig = {
  consentMode: true,
  categories: {
    analytics: {
      cookies: ['_stats'],
      services: {
        ga4: { label: 'Google Analytics', cookies: [{ name: '_ga', provider: 'Google', purpose: 'Distinguishes visitors', duration: '2 years' }, '/^_ga_/'] },
        matomo: { label: 'Matomo', cookies: ['/^_pk_/'] },
      },
    },
    marketing: { services: { bing: { label: 'Microsoft Advertising', cookies: ['_uetsid'] } } },
  },
};

/** An instance without an interface, configured with SERVICES unless told otherwise. */
const start = (config: ConsentConfig = SERVICES) => startInstance(config);

const cookieValue = () =>
  document.cookie
    .split('; ')
    .find((cookie) => cookie.startsWith('consentry='))
    ?.slice('consentry='.length);

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  resetPage();
  delete window.uetq;
  delete window.dataLayer;
});

describe('configuration', () => {
  test('services belong to their category, with their cookies as names and patterns', () => {
    const settings = settingsOf(SERVICES);
    const analytics = settings.categories.find(({ name }) => name === 'analytics')!;
    expect(analytics.services.map(({ name }) => name)).toEqual(['ga4', 'matomo']);
    expect(analytics.services[0]!.cookies).toEqual(['_ga', /^_ga_/]);
    expect(errors).not.toHaveBeenCalled();
  });

  test.each([
    ['a service named like a category', { analytics: { services: { ga4: {}, functional: {} } } }, 'functional'],
    ['a service in two categories', { analytics: { services: { ga4: {} } }, marketing: { services: { ga4: {} } } }, 'ga4'],
  ])('%s: one console error; the configuration is refused, so nothing of it grants (fail closed)', (_, categories, name) => {
    document.body.innerHTML = `<script type="text/plain" data-service="ga4">window.ranClash = true</script>`;
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const consent = start({ categories } as ConsentConfig);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toContain(`invalid option categories = "${name}"`);
    expect(String(errors.mock.calls[0]![0])).toContain('each name used once');
    consent.acceptAll();
    expect(consent.state.services).toEqual({});
    expect(Object.keys(consent.state.categories)).toEqual(['necessary', 'functional', 'personalization', 'analytics']);
    expect((window as { ranClash?: boolean }).ranClash).toBeUndefined();
  });

  test('a bad service definition is one error naming it', () => {
    settingsOf({ categories: { analytics: { services: { ga4: { cookies: [{ provider: 'Google' }] } } } } });
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toContain('invalid option categories.analytics.services.ga4.cookies');
  });
});

describe('decisions', () => {
  test('granting a category grants its services; refusing one leaves the category granted (mixed)', () => {
    const consent = start();
    expect(consent.state.services).toEqual({ ga4: false, matomo: false, bing: false });
    consent.set({ analytics: true });
    expect(consent.state.services).toEqual({ ga4: true, matomo: true, bing: false });
    consent.set({ ga4: false });
    expect(consent.allowed('ga4')).toBe(false);
    expect(consent.allowed('matomo')).toBe(true);
    expect(consent.allowed('analytics')).toBe(true);
    consent.set({ matomo: false });
    // Every service refused: the category is refused too.
    expect(consent.state.categories.analytics).toBe(false);
    consent.set({ analytics: true, ga4: false });
    expect(consent.state.services).toMatchObject({ ga4: false, matomo: true });
  });

  test('set with an unknown service reports it and grants nothing', () => {
    const consent = start();
    consent.set({ hotjar: true });
    expect(errors).toHaveBeenCalledTimes(1);
    expect(consent.state.services).toEqual({ ga4: false, matomo: false, bing: false });
  });

  test("a refused service's cookies are deleted, its category's kept", () => {
    const consent = start();
    consent.acceptAll();
    document.cookie = '_ga=1; Path=/';
    document.cookie = '_ga_X=1; Path=/';
    document.cookie = '_pk_id=1; Path=/';
    document.cookie = '_stats=1; Path=/';
    consent.set({ ga4: false });
    expect(document.cookie).not.toMatch(/_ga/);
    expect(document.cookie).toMatch(/_pk_id=1/);
    expect(document.cookie).toMatch(/_stats=1/);
  });
});

describe('gating', () => {
  test("a refused service's tag stays inert while its category's other services and tags run", () => {
    const ran: string[] = [];
    (window as { ran?: string[] }).ran = ran;
    document.body.innerHTML = `
      <script type="text/plain" data-service="ga4">ran.push('ga4')</script>
      <script type="text/plain" data-service="matomo">ran.push('matomo')</script>
      <script type="text/plain" data-category="analytics">ran.push('analytics')</script>
      <script type="text/plain" data-category="!ga4">ran.push('no ga4')</script>`;
    const consent = start();
    consent.set({ analytics: true, ga4: false });
    expect(ran).toEqual(['matomo', 'analytics', 'no ga4']);
  });
});

describe('stored choice', () => {
  test('a reload keeps the service choices, in the same cookie format', () => {
    start().set({ analytics: true, ga4: false });
    expect(decodeChoice(cookieValue())!.categories).toEqual({ analytics: true, ga4: false, matomo: true, marketing: false, bing: false, functional: false, personalization: false });
    const next = start();
    expect(next.state.decided).toBe(true);
    expect(next.state.services).toEqual({ ga4: false, matomo: true, bing: false });
  });

  test("a cookie written before the site declared services still reads: they take their category's value", () => {
    document.cookie = `consentry=${encodeChoice({
      subjectId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      lastReceiptId: null,
      decidedAt: Date.now() - 1000,
      method: 'banner.accept_all',
      categories: { functional: false, personalization: false, analytics: true, marketing: false },
      revision: '1',
    })}; Path=/`;
    const consent = start();
    expect(consent.state.decided).toBe(true);
    expect(consent.state.services).toEqual({ ga4: true, matomo: true, bing: false });
  });

  test('4 categories and 12 services fit in 300 bytes; a choice too long to store asks again and grants nothing', () => {
    const services = (prefix: string) => Object.fromEntries([1, 2, 3].map((n) => [`${prefix}${n}`, {}]));
    const realistic = {
      revision: '2026-01',
      categories: {
        functional: { services: services('chat') },
        personalization: { services: services('video') },
        analytics: { services: services('stats') },
        marketing: { services: services('ads') },
      },
    };
    start(realistic).acceptAll();
    expect(('consentry=' + cookieValue()).length).toBeLessThanOrEqual(300);
    expect(start(realistic).state.decided).toBe(true);

    const long = (prefix: string) => Object.fromEntries([1, 2, 3, 4, 5, 6].map((n) => [`${prefix}-long-service-name-${n}`, {}]));
    const crowded = { categories: { analytics: { services: long('analytics') }, marketing: { services: long('marketing') } } };
    start(crowded).acceptAll();
    expect(errors).not.toHaveBeenCalled();
    expect(('consentry=' + cookieValue()).length).toBeLessThanOrEqual(300);
    const next = start(crowded);
    expect(next.state.decided).toBe(false);
    expect(Object.values(next.state.services).some(Boolean)).toBe(false);
  });
});

describe('receipts', () => {
  test('carry the services, pass the collector schema, and count a refused service as a withdrawal', async () => {
    const consent = start();
    const { receipts, arrived } = receiptsOf(consent);
    consent.acceptAll();
    consent.set({ ga4: false });
    await arrived(2);
    expect(receipts[0]!.services).toEqual({ ga4: true, matomo: true, bing: true });
    expect(receipts[1]!.services).toEqual({ ga4: false, matomo: true, bing: true });
    expect(receipts[1]!.eventType).toBe('withdrawn');
    for (const receipt of receipts) expect(checkReceipt(JSON.parse(JSON.stringify(receipt)))).toMatchObject({ ok: true });
  });

  test('a site without services sends none', async () => {
    const consent = start({});
    const { receipts, arrived } = receiptsOf(consent);
    consent.acceptAll();
    await arrived(1);
    expect(receipts[0]).not.toHaveProperty('services');
  });

  test.each([
    ['a service named like a category', { analytics: true }, 'services'],
    ['a non-boolean', { ga4: 'yes' }, 'services'],
  ])('the schema refuses %s', async (_, services, field) => {
    const consent = start();
    const { receipts, arrived } = receiptsOf(consent);
    consent.acceptAll();
    await arrived(1);
    const result = checkReceipt({ ...JSON.parse(JSON.stringify(receipts[0])), services });
    expect(result).toMatchObject({ ok: false, field: expect.stringContaining(field) });
  });
});

describe('Microsoft UET consent mode', () => {
  test('default denied before the next tag; an update on every decision, ad_storage following marketing', () => {
    window.uetq = [];
    const consent = start();
    expect(window.uetq).toEqual(['consent', 'default', { ad_storage: 'denied' }]);
    consent.set({ marketing: true });
    consent.set({ analytics: true });
    consent.rejectAll();
    expect(window.uetq.slice(3)).toEqual([
      ...['consent', 'update', { ad_storage: 'granted' }],
      ...['consent', 'update', { ad_storage: 'granted' }],
      ...['consent', 'update', { ad_storage: 'denied' }],
    ]);
  });

  test('a stored decision is sent as an update on load; without consentMode nothing is', () => {
    start().set({ marketing: true });
    delete window.uetq;
    start();
    expect(window.uetq).toEqual(['consent', 'default', { ad_storage: 'denied' }, 'consent', 'update', { ad_storage: 'granted' }]);
    delete window.uetq;
    start({ ...SERVICES, consentMode: false });
    expect(window.uetq).toBeUndefined();
  });
});

import { afterEach, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest';
import { normaliseConfig, type Settings } from '../../../src/model/config';
import { MAX_SERVICES } from '../../../src/model/grammar';
import { interfaceSettings } from '../../../src/ui/interface-settings';
import { presentationOf } from '../../../src/ui/presentation';

let errors: MockInstance<typeof console.error>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => errors.mockRestore());

// As a page with the interface sees them: the loader's options, then the interface's own (its
// settings, which the banner reads, and the categories' presentation, which the preferences read).
const normalise = (...configs: unknown[]) => {
  const settings = normaliseConfig(configs.map((config, index) => ({ from: `source ${index}`, config })));
  interfaceSettings(settings);
  presentationOf(settings);
  return settings;
};
const shown = (settings: Settings) => interfaceSettings(settings);
const defaults = () => normalise();
const names = (settings: Settings) => settings.categories.map((category) => category.name);

describe('defaults', () => {
  test('everything refuses and nothing is sent until configured', () => {
    const settings = defaults();
    expect(settings).toMatchObject({
      endpoint: null,
      policyUrl: null,
      revision: '1',
      cookie: { name: 'consentry', domain: null, maxAgeDays: 180 },
      consentMode: false,
      gpc: 'reject',
      reloadOnWithdraw: false,
      ui: { reopenButton: false },
    });
    expect(shown(settings)).toEqual({ lang: 'auto', texts: {}, position: 'bottom', theme: 'auto' });
    expect(presentationOf(settings)).toEqual({});
    expect(names(settings)).toEqual(['functional', 'personalization', 'analytics']);
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('valid options', () => {
  test('later sources win, option by option', () => {
    const settings = normalise({ revision: 'a', endpoint: '/one', cookie: { name: 'first', maxAgeDays: 30 } }, { revision: '2026-01', cookie: { domain: '.example.com' }, ui: { theme: 'dark' } });
    expect(settings.revision).toBe('2026-01');
    expect(settings.endpoint).toBe('/one');
    expect(settings.cookie).toEqual({ name: 'first', domain: '.example.com', maxAgeDays: 30 });
    expect(settings.ui).toEqual({ reopenButton: false });
    expect(shown(settings)).toMatchObject({ position: 'bottom', theme: 'dark' });
    expect(errors).not.toHaveBeenCalled();
  });

  test('accepts absolute http(s) URLs, paths and null for endpoint and policyUrl', () => {
    for (const url of ['https://consent.example.com/v1/receipts', 'http://127.0.0.1:8787/v1/receipts', '/consent', './privacy', '../p']) {
      expect(normalise({ endpoint: url, policyUrl: url })).toMatchObject({ endpoint: url, policyUrl: url });
    }
    expect(normalise({ endpoint: '/a' }, { endpoint: null }).endpoint).toBeNull();
    expect(errors).not.toHaveBeenCalled();
  });

  test('an object of categories adds custom ones after the defaults, and false removes one', () => {
    const settings = normalise({
      categories: {
        analytics: { cookies: ['_ga', '/^_ga_/i'] },
        marketing: { label: { en: 'Marketing', de: 'Marketing' }, description: 'Ads' },
        personalization: false,
      },
    });
    expect(names(settings)).toEqual(['functional', 'analytics', 'marketing']);
    const analytics = settings.categories.find((category) => category.name === 'analytics')!;
    expect(analytics.cookies[0]).toBe('_ga');
    expect(analytics.cookies[1]).toEqual(/^_ga_/i);
    expect(presentationOf(settings).marketing).toEqual({ label: { en: 'Marketing', de: 'Marketing' }, description: 'Ads' });
    expect(errors).not.toHaveBeenCalled();
  });

  test('an array of categories is the exact list, and definitions from another source still apply', () => {
    const settings = normalise({ categories: { marketing: { label: 'Ads' } } }, { categories: ['analytics', 'marketing', 'analytics'] });
    expect(names(settings)).toEqual(['analytics', 'marketing']);
    expect(presentationOf(settings).marketing!.label).toBe('Ads');
  });

  test('texts are merged per language and key', () => {
    const settings = normalise({ texts: { bg: { acceptAll: 'Приемам всички' } } }, { texts: { bg: { rejectAll: 'Отказвам' }, en: { title: 'Cookies' } } });
    expect(shown(settings).texts).toEqual({ bg: { acceptAll: 'Приемам всички', rejectAll: 'Отказвам' }, en: { title: 'Cookies' } });
  });
});

// One test per invalid option: exactly one console error that names the option, the value, the
// source and what is accepted; the option keeps its default; nothing else changes.
const INVALID: [string, Record<string, unknown>, string, (settings: Settings) => unknown, unknown][] = [
  ['endpoint', { endpoint: 'javascript:alert(1)' }, 'a printable http(s) URL with a host, or path (/, ./, ../), up to 2048 characters, or null', (s) => s.endpoint, null],
  ['endpoint', { endpoint: 42 }, 'a printable http(s) URL with a host, or path (/, ./, ../), up to 2048 characters, or null', (s) => s.endpoint, null],
  ['policyUrl', { policyUrl: 'data:text/html,hi' }, 'a printable http(s) URL with a host, or path (/, ./, ../), up to 2048 characters, or null', (s) => s.policyUrl, null],
  // The one grammar (model/grammar): what the collector would refuse is refused here.
  ['policyUrl', { policyUrl: 'https://' }, 'a printable http(s) URL with a host, or path (/, ./, ../), up to 2048 characters, or null', (s) => s.policyUrl, null],
  ['policyUrl', { policyUrl: '/privacy\u0001' }, 'a printable http(s) URL with a host, or path (/, ./, ../), up to 2048 characters, or null', (s) => s.policyUrl, null],
  ['policyUrl', { policyUrl: 'https://example.com/\u001b[31m' }, 'a printable http(s) URL with a host, or path (/, ./, ../), up to 2048 characters, or null', (s) => s.policyUrl, null],
  ['policyUrl', { policyUrl: '/' + 'p'.repeat(2048) }, 'a printable http(s) URL with a host, or path (/, ./, ../), up to 2048 characters, or null', (s) => s.policyUrl, null],
  ['cookie.name', { cookie: { name: 'constructor' } }, 'not __proto__, prototype, constructor', (s) => s.cookie.name, 'consentry'],
  ['revision', { revision: '' }, 'a string matching /^[\\w.:-]{1,32}$/', (s) => s.revision, '1'],
  ['revision', { revision: 'has space' }, 'a string matching /^[\\w.:-]{1,32}$/', (s) => s.revision, '1'],
  ['revision', { revision: 2026 }, 'a string matching /^[\\w.:-]{1,32}$/', (s) => s.revision, '1'],
  ['lang', { lang: 'english!' }, 'auto, or a language tag matching /^[a-z]{2,3}', (s) => shown(s).lang, 'auto'],
  ['consentMode', { consentMode: 'yes' }, 'true or false', (s) => s.consentMode, false],
  ['gpc', { gpc: 'accept' }, 'reject | preselect | ignore', (s) => s.gpc, 'reject'],
  ['reloadOnWithdraw', { reloadOnWithdraw: 1 }, 'true or false', (s) => s.reloadOnWithdraw, false],
  ['cookie', { cookie: 'consentry' }, 'an object', (s) => s.cookie.name, 'consentry'],
  ['cookie.name', { cookie: { name: 'bad name;' } }, 'a string matching /^[\\w-]{1,64}$/', (s) => s.cookie.name, 'consentry'],
  ['cookie.domain', { cookie: { domain: 'exa mple.com' } }, 'a string matching /^\\.?([a-z0-9-]+', (s) => s.cookie.domain, null],
  ['cookie.maxAgeDays', { cookie: { maxAgeDays: 0 } }, 'a whole number from 1 to 395', (s) => s.cookie.maxAgeDays, 180],
  ['cookie.maxAgeDays', { cookie: { maxAgeDays: 400 } }, 'a whole number from 1 to 395', (s) => s.cookie.maxAgeDays, 180],
  ['cookie.maxAgeDays', { cookie: { maxAgeDays: 1.5 } }, 'a whole number from 1 to 395', (s) => s.cookie.maxAgeDays, 180],
  ['cookie.secure', { cookie: { secure: true } }, 'a known option', (s) => s.cookie, { name: 'consentry', domain: null, maxAgeDays: 180 }],
  ['ui', { ui: true }, 'an object', (s) => shown(s).position, 'bottom'],
  ['ui.position', { ui: { position: 'top' } }, 'bottom | bottom-left | center', (s) => shown(s).position, 'bottom'],
  ['ui.theme', { ui: { theme: 'blue' } }, 'auto | light | dark', (s) => shown(s).theme, 'auto'],
  ['ui.reopenButton', { ui: { reopenButton: 'true' } }, 'true or false', (s) => s.ui.reopenButton, false],
  ['texts', { texts: ['Accept'] }, 'an object', (s) => shown(s).texts, {}],
  ['texts.en', { texts: { en: 'Accept' } }, '{ key: text }', (s) => shown(s).texts, {}],
  ['texts.en.acceptAll', { texts: { en: { acceptAll: 1 } } }, 'a string', (s) => shown(s).texts, {}],
  ['categories', { categories: 'analytics' }, 'an array of names or { name: definition }', names, ['functional', 'personalization', 'analytics']],
  ['categories[]', { categories: ['analytics', 'Bad Name'] }, 'a name matching /^[a-z0-9_-]{1,32}$/', names, ['analytics']],
  ['categories[]', { categories: ['necessary'] }, 'not necessary, __proto__, prototype, constructor', names, []],
  ['categories[]', { categories: ['constructor'] }, 'not necessary, __proto__, prototype, constructor', names, []],
  ['categories.__proto__', JSON.parse('{"categories":{"__proto__":{}}}'), 'not necessary, __proto__, prototype, constructor', names, ['functional', 'personalization', 'analytics']],
  ['categories.necessary', { categories: { necessary: false } }, 'not necessary, __proto__, prototype, constructor', names, ['functional', 'personalization', 'analytics']],
  ['categories.marketing', { categories: { marketing: true } }, '{ label, description, cookies } or false', names, ['functional', 'personalization', 'analytics']],
  [
    'categories.marketing.label',
    { categories: { marketing: { label: 5 } } },
    'a string or { language: string }',
    (s) => [s.categories[3], presentationOf(s).marketing],
    [{ name: 'marketing', cookies: [], services: [] }, {}],
  ],
  ['categories.analytics.cookies', { categories: { analytics: { cookies: '_ga' } } }, 'cookies: [name | "/pattern/" | { name, ... }]', (s) => s.categories[2]!.cookies, []],
  ['categories.analytics.cookies', { categories: { analytics: { cookies: ['/(/'] } } }, 'cookies: [name | "/pattern/" | { name, ... }]', (s) => s.categories[2]!.cookies, []],
  ['categories.analytics.scripts', { categories: { analytics: { scripts: [] } } }, '{ label, description, cookies', (s) => s.categories[2]!.cookies, []],
  ['theme', { theme: 'dark' }, 'a known option', (s) => shown(s).theme, 'auto'],
  ['(configuration)', 'not an object' as unknown as Record<string, unknown>, 'an object', (s) => s.revision, '1'],
];

describe('invalid options', () => {
  test.each(INVALID)('%s: one error, default kept (%j)', (option, config, accepted, read, expected) => {
    const settings = normalise(config);
    expect(errors).toHaveBeenCalledTimes(1);
    const message = String(errors.mock.calls[0]![0]);
    expect(message).toContain(`invalid option ${option} = `);
    expect(message).toContain('in source 0');
    expect(message).toContain(accepted);
    expect(message.startsWith('Consentry: ')).toBe(true);
    expect(read(settings)).toEqual(expected);
  });

  test('the error shows the bad value', () => {
    normalise({ gpc: 'accept' });
    expect(String(errors.mock.calls[0]![0])).toContain('gpc = "accept"');
  });

  test('an invalid option does not disturb valid ones beside it', () => {
    const settings = normalise({ revision: 'r2', gpc: 'accept', ui: { theme: 'blue', position: 'center' } });
    expect(settings).toMatchObject({ revision: 'r2', gpc: 'reject' });
    expect(shown(settings)).toMatchObject({ theme: 'auto', position: 'center' });
    expect(errors).toHaveBeenCalledTimes(2);
  });

  test('more categories than a receipt holds (32 with necessary) are refused as a whole', () => {
    expect(names(normalise({ categories: Array.from({ length: 31 }, (_, index) => `c${index}`) }))).toHaveLength(31);
    expect(errors).not.toHaveBeenCalled();
    const settings = normalise({ categories: Array.from({ length: 32 }, (_, index) => `c${index}`) });
    expect(names(settings)).toEqual(['functional', 'personalization', 'analytics']);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toContain('at most 31 categories');
  });

  test('more services than a receipt carries (MAX_SERVICES) are refused as a whole, with one error', () => {
    const withServices = (count: number) => ({
      categories: { analytics: { services: Object.fromEntries(Array.from({ length: count }, (_, index) => [`s${index}`, {}])) } },
    });
    expect(normalise(withServices(MAX_SERVICES)).categories[2]!.services).toHaveLength(MAX_SERVICES);
    expect(errors).not.toHaveBeenCalled();
    const settings = normalise(withServices(MAX_SERVICES + 1));
    expect(settings.categories.flatMap(({ services }) => services)).toEqual([]);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toContain(`${MAX_SERVICES} services`);
  });

  test('category names too long in all for the cookie are refused as a whole', () => {
    const many = Array.from({ length: 8 }, (_, index) => `category-${index}-with-a-long-name`);
    const settings = normalise({ categories: many });
    expect(names(settings)).toEqual(['functional', 'personalization', 'analytics']);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toContain('invalid option categories');
  });
});

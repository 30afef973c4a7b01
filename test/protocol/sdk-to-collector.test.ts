// @vitest-environment-options { "url": "https://shop.example/" }
// Issue 11, defect 2: what the SDK accepts, the collector must accept. Generated configurations,
// stored cookies, pages and languages go through the real SDK (normaliseConfig, the cookie codec,
// startConsent, the interface's language choice and notice hash) and every receipt it emits is
// posted to the real collector handler (SQLite storage, signing), which must store it. Values the
// SDK refuses are reported and replaced by defaults: they never reach a receipt.
import { afterAll, afterEach, beforeEach, expect, test, vi } from 'vitest';
import { startConsent } from '../../src/instance/consent';
import { normaliseConfig } from '../../src/model/config';
import type { ConsentInternals } from '../../src/model/consent';
import { METHODS } from '../../src/model/decision';
import { MAX_SERVICES } from '../../src/model/grammar';
import type { Receipt } from '../../src/model/receipt-schema';
import { encodeChoice } from '../../src/storage/cookie-codec';
import { resolveLanguage } from '../../src/ui/language';
import { seededRandom } from '../fixtures/seeded-random';
import { openCollector } from './collector';
import { loadReceipts } from '../unit/consent-harness';

const happyDOM = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;
const collector = openCollector();
afterAll(() => collector.close());
beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));
afterEach(() => vi.restoreAllMocks());

const random = seededRandom(11);
const { int, pick, string, next } = random;
const NAME_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_-';
const CONTROL = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join('') + '\u007f';

// The edge cases named in the issue, drawn often, mixed with random values.
const policyUrls = () =>
  pick([
    'https://',
    'http://',
    'https://example.com/privacy',
    '/privacy',
    './privacy',
    '../privacy',
    '/',
    '//cdn.example/p',
    `/p${pick([...CONTROL])}x`,
    'javascript:alert(1)',
    '/' + 'a'.repeat(2040 + int(20)),
    'https://' + string('abc.é/?#:@%', 1, 30),
    string('ht:/ps.a%é' + CONTROL, 0, 25),
    null,
    undefined,
  ]);
const revisions = () => pick(['2026-01', '', 'v1.2:3', 'x'.repeat(32), 'x'.repeat(33), string('Aa0._:- /é', 1, 36), undefined]);
const categoryName = () => pick(['constructor', '__proto__', 'prototype', 'necessary', 'toString', 'marketing', 'Analytics', string(NAME_CHARS, 1, 34), string(NAME_CHARS, 1, 6)]);
const categories = () =>
  pick([
    undefined,
    Array.from({ length: int(45) }, categoryName),
    Array.from({ length: 31 + int(4) }, (_, index) => `c${index}`),
    JSON.parse(`{${Array.from({ length: int(5) }, () => `"${categoryName()}":{"cookies":["_x"]}`).join(',')}}`),
  ]);
const textsKey = () => pick(['de', 'pt-BR', 'sr-Latn-RS', 'es-419', 'zh-Hant-TW', 'en-GB-oxendict', 'x', 'i-klingon', string('abcdefgh-019', 1, 12)]);
const pathChar = () => pick(['a', 'b', '/', '%', 'é', ' ', '-', '.', '~', '"', '<', '{', '\u0007', '%2', 'ü']);
const uuidHex = (v4: boolean) => {
  const hex = string('0123456789abcdef', 32, 32);
  return v4 ? hex.slice(0, 12) + '4' + hex.slice(13, 16) + pick(['8', '9', 'a', 'b']) + hex.slice(17) : hex.slice(0, 12) + pick(['1', '3', '5', '0']) + hex.slice(13);
};
const dashed = (hex: string) => hex.replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');

const seen = { manyCategories: 0, objectKeyNames: 0, longPaths: 0, nonV4Cookies: 0, receipts: 0 };

// One test per generated site and visit, in order (the generator is seeded): each gets its own
// time limit, so a busy machine slows the runs down without failing them.
for (let run = 0; run < 150; run++) {
  test(`every receipt built from values the SDK accepts is stored by the collector: generated site and visit ${run}`, async () => {
    const config = { policyUrl: policyUrls(), revision: revisions(), categories: categories(), lang: 'auto', texts: Object.fromEntries([[textsKey(), { bannerTitle: 'T' }]]) };
    if (Array.isArray(config.categories) && config.categories.length > 31) seen.manyCategories++;
    if (JSON.stringify(config.categories ?? '').match(/constructor|__proto__|prototype/)) seen.objectKeyNames++;

    const path = Array.from({ length: pick([1, 40, 2030, 2047, 2048, 2049, 2100, 4000]) }, pathChar).join('');
    happyDOM.setURL(`https://shop.example/${path}`);
    if (location.href.length > 2048) seen.longPaths++;
    document.documentElement.lang = pick(['', 'de', 'pt-BR', 'sr-Latn-RS', 'fr-CA', 'zz']);

    const settings = normaliseConfig([{ from: `run ${run}`, config }]);
    // A visitor who decided on an earlier page, with any subject id a cookie could hold.
    if (next() < 0.6) {
      const v4 = next() < 0.5;
      if (!v4) seen.nonV4Cookies++;
      document.cookie = `consentry=${encodeChoice({
        subjectId: dashed(uuidHex(v4)),
        lastReceiptId: next() < 0.5 ? null : dashed(uuidHex(next() < 0.5)),
        decidedAt: Date.now() - 1000,
        method: pick(METHODS),
        categories: Object.fromEntries(settings.categories.map(({ name }) => [name, next() < 0.5])),
        revision: settings.revision,
      })}; Path=/`;
    }

    const receipts: Receipt[] = [];
    let internals: ConsentInternals | undefined;
    const consent = startConsent(settings, loadReceipts, async () => ({
      mountUI: (_consent, given) => {
        internals = given;
        return () => {};
      },
    }));
    consent.on('receipt', ({ receipt }) => receipts.push(receipt));
    consent.showPreferences();
    await vi.waitFor(() => expect(internals).toBeDefined());
    // As the interface does: the visitor's language chosen, the texts on screen hashed into the
    // decision's notice.
    const language = resolveLanguage(settings);
    const names = settings.categories.map(({ name }) => name);
    const choice = Object.fromEntries(names.map((name) => [name, next() < 0.5]));
    internals!.decide(choice, pick(METHODS.filter((method) => method !== 'gpc')), { language, texts: { bannerTitle: 'T' } });
    consent.set({ [pick(names)]: true });
    consent.withdraw();
    consent.acceptAll();
    await vi.waitFor(() => expect(receipts).toHaveLength(4));
    consent.destroy();
    document.cookie = 'consentry=; Max-Age=-1; Path=/';

    for (const receipt of receipts) {
      const response = await collector.post(receipt);
      const body = await response.text();
      // The failing run, its configuration and the collector's reason, to reproduce it.
      expect({ run, config, page: receipt.page, status: response.status, body }).toMatchObject({ status: 201 });
      seen.receipts++;
    }
  });
}

test('the generated sites and visits reached every case the issue names, so the tests above cannot pass by missing them', () => {
  expect(seen.manyCategories).toBeGreaterThan(10);
  expect(seen.objectKeyNames).toBeGreaterThan(10);
  expect(seen.longPaths).toBeGreaterThan(10);
  expect(seen.nonV4Cookies).toBeGreaterThan(10);
  expect(seen.receipts).toBe(600);
});

test('a site with one service more than a receipt carries is refused by the SDK, so the collector still stores every receipt', async () => {
  happyDOM.setURL('https://shop.example/');
  const errors = vi.mocked(console.error);
  for (const count of [MAX_SERVICES, MAX_SERVICES + 1]) {
    const services = Object.fromEntries(Array.from({ length: count }, (_, index) => [`service-${index}`, {}]));
    const consent = startConsent(normaliseConfig([{ from: `${count} services`, config: { categories: { analytics: { services } } } }]), loadReceipts);
    const receipt = new Promise<Receipt>((resolve) => consent.on('receipt', (event) => resolve(event.receipt)));
    consent.acceptAll();
    const response = await collector.post(await receipt);
    expect({ count, status: response.status, body: await response.text() }).toMatchObject({ status: 201 });
    consent.destroy();
    document.cookie = 'consentry=; Max-Age=-1; Path=/';
  }
  // The SDK, not the collector, refused the larger configuration: once, naming the limit.
  expect(errors).toHaveBeenCalledTimes(1);
  expect(String(errors.mock.calls[0]![0])).toContain(`${MAX_SERVICES} services`);
});

// @vitest-environment node
// GET /v1/stats and ReceiptStorage#stats (SPEC §8): the counts of a known mix of receipts, by
// eventType, method, decision, category, service, revision and language, with bucket boundaries
// on both sides of midnight, of a Monday and of a month's end. Every expected figure below is
// counted by hand from the table of receipts.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKeyFileSigner } from '../../../src/collector/key-file';
import { signReceipt, type SignedReceipt } from '../../../src/collector/signing';
import type { ReceiptStorage } from '../../../src/collector/storage/receipt-log';
import { createSqliteStorage } from '../../../src/collector/storage/sqlite';
import type { Receipt } from '../../../src/receipts/schema';
import { admin, openCollector, request, temporaryDirectory, validReceipt } from './fixtures';

// Real fsyncs on a shared 2-core machine can be slow: these bounds only catch a hang.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const ALL = { necessary: true, functional: true, personalization: true, analytics: true };
const NONE = { necessary: true, functional: false, personalization: false, analytics: false };

// [receivedAt, eventType, method, categories, revision, language, services?]
type Row = [string, Receipt['eventType'], Receipt['method'], Record<string, boolean>, string, string, Record<string, boolean>?];
const MIX: Row[] = [
  ['2026-02-27T23:59:59.999Z', 'given', 'banner.accept_all', ALL, '2026-01', 'en'], // before the range
  ['2026-02-28T10:00:00.000Z', 'given', 'banner.accept_all', ALL, '2026-01', 'en'], // Saturday
  ['2026-03-01T23:59:59.999Z', 'refused', 'banner.reject_all', NONE, '2026-01', 'de'], // Sunday
  ['2026-03-02T00:00:00.000Z', 'updated', 'preferences.save', { necessary: true, functional: true, personalization: false, analytics: true }, '2026-03', 'en'], // Monday
  ['2026-03-08T12:00:00.000Z', 'refused', 'gpc', NONE, '2026-03', 'fr'],
  ['2026-03-09T08:00:00.000Z', 'withdrawn', 'preferences.save', { necessary: true, functional: true, personalization: false, analytics: false }, '2026-03', 'en'],
  ['2026-03-31T23:59:59.999Z', 'given', 'preferences.accept_all', { ...ALL, marketing: true }, '2026-03', 'pt-BR'],
  ['2026-04-01T00:00:00.000Z', 'given', 'api', { necessary: true, analytics: true }, '2026-03', 'en', { ga4: true, matomo: false }],
  ['2026-04-01T09:30:00.000Z', 'refused', 'preferences.reject_all', NONE, '2026-03', 'de'],
  ['2026-04-02T00:00:00.000Z', 'refused', 'banner.reject_all', NONE, '2026-03', 'en'], // at `to`: outside
];
const RANGE = { from: '2026-02-28T00:00:00.000Z', to: '2026-04-02T00:00:00.000Z' };

const decisions = (counts: Partial<Record<'acceptAll' | 'rejectAll' | 'custom' | 'gpc' | 'withdrawn', number>>) => ({
  acceptAll: 0, rejectAll: 0, custom: 0, gpc: 0, withdrawn: 0, ...counts,
});
const choice = (granted: number, refused: number) => ({ granted, refused });

let directory: ReturnType<typeof temporaryDirectory>;

/** Stores the mix through the storage API, signed as the collector signs, in order of arrival. */
async function storeMix(storage: ReceiptStorage): Promise<void> {
  const signer = createKeyFileSigner(join(directory.path, 'signing.key'));
  for (const [receivedAt, eventType, method, categories, revision, language, services] of MIX) {
    const base = validReceipt({ eventType, method, categories, eventTime: receivedAt });
    const receipt = { ...base, notice: { ...base.notice, revision, language }, ...(services ? { services } : {}) } as Receipt;
    const outcome = await storage.append(await signReceipt(signer, receipt, receivedAt));
    expect(outcome.created).toBe(true);
  }
}

// The engines the stats must agree on. PostgreSQL joins this list when its storage lands.
const ENGINES: { name: string; open(): ReceiptStorage }[] = [{ name: 'SQLite', open: () => createSqliteStorage(join(directory.path, 'receipts.sqlite')) }];

describe.each(ENGINES)('stats on $name', ({ open }) => {
  let storage: ReceiptStorage;
  beforeEach(async () => {
    directory = temporaryDirectory();
    storage = open();
    await storeMix(storage);
  });
  afterEach(async () => {
    await storage.close();
    directory.remove();
  });

  it('counts by week (ISO weeks from Monday), with the totals of the range', async () => {
    expect(await storage.stats({ ...RANGE, bucket: 'week' })).toEqual({
      bucket: 'week',
      ...RANGE,
      buckets: [
        {
          start: '2026-02-23',
          receipts: 2,
          eventTypes: { given: 1, refused: 1 },
          methods: { 'banner.accept_all': 1, 'banner.reject_all': 1 },
          decisions: decisions({ acceptAll: 1, rejectAll: 1 }),
          categories: { necessary: choice(2, 0), functional: choice(1, 1), personalization: choice(1, 1), analytics: choice(1, 1) },
          services: {},
        },
        {
          start: '2026-03-02',
          receipts: 2,
          eventTypes: { updated: 1, refused: 1 },
          methods: { 'preferences.save': 1, gpc: 1 },
          decisions: decisions({ custom: 1, gpc: 1 }),
          categories: { necessary: choice(2, 0), functional: choice(1, 1), personalization: choice(0, 2), analytics: choice(1, 1) },
          services: {},
        },
        {
          start: '2026-03-09',
          receipts: 1,
          eventTypes: { withdrawn: 1 },
          methods: { 'preferences.save': 1 },
          decisions: decisions({ withdrawn: 1 }),
          categories: { necessary: choice(1, 0), functional: choice(1, 0), personalization: choice(0, 1), analytics: choice(0, 1) },
          services: {},
        },
        {
          start: '2026-03-30',
          receipts: 3,
          eventTypes: { given: 2, refused: 1 },
          methods: { 'preferences.accept_all': 1, api: 1, 'preferences.reject_all': 1 },
          decisions: decisions({ acceptAll: 1, custom: 1, rejectAll: 1 }),
          categories: {
            necessary: choice(3, 0),
            functional: choice(1, 1),
            personalization: choice(1, 1),
            analytics: choice(2, 1),
            marketing: choice(1, 0),
          },
          services: { ga4: choice(1, 0), matomo: choice(0, 1) },
        },
      ],
      totals: {
        receipts: 8,
        revisions: { '2026-01': 2, '2026-03': 6 },
        languages: { en: 4, de: 2, fr: 1, 'pt-BR': 1 },
      },
    });
  });

  it('counts by calendar month', async () => {
    const { buckets } = await storage.stats({ ...RANGE, bucket: 'month' });
    expect(buckets).toEqual([
      {
        start: '2026-02-01',
        receipts: 1,
        eventTypes: { given: 1 },
        methods: { 'banner.accept_all': 1 },
        decisions: decisions({ acceptAll: 1 }),
        categories: { necessary: choice(1, 0), functional: choice(1, 0), personalization: choice(1, 0), analytics: choice(1, 0) },
        services: {},
      },
      {
        start: '2026-03-01',
        receipts: 5,
        eventTypes: { refused: 2, updated: 1, withdrawn: 1, given: 1 },
        methods: { 'banner.reject_all': 1, 'preferences.save': 2, gpc: 1, 'preferences.accept_all': 1 },
        decisions: decisions({ acceptAll: 1, rejectAll: 1, custom: 1, gpc: 1, withdrawn: 1 }),
        categories: {
          necessary: choice(5, 0),
          functional: choice(3, 2),
          personalization: choice(1, 4),
          analytics: choice(2, 3),
          marketing: choice(1, 0),
        },
        services: {},
      },
      {
        start: '2026-04-01',
        receipts: 2,
        eventTypes: { given: 1, refused: 1 },
        methods: { api: 1, 'preferences.reject_all': 1 },
        decisions: decisions({ custom: 1, rejectAll: 1 }),
        categories: { necessary: choice(2, 0), functional: choice(0, 1), personalization: choice(0, 1), analytics: choice(1, 1) },
        services: { ga4: choice(1, 0), matomo: choice(0, 1) },
      },
    ]);
  });

  it('counts by UTC day, a millisecond before midnight on the day it ends', async () => {
    const { buckets } = await storage.stats({ ...RANGE, bucket: 'day' });
    expect(buckets.map(({ start, receipts }) => [start, receipts])).toEqual([
      ['2026-02-28', 1],
      ['2026-03-01', 1],
      ['2026-03-02', 1],
      ['2026-03-08', 1],
      ['2026-03-09', 1],
      ['2026-03-31', 1],
      ['2026-04-01', 2],
    ]);
  });

  it('counts the whole log when the range is open, and nothing in an empty range', async () => {
    const whole = await storage.stats({ bucket: 'month' });
    expect([whole.from, whole.to, whole.totals.receipts, whole.buckets.map((bucket) => bucket.receipts)]).toEqual([null, null, 10, [2, 5, 3]]);
    const empty = await storage.stats({ from: '2026-05-01T00:00:00.000Z', bucket: 'day' });
    expect(empty).toEqual({ bucket: 'day', from: '2026-05-01T00:00:00.000Z', to: null, buckets: [], totals: { receipts: 0, revisions: {}, languages: {} } });
  });
});

describe('the stats tables of an older log', () => {
  beforeEach(() => {
    directory = temporaryDirectory();
  });
  afterEach(() => directory.remove());

  it('are built from the receipts already stored when a version 1 log is opened', async () => {
    const path = join(directory.path, 'receipts.sqlite');
    let storage = createSqliteStorage(path);
    await storeMix(storage);
    const before = await storage.stats({ bucket: 'week' });
    await storage.close();
    // Back to the version 1 layout: no stats tables, no trigger.
    const db = new Database(path);
    db.exec('DROP TRIGGER receipts_stats; DROP TABLE receipt_facts; DROP TABLE receipt_choices; PRAGMA user_version = 1;');
    db.close();
    storage = createSqliteStorage(path);
    expect(await storage.stats({ bucket: 'week' })).toEqual(before);
    await storage.close();
    // Opening again migrates nothing twice.
    storage = createSqliteStorage(path);
    expect((await storage.stats({ bucket: 'week' })).totals.receipts).toBe(10);
    await storage.close();
  });
});

describe('GET /v1/stats', () => {
  let setup: ReturnType<typeof openCollector>;
  beforeEach(() => {
    directory = temporaryDirectory();
    setup = openCollector(directory.path);
  });
  afterEach(async () => {
    await setup.storage.close();
    directory.remove();
  });

  it('answers 401 without the admin token, or with a wrong one', async () => {
    for (const headers of [{}, { authorization: 'Bearer not-the-admin-token-0000' }] as Record<string, string>[]) {
      const response = await request(setup.collector, '/v1/stats', { headers });
      expect([response.status, response.headers.get('www-authenticate')]).toEqual([401, 'Bearer realm="consentry-collector"']);
    }
  });

  it('refuses a bad bucket, a bad date and a reversed range with 400 naming the parameter', async () => {
    for (const [query, field] of [
      ['bucket=year', 'bucket'],
      ['from=2026-02-30', 'from'],
      ['from=yesterday', 'from'],
      ['to=2026-13-01', 'to'],
      ['from=2026-03-02&to=2026-03-01', 'to'],
    ]) {
      const response = await request(setup.collector, `/v1/stats?${query}`, { headers: admin });
      expect([query, response.status, (await response.json()).field]).toEqual([query, 400, field]);
    }
  });

  it('answers the storage stats of the range as JSON, days by default', async () => {
    await storeMix(setup.storage);
    const response = await request(setup.collector, '/v1/stats?from=2026-02-28&to=2026-04-02', { headers: admin });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(await setup.storage.stats({ ...RANGE, bucket: 'day' }));
  });
});

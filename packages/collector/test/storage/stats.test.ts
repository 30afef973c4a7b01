// ReceiptStorage#stats (SPEC §8: GET /v1/stats) on every engine: the counts of a known mix of
// receipts (test/fixtures/stats-mix.ts) by eventType, method, decision, category, service,
// revision and language, per day, ISO week and month, must be exactly the same figures, counted
// by hand, on SQLite and on PostgreSQL.
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKeyFileSigner } from '../../src/key-file';
import { createPostgresStorage } from '../../src/storage/postgres';
import { hasValidSignature } from '../../src/signing';
import type { ChainChecks, ReceiptStorage } from '../../src/storage/receipt-log';
import { choice, decisions, MIX, RANGE, storeMix } from '../stats-mix';
import { temporaryDirectory } from '../fixtures';
import { ENGINES, type LogUnderTest } from './storage-engines';
import { createTestDatabase } from './postgres-database';

// Real databases with real syncs on a shared 2-core machine can be slow: these bounds only catch a hang.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const keyDirectory = temporaryDirectory();
const signer = createKeyFileSigner(join(keyDirectory.path, 'signing.key'));
afterAll(() => keyDirectory.remove());

const checks: ChainChecks = {
  isSignedReceipt: (record) => hasValidSignature(signer.verify, record),
  isSignedHead: (head) => hasValidSignature(signer.verify, head),
};

describe.each(ENGINES)('stats on $name', (engine) => {
  let log: LogUnderTest;
  let storage: ReceiptStorage;
  const receiptIds = async () => {
    const ids: string[] = [];
    for await (const record of storage.received({})) ids.push(record.receiptId);
    return ids;
  };
  beforeEach(async () => {
    log = await engine.create(signer);
    storage = await log.open();
    await storeMix(storage, signer);
  });
  afterEach(async () => {
    await storage.close();
    await log.remove();
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

  it('are checked by verify: a receipt counted that the log does not hold is named', async () => {
    const receivedAt = '2026-03-10T12:00:00.000Z';
    await log.forgeFact(MIX.length + 1, receivedAt);
    await log.forgeGrant(MIX.length + 1, receivedAt, 'analytics');
    // What GET /v1/stats says has changed…
    expect((await storage.stats({ bucket: 'month' })).totals.receipts).toBe(MIX.length + 1);
    // …and verify says where.
    expect(await storage.verify(checks)).toEqual({
      ok: false,
      checked: MIX.length,
      broken: { position: MIX.length + 1, receiptId: null, reason: expect.stringMatching(/^the stats count a receipt that the log does not hold as counted/) },
    });
  });

  it('are checked by verify: a grant counted for a stored receipt that did not give it is named', async () => {
    await log.forgeGrant(3, MIX[2]![0], 'marketing');
    expect(await storage.verify(checks)).toEqual({
      ok: false,
      checked: MIX.length,
      broken: { position: 3, receiptId: (await receiptIds())[2], reason: expect.stringMatching(/^the stats count a receipt that the log does not hold as counted/) },
    });
  });

  it('are checked by verify: a stored receipt the stats no longer count is named', async () => {
    await log.dropStatsOf(4);
    expect(await storage.verify(checks)).toEqual({
      ok: false,
      checked: MIX.length,
      broken: { position: 4, receiptId: (await receiptIds())[3], reason: expect.stringMatching(/^the stats do not count this receipt as its content says/) },
    });
  });

  it('counts the whole log when the range is open, and nothing in an empty range', async () => {
    const whole = await storage.stats({ bucket: 'month' });
    expect([whole.from, whole.to, whole.totals.receipts, whole.buckets.map((bucket) => bucket.receipts)]).toEqual([null, null, 10, [2, 5, 3]]);
    const empty = await storage.stats({ from: '2026-05-01T00:00:00.000Z', bucket: 'day' });
    expect(empty).toEqual({ bucket: 'day', from: '2026-05-01T00:00:00.000Z', to: null, buckets: [], totals: { receipts: 0, revisions: {}, languages: {} } });
  });
});

describe('the PostgreSQL stats tables of an older log', () => {
  it('are built from the receipts already stored when a version 1 database is opened', async () => {
    const database = await createTestDatabase();
    try {
      let storage = await createPostgresStorage(database.url, { signer });
      await storeMix(storage, signer);
      const before = await storage.stats({ bucket: 'week' });
      await storage.close();
      // Back to version 1: no stats tables, no trigger.
      await database.admin(`DROP TRIGGER receipts_stats ON consentry.receipts; DROP FUNCTION consentry.count_receipts();
        DROP TABLE consentry.receipt_facts, consentry.receipt_choices; DELETE FROM consentry.schema_migrations WHERE version = 2`);
      storage = await createPostgresStorage(database.url, { signer });
      expect(await storage.stats({ bucket: 'week' })).toEqual(before);
      expect(before.totals.receipts).toBe(10);
      await storage.close();
    } finally {
      await database.drop();
    }
  });
});

// @vitest-environment node
// GET /v1/stats over HTTP (admin token, parameters) and the SQLite stats tables of a log written
// before they existed. The figures themselves are tested on every engine in test/storage/stats.test.ts.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKeyFileSigner } from '../src/key-file';
import { createSqliteStorage } from '../src/storage/sqlite';
import { RANGE, storeMix } from './stats-mix';
import { admin, openCollector, request, temporaryDirectory } from './fixtures';

// Real fsyncs on a shared 2-core machine can be slow: these bounds only catch a hang.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

let directory: ReturnType<typeof temporaryDirectory>;

describe('the stats tables of an older log', () => {
  beforeEach(() => {
    directory = temporaryDirectory();
  });
  afterEach(() => directory.remove());

  it('are built from the receipts already stored when a version 2 log is opened', async () => {
    const path = join(directory.path, 'receipts.sqlite');
    const signer = createKeyFileSigner(join(directory.path, 'signing.key'));
    let storage = createSqliteStorage(path, { signer });
    await storeMix(storage, signer);
    const before = await storage.stats({ bucket: 'week' });
    await storage.close();
    // Back to the version 2 layout: no stats tables, no trigger.
    const db = new Database(path);
    db.exec('DROP TRIGGER receipts_stats; DROP TABLE receipt_facts; DROP TABLE receipt_choices; PRAGMA user_version = 2;');
    db.close();
    storage = createSqliteStorage(path, { signer });
    expect(await storage.stats({ bucket: 'week' })).toEqual(before);
    await storage.close();
    // Opening again migrates nothing twice.
    storage = createSqliteStorage(path, { signer });
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
      expect([query, response.status, ((await response.json()) as { field: string }).field]).toEqual([query, 400, field]);
    }
  });

  it('answers the storage stats of the range as JSON, days by default', async () => {
    await storeMix(setup.storage, setup.signer);
    const response = await request(setup.collector, '/v1/stats?from=2026-02-28&to=2026-04-02', { headers: admin });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(await setup.storage.stats({ ...RANGE, bucket: 'day' }));
  });
});

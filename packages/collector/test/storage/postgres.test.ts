// What only the PostgreSQL storage has to show (SPEC §8, "Beyond one machine"): storages sharing
// one database (instances) store each receipt once and keep one chain, the schema migrates once
// however many start together, the collector's role needs no UPDATE or DELETE, and a database
// that is missing, refuses the login or goes away is reported and survived.
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKeyFileSigner } from '../../src/key-file';
import { hasValidSignature, signReceipt } from '../../src/signing';
import { createPostgresStorage } from '../../src/storage/postgres';
import type { ChainChecks, ReceiptStorage } from '../../src/storage/receipt-log';
import { temporaryDirectory, validReceipt } from '../fixtures';
import { clusterUrl, createTestDatabase, runAs, type TestDatabase } from './postgres-database';
import { closedPort, startTcpProxy } from './tcp-proxy';

// Real databases on a shared 2-core machine can be slow: these bounds only catch a hang.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const keyDirectory = temporaryDirectory();
const signer = createKeyFileSigner(join(keyDirectory.path, 'signing.key'));
afterAll(() => keyDirectory.remove());
const sign = () => signReceipt(signer, validReceipt(), new Date().toISOString());
const checks: ChainChecks = {
  isSignedReceipt: (record) => hasValidSignature(signer.verify, record),
  isSignedHead: (head) => hasValidSignature(signer.verify, head),
};

let database: TestDatabase;
const opened: ReceiptStorage[] = [];
async function open(url = database.url): Promise<ReceiptStorage> {
  const storage = await createPostgresStorage(url, { signer });
  opened.push(storage);
  return storage;
}

/** A login role granted `grants` (each `<privileges> ON <tables>`); resolves to its URL and the statement that drops it. */
async function roleWith(grants: string[]): Promise<{ url: string; drop: string }> {
  const role = `collector_${Date.now()}`;
  await database.admin(`CREATE ROLE ${role} LOGIN PASSWORD 'collector-password'; GRANT USAGE ON SCHEMA consentry TO ${role};
    ${grants.map((grant) => `GRANT ${grant} TO ${role};`).join('\n    ')}`);
  return { url: clusterUrl({ database: new URL(database.url).pathname.slice(1), username: role, password: 'collector-password' }), drop: `DROP OWNED BY ${role}; DROP ROLE ${role}` };
}

beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((storage) => storage.close()));
  await database.drop();
});

describe('several instances on one database', () => {
  it('migrate once when they start together', async () => {
    await Promise.all([open(), open(), open(), open()]);
    expect((await database.admin('SELECT version FROM consentry.schema_migrations')).rows).toEqual([{ version: 1 }, { version: 2 }]);
  });

  it('store a receipt posted to each of them at once exactly once, and both answer with the stored copy', async () => {
    const [first, second] = await Promise.all([open(), open()]);
    const records = await Promise.all(Array.from({ length: 50 }, sign));
    const outcomes = await Promise.all(records.map((record) => Promise.all([first!.append(record), second!.append({ ...record, receivedAt: new Date().toISOString(), signature: 'other' })])));
    for (const [index, [a, b]] of outcomes.entries()) {
      expect([a.created, b.created].sort()).toEqual([false, true]);
      expect(a.record).toEqual(b.record);
      expect(a.record.receiptId).toBe(records[index]!.receiptId);
    }
    expect((await database.admin('SELECT count(*)::int AS count FROM consentry.receipts')).rows).toEqual([{ count: 50 }]);
    // Whichever copy won, it is a stored row of one unbroken chain (the second's signature is fake).
    expect(await first!.verify({ ...checks, isSignedReceipt: async (record) => record.signature === 'other' || (await hasValidSignature(signer.verify, record)) })).toMatchObject({
      ok: true,
      checked: 50,
    });
  });

  it('append to one chain at contiguous positions while they write at the same time', async () => {
    const storages = await Promise.all([open(), open(), open()]);
    await Promise.all(storages.map(async (storage) => Promise.all(Array.from({ length: 100 }, async () => storage.append(await sign())))));
    const positions = await database.admin('SELECT position::int FROM consentry.receipts ORDER BY position');
    expect(positions.rows.map((row: { position: number }) => row.position)).toEqual(Array.from({ length: 300 }, (_, index) => index + 1));
    expect(await storages[0]!.verify(checks)).toMatchObject({ ok: true, checked: 300, head: { position: 300 } });
  });
});

describe('the schema', () => {
  it('refuses an instance whose key is not the one the log was signed with', async () => {
    await (await open()).append(await sign());
    const otherKey = createKeyFileSigner(join(keyDirectory.path, 'other.key'));
    await expect(createPostgresStorage(database.url, { signer: otherKey })).rejects.toThrow(
      /^cannot use the PostgreSQL database postgres:\/\/postgres@[^/]+\/consentry_\w+: its latest signed head was signed with another key than this collector's: give every instance the same key file$/,
    );
  });

  it('refuses a database migrated by a newer collector', async () => {
    await open();
    await database.admin('INSERT INTO consentry.schema_migrations (version) VALUES (99)');
    await expect(createPostgresStorage(database.url, { signer })).rejects.toThrow(/the database holds receipt log version 99; this collector reads version 2$/);
  });

  it('refuses TRUNCATE as it refuses UPDATE and DELETE', async () => {
    await (await open()).append(await sign());
    await expect(database.admin('TRUNCATE consentry.receipts')).rejects.toThrow('receipts are append-only');
  });

  it('serves a role granted only what the README grants, which cannot change or delete receipts', async () => {
    const owner = await open();
    await owner.append(await sign());
    const { url, drop } = await roleWith([
      'SELECT, INSERT ON consentry.receipts',
      'SELECT, INSERT ON consentry.heads',
      'SELECT, UPDATE ON consentry.append_lock',
      'SELECT ON consentry.schema_migrations',
      'SELECT, INSERT ON consentry.receipt_facts, consentry.receipt_choices',
    ]);
    try {
      const collector = await open(url);
      expect(await collector.append(await sign())).toMatchObject({ created: true });
      expect(await collector.verify(checks)).toMatchObject({ ok: true, checked: 2 });
      expect((await collector.stats({ bucket: 'day' })).totals.receipts).toBe(2);
      await expect(runAs(url, 'DELETE FROM consentry.receipts')).rejects.toThrow('permission denied for table receipts');
      await expect(runAs(url, "UPDATE consentry.receipts SET body = ''")).rejects.toThrow('permission denied for table receipts');
      await expect(runAs(url, 'ALTER TABLE consentry.receipts DISABLE TRIGGER USER')).rejects.toThrow('must be owner of table receipts');
    } finally {
      await Promise.all(opened.splice(0).map((storage) => storage.close()));
      await database.admin(drop);
    }
  });
});

describe('the stats tables', () => {
  it('cannot be changed unseen by a role granted what the README grants, which may insert into them', async () => {
    const owner = await open();
    await owner.append(await sign());
    const { url, drop } = await roleWith(['SELECT, INSERT ON consentry.receipt_facts, consentry.receipt_choices']);
    try {
      const receivedAt = new Date().toISOString();
      await runAs(
        url,
        `INSERT INTO consentry.receipt_facts VALUES (2, '${receivedAt}', 'given', 'banner.accept_all', '2026-01', 'en');
         INSERT INTO consentry.receipt_choices VALUES (2, '${receivedAt}', 'category', 'analytics', true)`,
      );
      expect((await owner.stats({ bucket: 'day' })).totals.receipts).toBe(2);
      expect(await owner.verify(checks)).toMatchObject({ ok: false, checked: 1, broken: { position: 2, receiptId: null, reason: expect.stringMatching(/^the stats count a receipt/) } });
    } finally {
      await database.admin(drop);
    }
  });
});

describe('a database that is missing, refuses the login, or goes away', () => {
  it('names the database without its password when nothing answers', async () => {
    const port = await closedPort();
    const failure = createPostgresStorage(clusterUrl({ host: '127.0.0.1', port, password: 'hunter2-secret' }), { signer });
    await expect(failure).rejects.toThrow(new RegExp(`^cannot use the PostgreSQL database postgres://postgres@127\\.0\\.0\\.1:${port}/postgres: .*ECONNREFUSED`));
    await expect(failure).rejects.not.toThrow('hunter2');
  });

  it('says the password was refused, without repeating it', async () => {
    const failure = createPostgresStorage(clusterUrl({ password: 'hunter2-secret' }), { signer });
    await expect(failure).rejects.toThrow(/^cannot use the PostgreSQL database postgres:\/\/postgres@[^/]+\/postgres: password authentication failed for user "postgres"$/);
    await expect(failure).rejects.not.toThrow('hunter2');
  });

  it('refuses appends while the database is gone, and works again when it is back', async () => {
    const { hostname, port, pathname } = new URL(database.url);
    const proxy = await startTcpProxy({ host: hostname, port: Number(port) });
    try {
      const storage = await open(clusterUrl({ database: pathname.slice(1), host: '127.0.0.1', port: proxy.port }));
      const before = await sign();
      expect(await storage.append(before)).toMatchObject({ created: true });
      proxy.cut();
      const lost = await sign();
      await expect(storage.append(lost)).rejects.toThrow();
      await expect(storage.check()).rejects.toThrow();
      proxy.restore();
      await storage.check();
      expect(await storage.append(lost)).toEqual({ created: true, record: lost });
      expect(await storage.verify(checks)).toMatchObject({ ok: true, checked: 2 });
    } finally {
      await Promise.all(opened.splice(0).map((storage) => storage.close()));
      await proxy.close();
    }
  });
});

// @vitest-environment node
// The log is append-only and tamper-evident (SPEC §8, storage/receipt-log.ts): the database
// refuses UPDATE and DELETE, and GET /v1/verify names the first row that was edited, deleted or
// moved by someone who went around the collector (here: this test, with its own connection, after
// dropping the triggers), even with every later hash recomputed; with a head kept from
// GET /v1/head, it also finds a tail cut together with its heads.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKeyFileSigner, verifyReceiptSignature } from '../src/key-file';
import { hasValidSignature, signReceipt } from '../src/signing';
import { chainHash, signHead } from '../src/storage/chain';
import type { SignedHead } from '../src/storage/receipt-log';
import { createSqliteStorage } from '../src/storage/sqlite';
import { admin, openCollector, postReceipt, rechain, request, temporaryDirectory, validReceipt } from './fixtures';

// Child processes and real fsyncs on a shared 2-core machine can be slow: these bounds only catch a hang.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

let directory: ReturnType<typeof temporaryDirectory>;
let setup: ReturnType<typeof openCollector>;
let ids: string[];
const databasePath = () => join(directory.path, 'receipts.sqlite');

beforeEach(async () => {
  directory = temporaryDirectory();
  setup = openCollector(directory.path);
  ids = [];
  for (let index = 0; index < 5; index += 1) {
    const receipt = validReceipt();
    ids.push(receipt.receiptId);
    expect((await postReceipt(setup.collector, receipt)).status).toBe(201);
  }
});
afterEach(async () => {
  await setup.storage.close();
  directory.remove();
});

/** Runs `change` on the database file as an attacker with write access would. */
function tamper(change: (db: Database.Database) => void): void {
  const db = new Database(databasePath());
  db.exec('DROP TRIGGER receipts_no_update; DROP TRIGGER receipts_no_delete; DROP TRIGGER heads_no_update; DROP TRIGGER heads_no_delete;');
  change(db);
  db.close();
}

async function verify(since?: SignedHead) {
  const query = since ? `?since=${encodeURIComponent(JSON.stringify(since))}` : '';
  const response = await request(setup.collector, `/v1/verify${query}`, { headers: admin });
  return response.json();
}

async function keptHead(): Promise<SignedHead> {
  return (await request(setup.collector, '/v1/head')).json() as Promise<SignedHead>;
}

describe('the receipt log', () => {
  it('verifies intact, and the database itself refuses UPDATE and DELETE', async () => {
    expect(await verify()).toMatchObject({ ok: true, checked: 5, head: { position: 5 } });
    const db = new Database(databasePath());
    expect(() => db.prepare("UPDATE receipts SET subject_id = 'x' WHERE seq = 1").run()).toThrow('receipts are append-only');
    expect(() => db.prepare('DELETE FROM receipts WHERE seq = 1').run()).toThrow('receipts are append-only');
    expect(() => db.prepare("UPDATE heads SET hash = 'x' WHERE position = 1").run()).toThrow('heads are append-only');
    expect(() => db.prepare('DELETE FROM heads WHERE position = 1').run()).toThrow('heads are append-only');
    db.close();
  });

  it('names an edited row', async () => {
    tamper((db) => db.prepare('UPDATE receipts SET body = replace(body, \'"analytics":true\', \'"analytics":false\') WHERE seq = 3').run());
    expect(await verify()).toEqual({
      ok: false,
      checked: 2,
      broken: { position: 3, receiptId: ids[2], reason: 'its content was changed after it was stored' },
    });
  });

  it('names an edited row even when every later hash was recomputed: its signature no longer matches', async () => {
    tamper((db) => {
      const rows = db.prepare('SELECT seq, body, prev_hash FROM receipts ORDER BY seq').all() as { seq: number; body: string; prev_hash: string }[];
      let previous = rows[1]!.prev_hash;
      for (const row of rows.slice(1)) {
        const body = row.seq === 2 ? row.body.replace('"analytics":true', '"analytics":false') : row.body;
        const hash = chainHash(previous, body);
        db.prepare('UPDATE receipts SET body = ?, prev_hash = ?, hash = ? WHERE seq = ?').run(body, previous, hash, row.seq);
        previous = hash;
      }
    });
    expect(await verify()).toMatchObject({ ok: false, checked: 1, broken: { position: 2, reason: "its signature does not match this collector's public key" } });
  });

  it.each([
    ['null', () => 'null'],
    ['an array', () => '[]'],
    ['a receipt without a signature', (stored: Record<string, unknown>) => JSON.stringify({ ...stored, signature: undefined })],
  ])('names a row whose content, stored with a matching hash, is %s', async (_, content) => {
    tamper((db) => {
      const row = db.prepare('SELECT body, prev_hash FROM receipts WHERE seq = 3').get() as { body: string; prev_hash: string };
      const body = content(JSON.parse(row.body) as Record<string, unknown>);
      db.prepare('UPDATE receipts SET body = ?, hash = ? WHERE seq = 3').run(body, chainHash(row.prev_hash, body));
    });
    expect(await verify()).toEqual({ ok: false, checked: 2, broken: { position: 3, receiptId: ids[2], reason: 'its content is not a signed receipt' } });
  });

  it('names a row whose content is nested too deeply to check its signature', async () => {
    tamper((db) => {
      const row = db.prepare('SELECT body, prev_hash FROM receipts WHERE seq = 3').get() as { body: string; prev_hash: string };
      const body = `${row.body.slice(0, -1)},"padding":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
      db.prepare('UPDATE receipts SET body = ?, hash = ? WHERE seq = 3').run(body, chainHash(row.prev_hash, body));
    });
    expect(await verify()).toMatchObject({ ok: false, checked: 2, broken: { position: 3, receiptId: ids[2], reason: expect.stringMatching(/^its signature cannot be checked: /) } });
  });

  it('names the row after a deleted one: its position is not the next', async () => {
    tamper((db) => db.prepare('DELETE FROM receipts WHERE seq = 2').run());
    expect(await verify()).toEqual({ ok: false, checked: 1, broken: { position: 3, receiptId: ids[2], reason: 'position 2 is missing: rows were deleted before this one' } });
  });

  it.each([
    ['a row deleted', (db: Database.Database) => db.prepare('DELETE FROM receipts WHERE seq = 3').run()],
    [
      'two rows swapped',
      (db: Database.Database) => {
        db.prepare('UPDATE receipts SET seq = 100 WHERE seq = 3').run();
        db.prepare('UPDATE receipts SET seq = 3 WHERE seq = 4').run();
        db.prepare('UPDATE receipts SET seq = 4 WHERE seq = 100').run();
      },
    ],
  ])('finds %s, the log renumbered and rechained: the signed head at that position no longer matches', async (_, change) => {
    tamper((db) => {
      change(db);
      rechain(db);
    });
    expect(await verify()).toMatchObject({
      ok: false,
      checked: 2,
      broken: { position: 3, receiptId: ids[3], reason: expect.stringMatching(/^the log up to here is not the one the collector signed a head for/) },
    });
  });

  it('finds a row deleted and rechained with the later heads removed, and will not sign over it', async () => {
    tamper((db) => {
      db.prepare('DELETE FROM receipts WHERE seq = 3').run();
      rechain(db);
      db.prepare('DELETE FROM heads WHERE position >= 3').run();
    });
    const report = { ok: false, checked: 4, broken: { position: 3, receiptId: ids[3], reason: expect.stringMatching(/^no signed head covers the log from here on/) } };
    expect(await verify()).toMatchObject(report);
    // The collector refuses to extend the log with a head that would vouch for the change.
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect((await postReceipt(setup.collector, validReceipt())).status).toBe(503);
    expect(error.mock.calls).toEqual([[expect.stringMatching(/the receipt log was changed outside the collector: no signed head covers its end \(position 4\)/)]]);
    error.mockRestore();
    expect(await verify()).toMatchObject(report);
  });

  it('finds rows cut from the end while their heads stayed', async () => {
    tamper((db) => db.prepare('DELETE FROM receipts WHERE seq >= 4').run());
    expect(await verify()).toEqual({
      ok: false,
      checked: 3,
      broken: { position: 4, receiptId: null, reason: 'a signed head is at position 4 but the log ends at 3: rows were cut from its end' },
    });
  });

  it('finds the tail cut with its heads against a kept head, and a log rebuilt after the cut', async () => {
    const kept = await keptHead();
    expect(kept).toMatchObject({ schema: 'consentry.head/1', position: 5, time: expect.any(String) });
    expect(await verify(kept)).toMatchObject({ ok: true, checked: 5, head: kept });
    tamper((db) => {
      db.prepare('DELETE FROM receipts WHERE seq >= 4').run();
      db.prepare('DELETE FROM heads WHERE position >= 4').run();
      // The stats count the cut receipts until they are cut too (verify checks them against the log).
      db.exec('DELETE FROM receipt_facts WHERE seq >= 4; DELETE FROM receipt_choices WHERE seq >= 4');
    });
    // Without the kept head, a clean cut of rows, heads and stats together looks like a shorter log.
    expect(await verify()).toMatchObject({ ok: true, checked: 3, head: { position: 3 } });
    expect(await verify(kept)).toEqual({
      ok: false,
      checked: 3,
      broken: { position: 5, receiptId: null, reason: 'the kept head is at position 5 but the log ends at 3: rows were cut from its end' },
    });
    // New receipts refill positions 4 and 5, with other hashes than the kept head's.
    for (let index = 0; index < 3; index += 1) expect((await postReceipt(setup.collector, validReceipt())).status).toBe(201);
    expect(await verify(kept)).toMatchObject({
      ok: false,
      checked: 4,
      broken: { position: 5, reason: 'the log no longer extends the kept head: its hash at that position has changed' },
    });
  });

  it('refuses a kept head that is malformed or not signed by this collector', async () => {
    const kept = await keptHead();
    const forged = { ...kept, hash: 'f'.repeat(64) };
    for (const since of [JSON.stringify(forged), 'not json', JSON.stringify({ ...kept, position: 0 })]) {
      const response = await request(setup.collector, `/v1/verify?since=${encodeURIComponent(since)}`, { headers: admin });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ field: 'since' });
    }
  });

  it("says the collector's key changed when a kept head was signed with another key, rather than calling it forged", async () => {
    const { schema, position, hash, time } = await keptHead();
    const kept = await signHead(createKeyFileSigner(join(directory.path, 'previous.key')), { schema, position, hash, time });
    const response = await request(setup.collector, `/v1/verify?since=${encodeURIComponent(JSON.stringify(kept))}`, { headers: admin });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      field: 'since',
      error: expect.stringMatching(/^since: it is not signed with the collector's current key: if it verifies with the public key you kept with it, the collector's key changed/),
    });
  });

  it('serves the latest head, signed with the key of GET /v1/public-key', async () => {
    const head = await keptHead();
    const { publicKey } = (await (await request(setup.collector, '/v1/public-key')).json()) as { publicKey: string };
    expect(await verifyReceiptSignature(head, publicKey)).toBe(true);
    expect(await verifyReceiptSignature({ ...head, position: 4 }, publicKey)).toBe(false);
    const empty = openCollector(join(directory.path, 'empty'));
    expect((await request(empty.collector, '/v1/head')).status).toBe(404);
    await empty.storage.close();
  });

  it('names the first of two reordered rows (not rechained)', async () => {
    tamper((db) => {
      db.prepare('UPDATE receipts SET seq = 100 WHERE seq = 3').run();
      db.prepare('UPDATE receipts SET seq = 3 WHERE seq = 4').run();
      db.prepare('UPDATE receipts SET seq = 4 WHERE seq = 100').run();
    });
    expect(await verify()).toMatchObject({ ok: false, checked: 2, broken: { position: 3, receiptId: ids[3], reason: expect.stringMatching(/^it does not follow/) } });
  });

  it('names a row moved to another subject through its indexed column', async () => {
    tamper((db) => db.prepare("UPDATE receipts SET subject_id = '00000000-0000-4000-8000-000000000000' WHERE seq = 4").run());
    expect(await verify()).toMatchObject({ ok: false, broken: { position: 4, reason: 'its indexed columns disagree with its signed content' } });
  });

  it('continues the chain across restarts', async () => {
    await setup.storage.close();
    setup = openCollector(directory.path);
    expect((await postReceipt(setup.collector, validReceipt())).status).toBe(201);
    expect(await verify()).toMatchObject({ ok: true, checked: 6, head: { position: 6 } });
  });
});

describe('group commit', () => {
  it('commits many concurrent receipts, each acknowledged, in one unbroken chain', async () => {
    const receipts = Array.from({ length: 300 }, () => validReceipt());
    const statuses = await Promise.all(receipts.map(async (receipt) => (await postReceipt(setup.collector, receipt)).status));
    expect(statuses.every((status) => status === 201)).toBe(true);
    expect(await verify()).toMatchObject({ ok: true, checked: 305 });
  });

  it('refuses every receipt of a group whose commit fails, and stores none of them', async () => {
    const db = new Database(databasePath());
    // Stands in for a failing disk: any row with this subject aborts its whole transaction.
    db.exec(`CREATE TRIGGER fail_commit BEFORE INSERT ON receipts WHEN NEW.subject_id = '00000000-0000-4000-8000-000000000000'
             BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END;`);
    db.close();
    const { storage, signer } = setup;
    const sign = (receipt: ReturnType<typeof validReceipt>) => signReceipt(signer, receipt, new Date().toISOString());
    const good = await sign(validReceipt());
    const bad = await sign(validReceipt({ subjectId: '00000000-0000-4000-8000-000000000000' }));
    // Appended in the same turn of the event loop, so they travel and commit as one group.
    const results = await Promise.allSettled([storage.append(good), storage.append(bad)]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect((results[0] as PromiseRejectedResult).reason.message).toMatch(/simulated write failure/);
    expect(await storage.bySubject(good.subjectId, 10)).toEqual([]);
    expect(await storage.append(await sign(validReceipt()))).toMatchObject({ created: true });
    expect(await verify()).toMatchObject({ ok: true, checked: 6 });
  });

  it('writes what is pending before closing, and refuses appends after', async () => {
    const storage = createSqliteStorage(join(directory.path, 'other.sqlite'), { signer: setup.signer });
    const record = await signReceipt(setup.signer, validReceipt(), new Date().toISOString());
    const appended = storage.append(record);
    await storage.close();
    expect(await appended).toEqual({ created: true, record });
    await expect(storage.append(record)).rejects.toThrow('the receipt storage is closed');
    const reopened = createSqliteStorage(join(directory.path, 'other.sqlite'), { signer: setup.signer });
    expect(await reopened.bySubject(record.subjectId, 10)).toEqual([record]);
    const isSigned = (signed: Parameters<typeof hasValidSignature>[1]) => hasValidSignature(setup.signer.verify, signed);
    expect(await reopened.verify({ isSignedReceipt: isSigned, isSignedHead: isSigned })).toMatchObject({ ok: true, checked: 1, head: { position: 1 } });
    await reopened.close();
  });

  it('adopts a log written before heads existed only when asked, signing one head over its end', async () => {
    const path = join(directory.path, 'version-1.sqlite');
    const db = new Database(path);
    db.exec(`CREATE TABLE receipts (seq INTEGER PRIMARY KEY AUTOINCREMENT, receipt_id TEXT NOT NULL UNIQUE, subject_id TEXT NOT NULL,
               received_at TEXT NOT NULL, body TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL) STRICT;
             PRAGMA user_version = 1;`);
    let previous = '0'.repeat(64);
    for (let index = 0; index < 2; index += 1) {
      const record = await signReceipt(setup.signer, validReceipt(), new Date().toISOString());
      const body = JSON.stringify(record);
      const hash = chainHash(previous, body);
      db.prepare('INSERT INTO receipts (receipt_id, subject_id, received_at, body, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)').run(
        record.receiptId,
        record.subjectId,
        record.receivedAt,
        body,
        previous,
        hash,
      );
      previous = hash;
    }
    db.close();
    expect(() => createSqliteStorage(path, { signer: setup.signer })).toThrow(/^cannot use the receipt log .*version-1\.sqlite: no signed head covers its rows 1 to 2: .*--adopt-unsigned-rows/);
    const warning = vi.spyOn(console, 'error').mockImplementation(() => {});
    await createSqliteStorage(path, { signer: setup.signer, adoptUnsignedRows: true }).close();
    expect(warning.mock.calls).toEqual([[expect.stringMatching(/^consentry-collector: WARNING: adopting the receipt log's rows 1 to 2, which no signed head covers/)]]);
    warning.mockRestore();
    const upgraded = createSqliteStorage(path, { signer: setup.signer });
    const isSigned = (signed: Parameters<typeof hasValidSignature>[1]) => hasValidSignature(setup.signer.verify, signed);
    expect(await upgraded.verify({ isSignedReceipt: isSigned, isSignedHead: isSigned })).toMatchObject({ ok: true, checked: 2, head: { position: 2, hash: previous } });
    await upgraded.close();
  });

  it('refuses a database of another log version', async () => {
    const path = join(directory.path, 'future.sqlite');
    const db = new Database(path);
    db.pragma('user_version = 7');
    db.close();
    expect(() => createSqliteStorage(path, { signer: setup.signer })).toThrow(/holds receipt log version 7; this collector reads version 3/);
  });
});

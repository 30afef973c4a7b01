// @vitest-environment node
// The log is append-only and tamper-evident (SPEC §8): the database refuses UPDATE and DELETE, and
// GET /v1/verify names the first row that was edited, deleted or moved by someone who went around
// the collector (here: this test, with its own connection, after dropping the triggers).
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hasValidSignature, signReceipt } from '../../../src/collector/signing';
import { createSqliteStorage } from '../../../src/collector/storage/sqlite';
import { admin, openCollector, postReceipt, request, temporaryDirectory, validReceipt } from './fixtures';

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
  db.exec('DROP TRIGGER receipts_no_update; DROP TRIGGER receipts_no_delete;');
  change(db);
  db.close();
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function verify() {
  const response = await request(setup.collector, '/v1/verify', { headers: admin });
  return response.json();
}

describe('the receipt log', () => {
  it('verifies intact, and the database itself refuses UPDATE and DELETE', async () => {
    expect(await verify()).toMatchObject({ ok: true, checked: 5 });
    const db = new Database(databasePath());
    expect(() => db.prepare("UPDATE receipts SET subject_id = 'x' WHERE seq = 1").run()).toThrow('receipts are append-only');
    expect(() => db.prepare('DELETE FROM receipts WHERE seq = 1').run()).toThrow('receipts are append-only');
    db.close();
  });

  it('names an edited row', async () => {
    tamper((db) => db.prepare("UPDATE receipts SET body = replace(body, '\"analytics\":true', '\"analytics\":false') WHERE seq = 3").run());
    expect(await verify()).toEqual({
      ok: false,
      checked: 2,
      broken: { seq: 3, receiptId: ids[2], reason: 'its content was changed after it was stored' },
    });
  });

  it('names an edited row even when every later hash was recomputed: its signature no longer matches', async () => {
    tamper((db) => {
      const rows = db.prepare('SELECT seq, body, prev_hash FROM receipts ORDER BY seq').all() as { seq: number; body: string; prev_hash: string }[];
      let previous = rows[1]!.prev_hash;
      for (const row of rows.slice(1)) {
        const body = row.seq === 2 ? row.body.replace('"analytics":true', '"analytics":false') : row.body;
        const hash = sha256(`${previous}\n${body}`);
        db.prepare('UPDATE receipts SET body = ?, prev_hash = ?, hash = ? WHERE seq = ?').run(body, previous, hash, row.seq);
        previous = hash;
      }
    });
    expect(await verify()).toMatchObject({ ok: false, checked: 1, broken: { seq: 2, reason: "its signature does not match this collector's public key" } });
  });

  it('names the row after a deleted one', async () => {
    tamper((db) => db.prepare('DELETE FROM receipts WHERE seq = 2').run());
    expect(await verify()).toMatchObject({ ok: false, checked: 1, broken: { seq: 3, receiptId: ids[2], reason: expect.stringMatching(/^it does not follow the row before it/) } });
  });

  it('names the first of two reordered rows', async () => {
    tamper((db) => {
      db.prepare('UPDATE receipts SET seq = 100 WHERE seq = 3').run();
      db.prepare('UPDATE receipts SET seq = 3 WHERE seq = 4').run();
      db.prepare('UPDATE receipts SET seq = 4 WHERE seq = 100').run();
    });
    expect(await verify()).toMatchObject({ ok: false, checked: 2, broken: { seq: 3, receiptId: ids[3], reason: expect.stringMatching(/^it does not follow/) } });
  });

  it('names a row moved to another subject through its indexed column', async () => {
    tamper((db) => db.prepare("UPDATE receipts SET subject_id = '00000000-0000-4000-8000-000000000000' WHERE seq = 4").run());
    expect(await verify()).toMatchObject({ ok: false, broken: { seq: 4, reason: 'its indexed columns disagree with its signed content' } });
  });

  it('continues the chain across restarts', async () => {
    await setup.storage.close();
    setup = openCollector(directory.path);
    expect((await postReceipt(setup.collector, validReceipt())).status).toBe(201);
    expect(await verify()).toMatchObject({ ok: true, checked: 6, head: { seq: 6 } });
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
    const storage = createSqliteStorage(join(directory.path, 'other.sqlite'));
    const record = await signReceipt(setup.signer, validReceipt(), new Date().toISOString());
    const appended = storage.append(record);
    await storage.close();
    expect(await appended).toEqual({ created: true, record });
    await expect(storage.append(record)).rejects.toThrow('the receipt storage is closed');
    const reopened = createSqliteStorage(join(directory.path, 'other.sqlite'));
    expect(await reopened.bySubject(record.subjectId, 10)).toEqual([record]);
    expect(await reopened.verify((stored) => hasValidSignature(setup.signer.verify, stored))).toMatchObject({ ok: true, checked: 1 });
    await reopened.close();
  });

  it('refuses a database of another log version', async () => {
    const path = join(directory.path, 'future.sqlite');
    const db = new Database(path);
    db.pragma('user_version = 7');
    db.close();
    expect(() => createSqliteStorage(path)).toThrow(/holds receipt log version 7; this collector reads up to version 2/);
  });
});

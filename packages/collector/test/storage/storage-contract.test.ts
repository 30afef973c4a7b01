// The ReceiptStorage contract (receipt-log.ts, SPEC §8), one suite run against every engine: what
// the collector relies on, exactly-once appends, group commit, streaming reads, the chain and its
// signed heads, must hold the same on SQLite and on PostgreSQL.
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKeyFileSigner } from '../../src/key-file';
import { hasValidSignature, signReceipt, type SignedReceipt } from '../../src/signing';
import { PAGE } from '../../src/storage/log-pages';
import type { ChainChecks, ReceiptStorage, SignedHead } from '../../src/storage/receipt-log';
import { temporaryDirectory, validReceipt } from '../fixtures';
import { ENGINES, type LogUnderTest } from './storage-engines';

// Real databases with real syncs on a shared 2-core machine can be slow: these bounds only catch a hang.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const keyDirectory = temporaryDirectory();
const signer = createKeyFileSigner(join(keyDirectory.path, 'signing.key'));
afterAll(() => keyDirectory.remove());

const sign = (overrides: Parameters<typeof validReceipt>[0] = {}, receivedAt = new Date().toISOString()) => signReceipt(signer, validReceipt(overrides), receivedAt);
const checks: ChainChecks = {
  isSignedReceipt: (record) => hasValidSignature(signer.verify, record),
  isSignedHead: (head) => hasValidSignature(signer.verify, head),
};

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe.each(ENGINES)('$name receipt storage', (engine) => {
  let log: LogUnderTest;
  let storage: ReceiptStorage;

  beforeEach(async () => {
    log = await engine.create(signer);
    storage = await log.open();
  });
  afterEach(async () => {
    await storage.close();
    await log.remove();
  });

  describe('append', () => {
    it('stores a receipt once: the same receiptId again gets the stored record back', async () => {
      const record = await sign();
      expect(await storage.append(record)).toEqual({ created: true, record });
      const retry = { ...record, receivedAt: new Date(Date.now() + 1000).toISOString(), signature: 'another' };
      expect(await storage.append(retry)).toEqual({ created: false, record });
      expect(await storage.bySubject(record.subjectId, 10)).toEqual([record]);
    });

    it('stores a receipt once when its copies arrive together', async () => {
      const record = await sign();
      const outcomes = await Promise.all([storage.append(record), storage.append({ ...record, signature: 'second copy' })]);
      expect(outcomes.map((outcome) => outcome.created).sort()).toEqual([false, true]);
      expect(outcomes.map((outcome) => outcome.record)).toEqual([record, record]);
      expect(await collect(storage.received({}))).toEqual([record]);
    });

    it('commits many concurrent appends, each acknowledged, in one unbroken chain', async () => {
      const records = await Promise.all(Array.from({ length: 300 }, () => sign()));
      const outcomes = await Promise.all(records.map((record) => storage.append(record)));
      expect(outcomes.every((outcome) => outcome.created)).toBe(true);
      expect(await storage.verify(checks)).toMatchObject({ ok: true, checked: 300, head: { position: 300 } });
    });

    it('refuses every receipt of a group whose commit fails, and stores none of them', async () => {
      const failing = '00000000-0000-4000-8000-000000000000';
      await log.failWritesFor(failing);
      const good = await sign();
      const bad = await sign({ subjectId: failing });
      // Appended in the same turn of the event loop, so they commit as one group.
      const results = await Promise.allSettled([storage.append(good), storage.append(bad)]);
      expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
      expect((results[0] as PromiseRejectedResult).reason.message).toMatch(/simulated write failure/);
      expect(await storage.bySubject(good.subjectId, 10)).toEqual([]);
      expect(await storage.append(await sign())).toMatchObject({ created: true });
      expect(await storage.verify(checks)).toMatchObject({ ok: true, checked: 1 });
    });

    it('writes what is pending before closing, refuses appends after, and continues the chain when reopened', async () => {
      const record = await sign();
      const appended = storage.append(record);
      await storage.close();
      expect(await appended).toEqual({ created: true, record });
      await expect(storage.append(await sign())).rejects.toThrow('the receipt storage is closed');
      await expect(storage.check()).rejects.toThrow('the receipt storage is closed');
      storage = await log.open();
      await storage.check();
      expect(await storage.append(await sign())).toMatchObject({ created: true });
      expect(await storage.bySubject(record.subjectId, 10)).toEqual([record]);
      expect(await storage.verify(checks)).toMatchObject({ ok: true, checked: 2, head: { position: 2 } });
    });
  });

  describe('the key', () => {
    it('refuses appends once a storage with another key has extended the log, and refuses to reopen it with that key', async () => {
      const anotherSigner = createKeyFileSigner(join(keyDirectory.path, 'another.key'));
      // Opened on the empty log, where no head says which key the log is signed with.
      const another = await log.open({ signer: anotherSigner });
      try {
        await storage.append(await sign());
        const refused = another.append(await signReceipt(anotherSigner, validReceipt(), new Date().toISOString()));
        await expect(refused).rejects.toThrow(
          "the receipt log was extended by a collector with another key: its latest signed head was signed with another key than this collector's: give every instance the same key file",
        );
      } finally {
        await another.close();
      }
      await expect(log.open({ signer: anotherSigner })).rejects.toThrow(/its latest signed head was signed with another key than this collector's/);
      expect(await storage.verify(checks)).toMatchObject({ ok: true, checked: 1 });
    });
  });

  describe('reads', () => {
    it("returns a subject's receipts newest first, at most `limit`", async () => {
      const subjectId = crypto.randomUUID();
      const records: SignedReceipt[] = [];
      for (let index = 0; index < 4; index += 1) {
        const record = await sign({ subjectId });
        records.push(record);
        await storage.append(record);
      }
      await storage.append(await sign());
      expect(await storage.bySubject(subjectId, 10)).toEqual(records.toReversed());
      expect(await storage.bySubject(subjectId, 2)).toEqual(records.toReversed().slice(0, 2));
      expect(await storage.bySubject(crypto.randomUUID(), 10)).toEqual([]);
    });

    it("reads a subject's receipts stored before one of them, a page at a time", async () => {
      const subjectId = crypto.randomUUID();
      const records: SignedReceipt[] = [];
      for (let index = 0; index < 5; index += 1) {
        const record = await sign({ subjectId });
        records.push(record);
        await storage.append(record);
        await storage.append(await sign());
      }
      const newestFirst = records.toReversed();
      expect(await storage.bySubject(subjectId, 2, newestFirst[1]!.receiptId)).toEqual(newestFirst.slice(2, 4));
      expect(await storage.bySubject(subjectId, 10, newestFirst[3]!.receiptId)).toEqual(newestFirst.slice(4));
      expect(await storage.bySubject(subjectId, 10, newestFirst[4]!.receiptId)).toEqual([]);
      // Another subject's receipt is no cursor into this history.
      const other = await sign();
      await storage.append(other);
      expect(await storage.bySubject(subjectId, 10, other.receiptId)).toEqual([]);
    });

    it('streams receipts received in [from, to) in order of arrival, across many pages', async () => {
      const start = Date.parse('2026-03-01T00:00:00.000Z');
      const at = (second: number) => new Date(start + second * 1000).toISOString();
      // 1200 receipts, three a second: more than two pages of any engine's reads.
      const records = await Promise.all(Array.from({ length: 1200 }, (_, index) => sign({}, at(Math.floor(index / 3)))));
      await Promise.all(records.map((record) => storage.append(record)));
      const byArrival = (list: SignedReceipt[]) => list.map((record) => record.receiptId);
      expect(byArrival(await collect(storage.received({})))).toEqual(byArrival(records));
      expect(byArrival(await collect(storage.received({ from: at(10), to: at(20) })))).toEqual(byArrival(records.slice(30, 60)));
      expect(byArrival(await collect(storage.received({ from: at(390) })))).toEqual(byArrival(records.slice(1170)));
      expect(byArrival(await collect(storage.received({ to: at(1) })))).toEqual(byArrival(records.slice(0, 3)));
    });

    it('stops reading when the reader stops early', async () => {
      await Promise.all(Array.from({ length: 5 }, async () => storage.append(await sign())));
      for await (const record of storage.received({})) {
        expect(record.schema).toBe('consentry.receipt/1');
        break;
      }
      // The storage still serves, and closes without waiting on an abandoned read.
      expect(await collect(storage.received({}))).toHaveLength(5);
    });
  });

  describe('the chain', () => {
    let records: SignedReceipt[];
    beforeEach(async () => {
      records = [];
      for (let index = 0; index < 5; index += 1) {
        const record = await sign();
        records.push(record);
        await storage.append(record);
      }
    });

    it('verifies intact, and its latest signed head covers the last row', async () => {
      const head = await storage.head();
      expect(head).toEqual({ schema: 'consentry.head/1', position: 5, hash: expect.stringMatching(/^[0-9a-f]{64}$/), time: expect.any(String), signature: expect.any(String) });
      expect(await hasValidSignature(signer.verify, head!)).toBe(true);
      expect(await storage.verify(checks)).toEqual({ ok: true, checked: 5, head });
      expect(await storage.verify({ ...checks, since: head! })).toEqual({ ok: true, checked: 5, head });
    });

    it('verifies one snapshot of rows and heads while receipts are appended during the check', async () => {
      // More rows than one page: verify reads the heads, checks the first page of rows, and only
      // then reads the next one. A receipt appended in between (from the first signature check)
      // commits its row and head after the heads were read.
      await Promise.all(Array.from({ length: PAGE }, async () => storage.append(await sign())));
      let appended: Promise<unknown> | null = null;
      const report = await storage.verify({
        ...checks,
        isSignedReceipt: async (record) => {
          appended ??= storage.append(await sign());
          await appended;
          return checks.isSignedReceipt(record);
        },
      });
      expect(report).toMatchObject({ ok: true, checked: PAGE + 5 });
      expect(await storage.verify(checks)).toMatchObject({ ok: true, checked: PAGE + 6, head: { position: PAGE + 6 } });
    });

    it('is refused UPDATE and DELETE of rows and heads by the database itself', async () => {
      await expect(log.update('receipts', 2)).rejects.toThrow('receipts are append-only');
      await expect(log.delete('receipts', 2)).rejects.toThrow('receipts are append-only');
      await expect(log.update('heads', 2)).rejects.toThrow('heads are append-only');
      await expect(log.delete('heads', 2)).rejects.toThrow('heads are append-only');
      expect(await storage.verify(checks)).toMatchObject({ ok: true, checked: 5 });
    });

    it('refuses to reopen a log whose last rows no signed head covers, naming them, and adopts them only when asked', async () => {
      await log.tamperDeleteHeads(4);
      await storage.close();
      await expect(log.open()).rejects.toThrow(/no signed head covers its rows 4 to 5: .*--adopt-unsigned-rows/);
      const warning = vi.spyOn(console, 'error').mockImplementation(() => {});
      storage = await log.open({ adoptUnsignedRows: true });
      expect(warning.mock.calls).toEqual([[expect.stringMatching(/WARNING: adopting the receipt log's rows 4 to 5, which no signed head covers/)]]);
      warning.mockRestore();
      expect(await storage.append(await sign())).toMatchObject({ created: true });
      expect(await storage.verify(checks)).toMatchObject({ ok: true, checked: 6, head: { position: 6 } });
    });

    it('names the first row no head covers once heads were removed, and will not sign over it', async () => {
      await log.tamperDeleteHeads(4);
      expect(await storage.verify(checks)).toMatchObject({ ok: false, broken: { position: 4, reason: expect.stringMatching(/^no signed head covers the log from here on/) } });
      await expect(storage.append(await sign())).rejects.toThrow(/the receipt log was changed outside the collector: no signed head covers its end/);
    });

    it('finds the end cut with its heads against a head kept from before', async () => {
      const kept = (await storage.head()) as SignedHead;
      await log.tamperCut(4);
      expect(await storage.verify(checks)).toMatchObject({ ok: true, checked: 3 });
      expect(await storage.verify({ ...checks, since: kept })).toMatchObject({
        ok: false,
        broken: { position: 5, receiptId: null, reason: expect.stringMatching(/^the kept head is at position 5 but the log ends at 3/) },
      });
    });

    it('names an edited row', async () => {
      await log.tamperBody(3, '"analytics":true', '"analytics":false');
      expect(await storage.verify(checks)).toEqual({
        ok: false,
        checked: 2,
        broken: { position: 3, receiptId: records[2]!.receiptId, reason: 'its content was changed after it was stored' },
      });
    });

    it('names the row after a deleted one', async () => {
      await log.tamperDelete(2);
      expect(await storage.verify(checks)).toMatchObject({ ok: false, checked: 1, broken: { position: 3, receiptId: records[2]!.receiptId } });
    });

    it('names a row whose signature does not match', async () => {
      let calls = 0;
      expect(await storage.verify({ ...checks, isSignedReceipt: () => (calls += 1) !== 4 })).toMatchObject({
        ok: false,
        checked: 3,
        broken: { position: 4, reason: "its signature does not match this collector's public key" },
      });
    });

    it('names a head whose signature does not match', async () => {
      expect(await storage.verify({ ...checks, isSignedHead: (head) => head.position !== 3 })).toMatchObject({
        ok: false,
        checked: 2,
        broken: { position: 3, reason: "the head signed at this position has a signature that is not this collector's" },
      });
    });
  });
});

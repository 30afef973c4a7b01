// @vitest-environment node
// GET /healthz tells whether the collector can write (SPEC §8): it fails while
// commits fail (here a trigger stands in for a full disk), answers ok again without a restart once
// they work, and the operator reads one line when the failures start and one when they end.
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { openCollector, postReceipt, request, temporaryDirectory, validReceipt } from './fixtures';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

let directory: ReturnType<typeof temporaryDirectory>;
let setup: ReturnType<typeof openCollector>;

beforeEach(() => {
  directory = temporaryDirectory();
  setup = openCollector(directory.path);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await setup.storage.close();
  directory.remove();
});

/** Makes every write of the log, and of the health probe, fail as a full disk would (or mends it). */
function diskFull(full: boolean): void {
  const db = new Database(join(directory.path, 'receipts.sqlite'));
  db.exec(
    full
      ? `CREATE TRIGGER full_receipts BEFORE INSERT ON receipts BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;
         CREATE TRIGGER full_health BEFORE INSERT ON health BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;`
      : 'DROP TRIGGER full_receipts; DROP TRIGGER full_health;',
  );
  db.close();
}

async function health() {
  const response = await request(setup.collector, '/healthz');
  return [response.status, await response.json()];
}

it('fails while writes fail, recovers without a restart, and logs one line each way', async () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const info = vi.spyOn(console, 'log').mockImplementation(() => {});
  expect(await health()).toEqual([200, { ok: true }]);
  diskFull(true);
  expect((await postReceipt(setup.collector, validReceipt())).status).toBe(503);
  expect(await health()).toEqual([503, { ok: false }]);
  expect(await health()).toEqual([503, { ok: false }]);
  expect((await postReceipt(setup.collector, validReceipt())).status).toBe(503);
  expect(error.mock.calls).toEqual([['consentry-collector: storing receipts failed (logged once until it works again): database or disk is full']]);

  diskFull(false);
  expect(await health()).toEqual([200, { ok: true }]);
  expect(info.mock.calls).toEqual([['consentry-collector: storing receipts works again, after 4 failures']]);
  expect((await postReceipt(setup.collector, validReceipt())).status).toBe(201);
  expect(error).toHaveBeenCalledTimes(1);
});

/**
 * Caps the size any file of this process may grow to (RLIMIT_FSIZE, the soft limit only), or lifts
 * the cap: a file then keeps what it has but cannot take new blocks, as on a full disk. Node
 * ignores SIGXFSZ, so a write past the cap fails with EFBIG instead of ending the process.
 */
function capFileSize(bytes: number | 'unlimited'): void {
  execFileSync('prlimit', ['--pid', String(process.pid), `--fsize=${bytes}:`]);
}

it('fails while the log cannot grow by what a receipt needs, though a row could be rewritten in place', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'log').mockImplementation(() => {});
  expect((await postReceipt(setup.collector, validReceipt())).status).toBe(201);
  // Commits append pages to the write-ahead log: leave it room for about three more, fewer than
  // a receipt writes, more than rewriting one short row does.
  const walSize = statSync(join(directory.path, 'receipts.sqlite-wal')).size;
  capFileSize(walSize + 3 * 4096);
  try {
    expect((await postReceipt(setup.collector, validReceipt())).status).toBe(503);
    expect(await health()).toEqual([503, { ok: false }]);
  } finally {
    capFileSize('unlimited');
  }
  expect(await health()).toEqual([200, { ok: true }]);
  expect((await postReceipt(setup.collector, validReceipt())).status).toBe(201);
});

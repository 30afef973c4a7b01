// The SQLite receipt log (better-sqlite3), the only module that touches the database (STYLE 8).
//
// Durability (SPEC §8: a 2xx means the receipt survives a crash of the process or the machine):
// WAL with synchronous=FULL syncs the log to disk at every commit. One sync per receipt would cap
// the collector near a thousand receipts a second, so appends are group-committed: the receipts
// that arrive while the previous commit is syncing are written in one transaction, and each
// append's promise settles only after that transaction's COMMIT has returned, that is once its
// group is on disk. If a commit fails, every receipt of its group is refused and none is stored.
//
// Writes happen on a worker thread holding the only write connection, because better-sqlite3 is
// synchronous: a commit on the main thread would stop all HTTP work for the length of each sync.
// Reads (histories, export, verify) use a second connection on the main thread; WAL lets them run
// beside the writer.
//
// The chain: each row stores the hash of the row before it and its own hash,
//   hash = hex(SHA-256(prevHash + "\n" + body)),  prevHash of the first row = 64 zeros,
// where body is the stored JSON text of the signed receipt. Editing, deleting or reordering a row
// breaks the chain at that row; rewriting every later hash cannot forge a signature.
import type BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { SignedReceipt } from '../signing';
import { startThread } from '../thread';
import type { AppendOutcome, ChainReport, ReceiptStorage, ReceivedRange } from './receipt-log';

const SCHEMA_VERSION = 1;
const GENESIS = '0'.repeat(64);
const PAGE = 500;

// Append-only is enforced by the database too: the triggers refuse UPDATE and DELETE, so a bug or
// a stray tool cannot rewrite history without first visibly dropping them.
const SCHEMA = `
CREATE TABLE receipts (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  receipt_id TEXT NOT NULL UNIQUE,
  subject_id TEXT NOT NULL,
  received_at TEXT NOT NULL,
  body TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
) STRICT;
CREATE INDEX receipts_by_subject ON receipts (subject_id, seq);
CREATE INDEX receipts_by_received ON receipts (received_at, seq);
CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts BEGIN SELECT RAISE(ABORT, 'receipts are append-only'); END;
CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts BEGIN SELECT RAISE(ABORT, 'receipts are append-only'); END;
PRAGMA user_version = ${SCHEMA_VERSION};
`;

interface ChainRow {
  seq: number;
  receipt_id: string;
  subject_id: string;
  received_at: string;
  body: string;
  prev_hash: string;
  hash: string;
}

/** One receipt on its way to the writer thread. */
interface WriteRow {
  id: number;
  receiptId: string;
  subjectId: string;
  receivedAt: string;
  body: string;
}

/** What the writer thread answers for a committed group: per row, the stored body when the receiptId was already there. */
type WriterReply = { committed: { id: number; existing: string | null }[] } | { failed: number[]; error: string };

interface PendingAppend {
  record: SignedReceipt;
  resolve(outcome: AppendOutcome): void;
  reject(error: unknown): void;
}

function chainHash(prevHash: string, body: string): string {
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/** The writer thread's program (see startThread): it must hash exactly like chainHash above. */
function writerThread(require: NodeJS.Require): void {
  const { parentPort, workerData } = require('node:worker_threads') as typeof import('node:worker_threads');
  const { createHash: hash } = require('node:crypto') as typeof import('node:crypto');
  const Driver = require(workerData.driver as string) as typeof import('better-sqlite3');
  const port = parentPort!;
  const db = new Driver(workerData.path as string);
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  // Receipt and subject ids are random, so every insert lands on a random index page: a cache that
  // holds the indexes (64 MiB, about a million receipts' worth) spares a read per insert. Fewer,
  // larger checkpoints (16 MiB of log) spare syncs of the database file.
  db.pragma('cache_size = -65536');
  db.pragma('wal_autocheckpoint = 4000');
  const lastHash = db.prepare('SELECT hash FROM receipts ORDER BY seq DESC LIMIT 1').pluck();
  const bodyById = db.prepare('SELECT body FROM receipts WHERE receipt_id = ?').pluck();
  const insert = db.prepare('INSERT INTO receipts (receipt_id, subject_id, received_at, body, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)');
  // IMMEDIATE takes the write lock at BEGIN, so the head read below is the head the rows follow.
  const writeGroup = db
    .transaction((rows: WriteRow[]) => {
      let head = (lastHash.get() as string | undefined) ?? (workerData.genesis as string);
      return rows.map((row) => {
        const existing = (bodyById.get(row.receiptId) as string | undefined) ?? null;
        if (existing === null) {
          const next = hash('sha256').update(head).update('\n').update(row.body).digest('hex');
          insert.run(row.receiptId, row.subjectId, row.receivedAt, row.body, head, next);
          head = next;
        }
        return { id: row.id, existing };
      });
    })
    .immediate;
  let group: WriteRow[] = [];
  const commit = () => {
    const rows = group;
    group = [];
    if (rows.length === 0) return;
    let reply: WriterReply;
    try {
      reply = { committed: writeGroup(rows) };
    } catch (error) {
      reply = { failed: rows.map((row) => row.id), error: String(error) };
    }
    port.postMessage(reply);
  };
  // Messages that arrive while a commit is syncing are all delivered before the next immediate
  // callback runs, so together they form the next group.
  port.on('message', (rows: WriteRow[] | 'close') => {
    if (rows === 'close') {
      commit();
      db.close();
      port.close();
      return;
    }
    if (group.length === 0) setImmediate(commit);
    group.push(...rows);
  });
}

/** The message when the optional peer dependency is missing: what to install, in one line. */
const SQLITE_DRIVER_MISSING = 'the SQLite storage needs better-sqlite3, an optional peer dependency: npm install better-sqlite3';

/**
 * better-sqlite3, loaded when a log is opened rather than when the module is imported, so
 * `consentry/collector` imports without it (a native build an edge runtime or a PostgreSQL setup
 * never needs). Returns the module and the file it resolved to, which the writer thread loads.
 */
function loadDriver(): { Database: typeof BetterSqlite3; resolved: string } {
  const require = createRequire(import.meta.url);
  let resolved: string;
  try {
    resolved = require.resolve('better-sqlite3');
  } catch {
    throw new Error(SQLITE_DRIVER_MISSING);
  }
  return { Database: require(resolved) as typeof BetterSqlite3, resolved };
}

function openDatabase(Database: typeof BetterSqlite3, path: string): BetterSqlite3.Database {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    if (db.pragma('journal_mode = WAL', { simple: true }) !== 'wal') {
      throw new Error(`${path} cannot use write-ahead logging here, so receipts could not be made durable`);
    }
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    const version = db.pragma('user_version', { simple: true });
    if (version === 0) db.exec(SCHEMA);
    else if (version !== SCHEMA_VERSION) throw new Error(`${path} holds receipt log version ${String(version)}; this collector reads version ${SCHEMA_VERSION}`);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens (or creates, with its directory) a SQLite receipt log at `path`: WAL, synchronous=FULL,
 * group commit on a writer thread, append-only, hash-chained. Call `close()` when done. Throws
 * when better-sqlite3 (an optional peer dependency) is not installed.
 *
 * @example
 * ```ts
 * const storage = createSqliteStorage('./data/receipts.sqlite');
 * const collector = createCollector({ storage, signer: createKeyFileSigner('./data/signing.key') });
 * ```
 */
export function createSqliteStorage(path: string): ReceiptStorage {
  const driver = loadDriver();
  const db = openDatabase(driver.Database, path);
  const subjectBodies = db.prepare('SELECT body FROM receipts WHERE subject_id = ? ORDER BY seq DESC LIMIT ?').pluck();
  // Keyset pagination on (received_at, seq): every page is a fresh, short read, so no statement
  // stays open across an await.
  const receivedPage = db.prepare(
    `SELECT received_at, seq, body FROM receipts
     WHERE received_at >= @from AND received_at < @to AND (received_at, seq) > (@afterAt, @afterSeq)
     ORDER BY received_at, seq LIMIT ${PAGE}`,
  );
  const chainPage = db.prepare(`SELECT * FROM receipts WHERE seq > ? ORDER BY seq LIMIT ${PAGE}`);
  const ping = db.prepare('SELECT 1');

  const writer = startThread(writerThread, { path, driver: driver.resolved, genesis: GENESIS });
  const waiting = new Map<number, PendingAppend>();
  let outbox: WriteRow[] = [];
  let lastId = 0;
  let failure: Error | null = null;
  let closed = false;
  // The writer keeps the process alive only while it owes an answer.
  writer.unref();

  function fail(error: Error): void {
    failure ??= error;
    for (const pending of waiting.values()) pending.reject(failure);
    waiting.clear();
  }
  writer.on('error', fail);
  writer.on('exit', () => {
    if (!closed) fail(new Error('the receipt writer thread stopped'));
  });
  writer.on('message', (reply: WriterReply) => {
    const settled = 'committed' in reply ? reply.committed.map((row) => row.id) : reply.failed;
    for (const [index, id] of settled.entries()) {
      const pending = waiting.get(id)!;
      waiting.delete(id);
      if (!('committed' in reply)) {
        pending.reject(new Error(reply.error));
      } else {
        const existing = reply.committed[index]!.existing;
        pending.resolve(existing === null ? { created: true, record: pending.record } : { created: false, record: JSON.parse(existing) as SignedReceipt });
      }
    }
    if (waiting.size === 0) writer.unref();
  });

  function sendOutbox(): void {
    if (outbox.length === 0) return;
    writer.postMessage(outbox);
    outbox = [];
  }

  return {
    append(record) {
      if (closed || failure) return Promise.reject(failure ?? new Error('the receipt storage is closed'));
      return new Promise<AppendOutcome>((resolve, reject) => {
        const id = ++lastId;
        waiting.set(id, { record, resolve, reject });
        writer.ref();
        // The receipts of one turn of the event loop travel to the writer in one message. They are
        // sent at once, not held back while a group commits, so the writer starts on them as soon
        // as it can while this thread goes on with the next requests.
        if (outbox.length === 0) setImmediate(sendOutbox);
        outbox.push({ id, receiptId: record.receiptId, subjectId: record.subjectId, receivedAt: record.receivedAt, body: JSON.stringify(record) });
      });
    },

    async bySubject(subjectId, limit) {
      return (subjectBodies.all(subjectId, limit) as string[]).map((body) => JSON.parse(body) as SignedReceipt);
    },

    async *received({ from, to }: ReceivedRange) {
      // Stored times are toISOString() text, which sorts as time; '\uffff' sorts after all of it.
      let after = { afterAt: '', afterSeq: 0 };
      for (;;) {
        const rows = receivedPage.all({ from: from ?? '', to: to ?? '\uffff', ...after }) as Pick<ChainRow, 'received_at' | 'seq' | 'body'>[];
        for (const row of rows) yield JSON.parse(row.body) as SignedReceipt;
        const last = rows.at(-1);
        if (!last || rows.length < PAGE) return;
        after = { afterAt: last.received_at, afterSeq: last.seq };
      }
    },

    async verify(hasValidSignature): Promise<ChainReport> {
      let previous: { seq: number; hash: string } | null = null;
      let checked = 0;
      for (;;) {
        const rows = chainPage.all(previous?.seq ?? 0) as ChainRow[];
        for (const row of rows) {
          const reason = await brokenLink(row, previous?.hash ?? GENESIS, hasValidSignature);
          if (reason) return { ok: false, checked, broken: { seq: row.seq, receiptId: row.receipt_id, reason } };
          previous = { seq: row.seq, hash: row.hash };
          checked += 1;
        }
        if (rows.length < PAGE) return { ok: true, checked, head: previous };
        // Let requests keep being served while a long log is checked.
        await new Promise((resolve) => setImmediate(resolve));
      }
    },

    async check() {
      if (closed) throw new Error('the receipt storage is closed');
      if (failure) throw failure;
      ping.get();
    },

    async close() {
      if (closed) return;
      closed = true;
      if (!failure) {
        // The writer commits what it was sent before it reads 'close'.
        sendOutbox();
        writer.postMessage('close');
        writer.ref();
        await new Promise((resolve) => writer.once('exit', resolve));
      }
      db.close();
    },
  };
}

/** Why a row does not belong where it is in the chain, or null when it does. */
async function brokenLink(
  row: ChainRow,
  expectedPrevHash: string,
  hasValidSignature: (record: SignedReceipt) => boolean | Promise<boolean>,
): Promise<string | null> {
  if (row.prev_hash !== expectedPrevHash) return 'it does not follow the row before it: a row was deleted, inserted or moved here';
  if (chainHash(row.prev_hash, row.body) !== row.hash) return 'its content was changed after it was stored';
  let record: SignedReceipt;
  try {
    record = JSON.parse(row.body) as SignedReceipt;
  } catch {
    return 'its content is not JSON';
  }
  if (record.receiptId !== row.receipt_id || record.subjectId !== row.subject_id || record.receivedAt !== row.received_at) {
    return 'its indexed columns disagree with its signed content';
  }
  if (!(await hasValidSignature(record))) return "its signature does not match this collector's public key";
  return null;
}

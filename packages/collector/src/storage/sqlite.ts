// The SQLite receipt log (better-sqlite3), the only module that touches the database (STYLE 8).
// The log it keeps, hash chain and signed heads, is described in receipt-log.ts.
//
// Durability (SPEC §8: a 2xx means the receipt survives a crash of the process or the machine):
// WAL with synchronous=FULL syncs the log to disk at every commit. One sync per receipt would cap
// the collector near a thousand receipts a second, so appends are group-committed: the receipts
// that arrive while the previous commit is syncing are written in one transaction, with one
// signed head, and each append's promise settles only after that transaction's COMMIT has
// returned, that is once its group is on disk. If a commit fails, every receipt of its group is
// refused and none is stored.
//
// Writes happen on a worker thread holding the only write connection (sqlite-writer.ts, driven
// from the main thread by sqlite-append.ts), because better-sqlite3 is synchronous: a commit on
// the main thread would stop all HTTP work for the length of each sync. Reads (histories, export,
// stats) use a second connection on the main thread, and each verify a read-only one of its own;
// WAL lets them run beside the writer.
import type BetterSqlite3 from 'better-sqlite3';
import { createPublicKey } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { ReceiptSigner, SignedReceipt } from '../signing';
import type { ChainTip } from './chain';
import { checkLogAtStart } from './log-end';
import { headOf, PAGE, verifyPages, verifyStats, type HeadRow, type ReceiptRow } from './log-pages';
import type { ReceiptStorage, ReceivedRange, SignedHead } from './receipt-log';
import { createSqliteAppender } from './sqlite-append';
import { createSqliteStats, createSqliteStatsReads, STATS_MIGRATION } from './sqlite-stats';

// Version 1 had no heads; opening it adds the table, and its rows, which no head covers, are
// adopted only when the operator asks (log-end.ts). Version 3 adds the stats tables, filled from
// the receipts already stored (sqlite-stats.ts).
const SCHEMA_VERSION = 3;

// Append-only is enforced by the database too: the triggers refuse UPDATE and DELETE, so a bug or
// a stray tool cannot rewrite history without first visibly dropping them.
const RECEIPTS_TABLE = `
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
`;
// Version 2: the signed heads (append-only too), and one row the health probe rewrites, outside the log.
const HEADS_TABLE = `
CREATE TABLE heads (
  position INTEGER PRIMARY KEY,
  hash TEXT NOT NULL,
  time TEXT NOT NULL,
  signature TEXT NOT NULL
) STRICT;
CREATE TRIGGER heads_no_update BEFORE UPDATE ON heads BEGIN SELECT RAISE(ABORT, 'heads are append-only'); END;
CREATE TRIGGER heads_no_delete BEFORE DELETE ON heads BEGIN SELECT RAISE(ABORT, 'heads are append-only'); END;
CREATE TABLE health (id INTEGER PRIMARY KEY CHECK (id = 1), checked_at TEXT NOT NULL) STRICT;
PRAGMA user_version = 2;
`;

/**
 * better-sqlite3, loaded when a log is opened rather than when the module is imported, so
 * `@consentry/collector` imports where its native build cannot load (an edge runtime, which gets
 * the handler alone) and a PostgreSQL set-up never loads it. The writer thread imports it only once
 * this has found it. A failure says what to do, in one line: the build is missing or was made for
 * another Node.js.
 */
function loadDriver(): typeof BetterSqlite3 {
  try {
    return createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
  } catch (error) {
    throw new Error(`the SQLite storage cannot load better-sqlite3 (${(error as Error).message.split('\n')[0]}); reinstall @consentry/collector with this Node.js, which builds it`);
  }
}

/**
 * Opens the database, creating or upgrading its schema, and proves it takes writes: a collector
 * that cannot store receipts must not start and answer as if it could.
 */
function openDatabase(Database: typeof BetterSqlite3, path: string): BetterSqlite3.Database {
  let db: BetterSqlite3.Database;
  try {
    mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
  } catch (error) {
    throw new Error(`cannot open the receipt log ${path}: ${(error as Error).message}`);
  }
  try {
    if (db.pragma('journal_mode = WAL', { simple: true }) !== 'wal') {
      throw new Error(`${path} cannot use write-ahead logging here, so receipts could not be made durable`);
    }
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new Error(`${path} holds receipt log version ${String(version)}; this collector reads version ${SCHEMA_VERSION}`);
    }
    try {
      if (version === 0) db.exec(RECEIPTS_TABLE);
      if (version < 2) db.exec(HEADS_TABLE);
      // In one transaction with its version: a backfill that fails leaves version 2, to try again.
      if (version < 3) db.transaction(() => db.exec(`${STATS_MIGRATION} PRAGMA user_version = 3;`)).immediate();
      db.prepare('INSERT OR REPLACE INTO health (id, checked_at) VALUES (1, ?)').run(new Date().toISOString());
    } catch (error) {
      throw new Error(`cannot write to the receipt log ${path} (check the permissions of the file and its directory, and free space): ${(error as Error).message}`);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Checks the log's end before any receipt is taken (checkLogAtStart); returns whether the writer
 * must first sign a head over rows the operator asked to adopt.
 */
function checkOpenedLog(db: BetterSqlite3.Database, path: string, readHead: () => SignedHead | null, { signer, adoptUnsignedRows = false }: SqliteStorageOptions): boolean {
  try {
    // The last row before the head: a group another process commits in between then only makes
    // the head newer than the row, never rows without their head.
    const lastRow = (db.prepare('SELECT seq AS position, hash FROM receipts ORDER BY seq DESC LIMIT 1').get() as ChainTip | undefined) ?? null;
    return checkLogAtStart(lastRow, readHead(), createPublicKey(signer.publicKeyPem), adoptUnsignedRows);
  } catch (error) {
    db.close();
    throw new Error(`cannot use the receipt log ${path}: ${(error as Error).message}`);
  }
}

/** How a SQLite storage is set up. */
export interface SqliteStorageOptions {
  /** The collector's signer: the storage signs each group's head with it (receipt-log.ts). */
  signer: ReceiptSigner;
  /**
   * Sign a head over rows that no signed head covers (a log from before signed heads) as they
   * stand, instead of refusing the log. Nothing shows whether such rows were changed: only for a
   * log whose origin the operator knows. Default false.
   */
  adoptUnsignedRows?: boolean;
}

/**
 * Opens (or creates, with its directory) a SQLite receipt log at `path`: WAL, synchronous=FULL,
 * group commit on a writer thread, append-only, hash-chained, with a head signed by `signer` at
 * every commit. Throws, saying why, when the file cannot be written, when better-sqlite3 (an
 * optional peer dependency) is not installed, when another key signed the log's latest head, or
 * when rows follow that head (unless `adoptUnsignedRows`). Call `close()` when done.
 *
 * @example
 * ```ts
 * const signer = createKeyFileSigner('./data/signing.key');
 * const storage = createSqliteStorage('./data/receipts.sqlite', { signer });
 * const collector = createCollector({ storage, signer });
 * ```
 */
export function createSqliteStorage(path: string, options: SqliteStorageOptions): ReceiptStorage {
  const { signer } = options;
  const Database = loadDriver();
  const db = openDatabase(Database, path);
  const latestHead = db.prepare('SELECT position, hash, time, signature FROM heads ORDER BY position DESC LIMIT 1');
  const readHead = () => {
    const row = latestHead.get() as HeadRow | undefined;
    return row ? headOf(row) : null;
  };
  const adopt = checkOpenedLog(db, path, readHead, options);
  // A `before` that is not one of the subject's receipts compares with NULL: no rows.
  const subjectBodies = db
    .prepare(
      `SELECT body FROM receipts WHERE subject_id = @subjectId
       AND (@before IS NULL OR seq < (SELECT seq FROM receipts WHERE receipt_id = @before AND subject_id = @subjectId))
       ORDER BY seq DESC LIMIT @limit`,
    )
    .pluck();
  // Keyset pagination on (received_at, seq): every page is a fresh, short read, so no statement
  // stays open across an await.
  const receivedPage = db.prepare(
    `SELECT received_at, seq, body FROM receipts
     WHERE received_at >= @from AND received_at < @to AND (received_at, seq) > (@afterAt, @afterSeq)
     ORDER BY received_at, seq LIMIT ${PAGE}`,
  );
  const ping = db.prepare('SELECT 1');
  const stats = createSqliteStats(db);
  const appender = createSqliteAppender(path, adopt, signer);
  let closed = false;

  return {
    append(record) {
      return appender.append(record);
    },

    async bySubject(subjectId, limit, before) {
      return (subjectBodies.all({ subjectId, limit, before: before ?? null }) as string[]).map((body) => JSON.parse(body) as SignedReceipt);
    },

    async *received({ from, to }: ReceivedRange) {
      // Stored times are toISOString() text, which sorts as time; '\uffff' sorts after all of it.
      let after = { afterAt: '', afterSeq: 0 };
      for (;;) {
        const rows = receivedPage.all({ from: from ?? '', to: to ?? '\uffff', ...after }) as { received_at: string; seq: number; body: string }[];
        for (const row of rows) yield JSON.parse(row.body) as SignedReceipt;
        const last = rows.at(-1);
        if (!last || rows.length < PAGE) return;
        after = { afterAt: last.received_at, afterSeq: last.seq };
      }
    },

    async head() {
      return readHead();
    },

    async verify(checks) {
      // Rows, heads and the stats tables are read from one snapshot, as in PostgreSQL: a group
      // that commits meanwhile waits for the next check instead of looking like rows that no head
      // covers. The snapshot is a read transaction on a connection of its own, so that the other
      // reads, which interleave with its pages, go on seeing the log as it grows.
      const snapshot = new Database(path, { readonly: true });
      try {
        snapshot.exec('BEGIN');
        const chainPage = snapshot.prepare(`SELECT seq AS position, receipt_id, subject_id, received_at, body, prev_hash, hash FROM receipts WHERE seq > ? ORDER BY seq LIMIT ${PAGE}`);
        const headPage = snapshot.prepare(`SELECT position, hash, time, signature FROM heads WHERE position > ? ORDER BY position LIMIT ${PAGE}`);
        const report = await verifyPages(
          {
            receipts: async (after) => {
              // Let requests keep being served while a long log is checked.
              if (after > 0) await new Promise((resolve) => setImmediate(resolve));
              return chainPage.all(after) as ReceiptRow[];
            },
            heads: (after) => headPage.all(after) as HeadRow[],
          },
          checks,
        );
        return await verifyStats(report, createSqliteStatsReads(snapshot));
      } finally {
        // Closing ends the read transaction.
        snapshot.close();
      }
    },

    async stats(query) {
      return stats(query);
    },

    async check() {
      if (closed) throw new Error('the receipt storage is closed');
      appender.assertRunning();
      ping.get();
      await appender.proveWritable();
    },

    async close() {
      if (closed) return;
      closed = true;
      await appender.stop();
      db.close();
    },
  };
}

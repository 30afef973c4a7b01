// The PostgreSQL receipt log (node-postgres: pg and pg-cursor), for any number of collector
// instances on one database (SPEC §8, "Beyond one machine"); with the postgres-* modules beside
// it, the only code that talks to PostgreSQL (STYLE 8). The log it keeps, hash chain and signed heads, is described in
// receipt-log.ts.
//
// Appends are group-committed, one chain for all instances, each receipt stored exactly once: see
// postgres-append.ts.
import { createPublicKey } from 'node:crypto';
import type Cursor from 'pg-cursor';
import type pg from 'pg';
import type { ReceiptSigner, SignedReceipt } from '../signing';
import { checkLogAtStart } from './log-end';
import { headOf, PAGE, verifyPages, verifyStats, type HeadRow, type ReceiptRow } from './log-pages';
import { adoptUnsignedRows, createPostgresAppender } from './postgres-append';
import { migrate } from './postgres-schema';
import { createPostgresStatsReads, queryPostgresStats } from './postgres-stats';
import { checkOut, inTransaction } from './postgres-transaction';
import type { ReceiptStorage, ReceivedRange, SignedHead } from './receipt-log';

/**
 * A connection string fit for logs and error messages: the password (in the URL or its
 * `password` parameter) is left out. Throws when `url` is not a postgres:// or postgresql:// URL.
 */
export function describeDatabaseUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    parsed = new URL('invalid:');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new Error('the database must be a postgres:// or postgresql:// URL, e.g. postgres://consentry@db.internal:5432/consent');
  }
  parsed.password = '';
  parsed.searchParams.delete('password');
  return parsed.href;
}

/** Why a connection failed, in words: a refused connection to a name with several addresses reports each. */
function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return error.errors.map(reasonOf).join('; ');
  return error instanceof Error ? error.message || String((error as NodeJS.ErrnoException).code) : String(error);
}

/** How a PostgreSQL storage is set up. */
export interface PostgresStorageOptions {
  /** The collector's signer: the storage signs each group's head with it (receipt-log.ts). Every instance must have the same key. */
  signer: ReceiptSigner;
  /**
   * Sign a head over rows that no signed head covers as they stand, instead of refusing the log.
   * Nothing shows whether such rows were changed: only for a log whose origin the operator knows.
   * Default false.
   */
  adoptUnsignedRows?: boolean;
}

/** node-postgres, loaded when a database is opened rather than when the module is imported: a SQLite collector never needs it. */
async function loadDriver(): Promise<{ pg: typeof pg; Cursor: typeof Cursor }> {
  const [{ default: driver }, { default: cursor }] = await Promise.all([import('pg'), import('pg-cursor')]);
  return { pg: driver, Cursor: cursor };
}

/**
 * The storage's two pools. Appends have connections of their own (one group is written at a time,
 * and reads back the copies the constraint kept), so exports and verifies that hold connections
 * for long never hold up receipts.
 */
function openPools(driver: typeof pg, url: string): { writes: pg.Pool; pool: pg.Pool; endPools(): Promise<unknown> } {
  const openPool = (max: number) => {
    const opened = new driver.Pool({ connectionString: url, application_name: 'consentry-collector', connectionTimeoutMillis: 10_000, max });
    // An idle connection that breaks (the server restarted) is dropped by the pool; the next
    // query opens a new one or reports the failure to its caller.
    opened.on('error', () => {});
    return opened;
  };
  const writes = openPool(2);
  const pool = openPool(8);
  return { writes, pool, endPools: () => Promise.all([writes.end(), pool.end()]) };
}

async function latestHead(pool: pg.Pool): Promise<SignedHead | null> {
  const { rows } = await pool.query<HeadRow>('SELECT position, hash, time, signature FROM consentry.heads ORDER BY position DESC LIMIT 1');
  return rows[0] ? headOf(rows[0]) : null;
}

/** Checks the log's end before any receipt is taken (checkLogAtStart), and adopts rows no head covers when asked to. */
async function checkOpenedLog(writes: pg.Pool, pool: pg.Pool, { signer, adoptUnsignedRows: adopt = false }: PostgresStorageOptions): Promise<void> {
  // The last row before the head: a group another instance commits in between then only makes
  // the head newer than the row, never rows without their head.
  const { rows } = await pool.query<{ position: string; hash: string }>('SELECT position, hash FROM consentry.receipts ORDER BY position DESC LIMIT 1');
  const lastRow = rows[0] ? { position: Number(rows[0].position), hash: rows[0].hash } : null;
  if (checkLogAtStart(lastRow, await latestHead(pool), createPublicKey(signer.publicKeyPem), adopt)) await adoptUnsignedRows(writes, signer);
}

/** Receipts received in `range`, in order of arrival, through a server-side cursor: the export reads as its client downloads, in one snapshot. */
async function* receivedThroughCursor(pool: pg.Pool, CursorClass: typeof Cursor, { from, to }: ReceivedRange): AsyncGenerator<SignedReceipt> {
  const { client, release } = await checkOut(pool);
  const cursor = client.query(
    new CursorClass<{ body: string }>(
      `SELECT body FROM consentry.receipts
       WHERE ($1::timestamptz IS NULL OR received_at >= $1) AND ($2::timestamptz IS NULL OR received_at < $2)
       ORDER BY received_at, position`,
      [from ?? null, to ?? null],
    ),
  );
  try {
    for (;;) {
      const rows = await cursor.read(PAGE);
      if (rows.length === 0) return;
      for (const row of rows) yield JSON.parse(row.body) as SignedReceipt;
    }
  } finally {
    let broken: Error | undefined;
    await cursor.close().catch((error: Error) => {
      broken = error;
    });
    release(broken);
  }
}

/**
 * Connects to PostgreSQL at `url` (postgres://user:password@host:port/database; PGPASSWORD and the
 * other libpq variables fill in what it leaves out), creates or migrates the receipt log's
 * schema, and returns the storage, which signs a head with `signer` at every commit. Rejects with
 * an error that names the database (without its password) when it cannot be reached, the login
 * is refused, another key signed the log's latest head, or rows follow that head (unless
 * `adoptUnsignedRows`). Call `close()` when done.
 *
 * @example
 * ```ts
 * const signer = createKeyFileSigner('/run/secrets/consentry.key');
 * const storage = await createPostgresStorage(process.env.DATABASE_URL!, { signer });
 * const collector = createCollector({ storage, signer });
 * ```
 */
export async function createPostgresStorage(url: string, options: PostgresStorageOptions): Promise<ReceiptStorage> {
  const { signer } = options;
  const where = describeDatabaseUrl(url);
  const { pg, Cursor } = await loadDriver();
  const { writes, pool, endPools } = openPools(pg, url);
  try {
    await inTransaction(writes, 'BEGIN', migrate);
    await checkOpenedLog(writes, pool, options);
  } catch (error) {
    await endPools();
    throw new Error(`cannot use the PostgreSQL database ${where}: ${reasonOf(error)}`, { cause: error });
  }

  const appender = createPostgresAppender(writes, signer);
  let closed = false;

  return {
    append(record) {
      if (closed) return Promise.reject(new Error('the receipt storage is closed'));
      return appender.append(record);
    },

    async bySubject(subjectId, limit, before) {
      // A `before` that is not one of the subject's receipts compares with NULL: no rows.
      const { rows } = await pool.query<{ body: string }>(
        `SELECT body FROM consentry.receipts WHERE subject_id = $1
         AND ($3::uuid IS NULL OR position < (SELECT position FROM consentry.receipts WHERE receipt_id = $3 AND subject_id = $1))
         ORDER BY position DESC LIMIT $2`,
        [subjectId, limit, before ?? null],
      );
      return rows.map((row) => JSON.parse(row.body) as SignedReceipt);
    },

    received(range) {
      return receivedThroughCursor(pool, Cursor, range);
    },

    head: () => latestHead(pool),

    verify(checks) {
      // Rows, heads and the stats tables are read in pages from one snapshot, so what commits
      // meanwhile waits for the next check instead of looking like a head without its rows.
      return inTransaction(pool, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', async (client) => {
        const page = async <Row extends pg.QueryResultRow>(query: string, after: number) => (await client.query<Row>(query, [after, PAGE])).rows;
        const report = await verifyPages(
          {
            receipts: (after) =>
              page<ReceiptRow>('SELECT position, receipt_id, subject_id, received_at, body, prev_hash, hash FROM consentry.receipts WHERE position > $1 ORDER BY position LIMIT $2', after),
            heads: (after) => page<HeadRow>('SELECT position, hash, time, signature FROM consentry.heads WHERE position > $1 ORDER BY position LIMIT $2', after),
          },
          checks,
        );
        return verifyStats(report, createPostgresStatsReads(client));
      });
    },

    stats(query) {
      return inTransaction(pool, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', (client) => queryPostgresStats(client, query));
    },

    async check() {
      if (closed) throw new Error('the receipt storage is closed');
      // Reachable, and a primary that takes writes (not a standby after a failover, not read-only).
      const { rows } = await writes.query<{ writable: boolean }>("SELECT NOT pg_is_in_recovery() AND current_setting('default_transaction_read_only') = 'off' AS writable");
      if (!rows[0]!.writable) throw new Error(`receipts cannot be written: ${where} is read-only`);
    },

    async close() {
      if (closed) return;
      closed = true;
      await appender.idle();
      await endPools();
    },
  };
}

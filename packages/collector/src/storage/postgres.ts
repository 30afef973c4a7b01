// The PostgreSQL receipt log (node-postgres: pg and pg-cursor), for any number of collector
// instances on one database (SPEC §8, "Beyond one machine"), and the only module that talks to
// PostgreSQL (STYLE 8). The log it keeps, hash chain and signed heads, is described in
// receipt-log.ts.
//
// Durability: every group transaction runs with synchronous_commit on (set inside it, so no
// database or role default can turn it off): COMMIT returns once its WAL is flushed, and an
// append's promise settles only after its group's COMMIT returned. Appends are group-committed as
// in SQLite: the receipts that arrive while one group commits form the next, one transaction, one
// signed head and one WAL flush per group, never one per receipt.
//
// One chain for all instances: a group first locks the append lock's row (SELECT … FOR UPDATE),
// then reads the chain's head, so groups from different instances append one after another, each
// continuing the chain where the previous group left it, at contiguous positions. The lock is
// held until COMMIT, WAL flush included: appends from all instances are serialised, which is what
// gives one chain with one sequence of heads (the cost is measured in the README).
//
// Exactly once: receipt_id is UNIQUE and rows go in with ON CONFLICT DO NOTHING, so the database
// decides which copy is stored, whichever instances a receipt reaches and however often. A
// receipt the constraint turns away was stored by someone else: its group is rolled back (its
// chain hashes and head assumed the receipt was new), the stored copy is read, and the group is
// written again without it.
import type Cursor from 'pg-cursor';
import type pg from 'pg';
import { hasValidSignature, type ReceiptSigner, type SignedReceipt } from '../signing';
import { chainHash, GENESIS, signHead, verifyChain } from './chain';
import { migrate } from './postgres-schema';
import { queryPostgresStats } from './postgres-stats';
import { HEAD_SCHEMA, type AppendOutcome, type ChainLink, type ReceiptStorage, type ReceivedRange, type SignedHead } from './receipt-log';

/** Rows read per round trip by the export cursor and the verify pages. */
const PAGE = 500;

/** The most receipts one group transaction writes. */
const MAX_GROUP = 1000;

// A group transaction's first round trip: its settings, the append lock, then the chain's head
// (each statement of a multi-statement query sees what committed before it started, so the head
// is read after the lock is held). Waiting longer than lock_timeout for the lock fails the group
// (its receipts get a 5xx) rather than hanging, and PostgreSQL ends a session that stops talking
// in the middle of a group (a frozen or partitioned instance) after
// idle_in_transaction_session_timeout, which releases the lock for the others.
const BEGIN_GROUP = `BEGIN;
SET LOCAL synchronous_commit = on;
SET LOCAL lock_timeout = '10s';
SET LOCAL idle_in_transaction_session_timeout = '10s';
SELECT FROM consentry.append_lock FOR UPDATE;
SELECT last_row.position AS row_position, last_row.hash AS row_hash, last_head.position AS head_position, last_head.hash AS head_hash
FROM (SELECT) AS one
LEFT JOIN (SELECT position, hash FROM consentry.receipts ORDER BY position DESC LIMIT 1) AS last_row ON true
LEFT JOIN (SELECT position, hash FROM consentry.heads ORDER BY position DESC LIMIT 1) AS last_head ON true`;

// The group's rows and its signed head in one statement: if the unique constraint skips a row,
// the group is rolled back, head and all.
const INSERT_GROUP = `WITH inserted AS (
  INSERT INTO consentry.receipts (position, receipt_id, subject_id, received_at, body, prev_hash, hash)
  SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::uuid[], $4::timestamptz[], $5::text[], $6::text[], $7::text[])
  ON CONFLICT (receipt_id) DO NOTHING
  RETURNING receipt_id
), head AS (
  INSERT INTO consentry.heads (position, hash, time, signature) VALUES ($8, $9, $10, $11)
)
SELECT receipt_id FROM inserted`;

interface Tip {
  row_position: string | null;
  row_hash: string | null;
  head_position: string | null;
  head_hash: string | null;
}

interface ReceiptRow {
  position: string;
  receipt_id: string;
  subject_id: string;
  received_at: Date;
  body: string;
  prev_hash: string;
  hash: string;
}

interface HeadRow {
  position: string;
  hash: string;
  time: Date;
  signature: string;
}

interface PendingAppend {
  record: SignedReceipt;
  resolve(outcome: AppendOutcome): void;
  reject(error: unknown): void;
}

/** The receipts that the unique constraint turned away from a group: already stored by another transaction. */
class AlreadyStored {
  constructor(readonly receiptIds: string[]) {}
}

const headOf = (row: HeadRow): SignedHead => ({
  schema: HEAD_SCHEMA,
  position: Number(row.position),
  hash: row.hash,
  time: row.time.toISOString(),
  signature: row.signature,
});

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

/**
 * Takes a client from the pool for a series of queries. A connection that breaks between them
 * makes the client emit an error, which would end the process if no one listened: it is noted
 * here, and the client is thrown away instead of going back to the pool (as with `broken`).
 */
async function checkOut(pool: pg.Pool): Promise<{ client: pg.PoolClient; release(broken?: Error): void }> {
  const client = await pool.connect();
  let lost: Error | undefined;
  const noteLoss = (error: Error) => {
    lost = error;
  };
  client.on('error', noteLoss);
  return {
    client,
    release(broken) {
      client.off('error', noteLoss);
      client.release(broken ?? lost);
    },
  };
}

/**
 * Runs `work` on a client of its own inside a transaction that `begin` opens (BEGIN, perhaps
 * followed by settings and first queries, whose results `work` gets), committing after it or
 * rolling back if it throws.
 */
async function inTransaction<T>(pool: pg.Pool, begin: string, work: (client: pg.PoolClient, begun: pg.QueryResult[]) => Promise<T>): Promise<T> {
  const { client, release } = await checkOut(pool);
  let broken: Error | undefined;
  try {
    // A query of several statements answers with one result for each.
    const begun = [await client.query(begin)].flat() as pg.QueryResult[];
    const result = await work(client, begun);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    // A client whose connection failed is thrown away instead of going back to the pool.
    await client.query('ROLLBACK').catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    throw error;
  } finally {
    release(broken);
  }
}

/** Reads the rows of `query` in pages, keyed on `position`, on `client` (inside its transaction's snapshot). */
async function* pagesByPosition<Row extends { position: string }>(client: pg.PoolClient, query: string): AsyncGenerator<Row> {
  let after = 0;
  for (;;) {
    const { rows } = await client.query<Row>(query, [after, PAGE]);
    yield* rows;
    if (rows.length < PAGE) return;
    after = Number(rows.at(-1)!.position);
  }
}

/** How a PostgreSQL storage is set up. */
export interface PostgresStorageOptions {
  /** The collector's signer: the storage signs each group's head with it (receipt-log.ts). Every instance must have the same key. */
  signer: ReceiptSigner;
}

/**
 * node-postgres, loaded when a database is opened rather than when the module is imported: pg and
 * pg-cursor are optional peer dependencies, which a frontend install or a SQLite collector never
 * needs. Missing, it says what to install in one line.
 */
async function loadDriver(): Promise<{ pg: typeof pg; Cursor: typeof Cursor }> {
  try {
    const [{ default: driver }, { default: cursor }] = await Promise.all([import('pg'), import('pg-cursor')]);
    return { pg: driver, Cursor: cursor };
  } catch {
    throw new Error('the PostgreSQL storage needs pg and pg-cursor, optional peer dependencies: npm install pg pg-cursor');
  }
}

/**
 * Connects to PostgreSQL at `url` (postgres://user:password@host:port/database; PGPASSWORD and the
 * other libpq variables fill in what it leaves out), creates or migrates the receipt log's
 * schema, and returns the storage, which signs a head with `signer` at every commit. Rejects with
 * an error that names the database (without its password) when it cannot be reached or the login
 * is refused. Call `close()` when done.
 *
 * @example
 * ```ts
 * const signer = createKeyFileSigner('/run/secrets/consentry.key');
 * const storage = await createPostgresStorage(process.env.DATABASE_URL!, { signer });
 * const collector = createCollector({ storage, signer });
 * ```
 */
export async function createPostgresStorage(url: string, { signer }: PostgresStorageOptions): Promise<ReceiptStorage> {
  const where = describeDatabaseUrl(url);
  const { pg, Cursor } = await loadDriver();
  // Appends have connections of their own (one group is written at a time, and reads back the
  // copies the constraint kept), so exports and verifies that hold connections for long never
  // hold up receipts.
  const openPool = (max: number) => {
    const opened = new pg.Pool({ connectionString: url, application_name: 'consentry-collector', connectionTimeoutMillis: 10_000, max });
    // An idle connection that breaks (the server restarted) is dropped by the pool; the next
    // query opens a new one or reports the failure to its caller.
    opened.on('error', () => {});
    return opened;
  };
  const writes = openPool(2);
  const pool = openPool(8);
  const endPools = () => Promise.all([writes.end(), pool.end()]);
  async function latestHead(): Promise<SignedHead | null> {
    const { rows } = await pool.query<HeadRow>('SELECT position, hash, time, signature FROM consentry.heads ORDER BY position DESC LIMIT 1');
    return rows[0] ? headOf(rows[0]) : null;
  }
  try {
    await inTransaction(writes, 'BEGIN', migrate);
    // Every instance must sign with the same key: one given another key would sign heads that
    // verify rejects, so it refuses to start instead.
    const head = await latestHead();
    if (head && !(await hasValidSignature(signer.verify, head))) {
      throw new Error("its latest signed head was signed with another key than this collector's: give every instance the same key file");
    }
  } catch (error) {
    await endPools();
    throw new Error(`cannot use the PostgreSQL database ${where}: ${reasonOf(error)}`, { cause: error });
  }

  const queue: PendingAppend[] = [];
  let writing: Promise<void> | null = null;
  let closed = false;

  /** Writes one group and its signed head in one transaction; resolves with the receipt ids the unique constraint turned away (nothing written then). */
  async function insertGroup(records: SignedReceipt[]): Promise<string[]> {
    try {
      await inTransaction(writes, BEGIN_GROUP, async (client, begun) => {
        const tip = begun.at(-1)!.rows[0] as Tip;
        // The invariant of receipt-log.ts: never sign over rows that no head of ours covers.
        if (tip.row_position !== null && (tip.head_position !== tip.row_position || tip.head_hash !== tip.row_hash)) {
          throw new Error(`the receipt log was changed outside the collector: no signed head covers its end (position ${tip.row_position}); GET /v1/verify says where`);
        }
        let position = Number(tip.row_position ?? 0);
        let hash = tip.row_hash ?? GENESIS;
        const columns: [number[], string[], string[], string[], string[], string[], string[]] = [[], [], [], [], [], [], []];
        for (const record of records) {
          const body = JSON.stringify(record);
          const next = chainHash(hash, body);
          position += 1;
          for (const [index, value] of [position, record.receiptId, record.subjectId, record.receivedAt, body, hash, next].entries()) {
            (columns[index] as unknown[]).push(value);
          }
          hash = next;
        }
        const head = await signHead(signer, { schema: HEAD_SCHEMA, position, hash, time: new Date().toISOString() });
        const { rows } = await client.query<{ receipt_id: string }>(INSERT_GROUP, [...columns, head.position, head.hash, head.time, head.signature]);
        if (rows.length < records.length) {
          const stored = new Set(rows.map((row) => row.receipt_id));
          throw new AlreadyStored(records.map((record) => record.receiptId).filter((id) => !stored.has(id)));
        }
      });
      return [];
    } catch (error) {
      if (error instanceof AlreadyStored) return error.receiptIds;
      throw error;
    }
  }

  /** Stores a group of receipts, each once, and tells each append what happened to its receipt. */
  async function writeGroup(records: SignedReceipt[]): Promise<AppendOutcome[]> {
    // A receipt sent twice in one group is written once; its later copies get the first's outcome.
    const first = new Map<string, SignedReceipt>();
    for (const record of records) if (!first.has(record.receiptId)) first.set(record.receiptId, record);
    const storedBodies = new Map<string, string>();
    for (;;) {
      const fresh = [...first.values()].filter((record) => !storedBodies.has(record.receiptId));
      const taken = fresh.length === 0 ? [] : await insertGroup(fresh);
      if (taken.length === 0) break;
      const { rows } = await writes.query<{ receipt_id: string; body: string }>('SELECT receipt_id, body FROM consentry.receipts WHERE receipt_id = ANY($1::uuid[])', [taken]);
      // The constraint only turns a receipt away once its other copy has committed, so it is
      // there to read; were it not, looping again could not end.
      if (rows.length < taken.length) throw new Error('a receipt the database reported as stored could not be read back');
      for (const row of rows) storedBodies.set(row.receipt_id, row.body);
    }
    const claimed = new Set<string>();
    return records.map((record) => {
      const body = storedBodies.get(record.receiptId);
      if (body !== undefined) return { created: false, record: JSON.parse(body) as SignedReceipt };
      const created = !claimed.has(record.receiptId);
      claimed.add(record.receiptId);
      return { created, record: first.get(record.receiptId)! };
    });
  }

  /** Writes queued appends group by group until the queue is empty. */
  async function drain(): Promise<void> {
    // Requests handled in this turn of the event loop join the first group.
    await new Promise((resolve) => setImmediate(resolve));
    while (queue.length > 0) {
      const group = queue.splice(0, MAX_GROUP);
      try {
        const outcomes = await writeGroup(group.map((pending) => pending.record));
        group.forEach((pending, index) => pending.resolve(outcomes[index]!));
      } catch (error) {
        for (const pending of group) pending.reject(error);
      }
    }
    writing = null;
  }

  return {
    append(record) {
      if (closed) return Promise.reject(new Error('the receipt storage is closed'));
      return new Promise<AppendOutcome>((resolve, reject) => {
        queue.push({ record, resolve, reject });
        writing ??= drain();
      });
    },

    async bySubject(subjectId, limit) {
      const { rows } = await pool.query<{ body: string }>(
        'SELECT body FROM consentry.receipts WHERE subject_id = $1 ORDER BY position DESC LIMIT $2',
        [subjectId, limit],
      );
      return rows.map((row) => JSON.parse(row.body) as SignedReceipt);
    },

    async *received({ from, to }: ReceivedRange) {
      // A server-side cursor: the export reads as its client downloads, in one snapshot.
      const { client, release } = await checkOut(pool);
      const cursor = client.query(
        new Cursor<{ body: string }>(
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
    },

    head: latestHead,

    verify(checks) {
      // Rows and heads are read in pages from one snapshot, so what commits meanwhile waits for
      // the next check instead of looking like a head without its rows.
      return inTransaction(pool, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', async (client) => {
        async function* links(): AsyncIterable<ChainLink> {
          for await (const row of pagesByPosition<ReceiptRow>(
            client,
            'SELECT position, receipt_id, subject_id, received_at, body, prev_hash, hash FROM consentry.receipts WHERE position > $1 ORDER BY position LIMIT $2',
          )) {
            yield {
              position: Number(row.position),
              receiptId: row.receipt_id,
              subjectId: row.subject_id,
              receivedAt: row.received_at.toISOString(),
              body: row.body,
              prevHash: row.prev_hash,
              hash: row.hash,
            };
          }
        }
        async function* heads(): AsyncIterable<SignedHead> {
          for await (const row of pagesByPosition<HeadRow>(
            client,
            'SELECT position, hash, time, signature FROM consentry.heads WHERE position > $1 ORDER BY position LIMIT $2',
          )) {
            yield headOf(row);
          }
        }
        return verifyChain(links(), heads(), checks);
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
      await writing;
      await endPools();
    },
  };
}

// The PostgreSQL receipt log (node-postgres: `pg`, `pg-cursor`), for any number of collector instances on one
// database (SPEC §8, "Beyond one machine"). The only module that talks to PostgreSQL (STYLE 8).
//
// Durability: every group transaction runs with synchronous_commit on (set in the transaction, so
// no database or role default can turn it off), so COMMIT returns once its WAL is flushed, and an append's promise settles only after its COMMIT returned. Appends are
// group-committed as in SQLite: the receipts that arrive while one group commits form the next,
// one transaction (and one WAL flush) per group, never one per receipt.
//
// One chain for all instances: a group first locks the chain head's row (SELECT … FOR UPDATE), so
// groups from different instances append one after another, each continuing the chain where the
// previous group left it, at contiguous positions. The lock is held until COMMIT, WAL flush
// included: that is the cost, measured in the README. A head that never moves backwards is what
// lets verify name a gap, and an auditor compare what they noted with what is there now.
//
// Exactly once: receipt_id is UNIQUE and rows go in with ON CONFLICT DO NOTHING, so the database
// decides which copy is stored, whichever instances a receipt reaches and however often. A
// receipt the constraint turns away was stored by someone else: its group is rolled back (its
// chain hashes assumed the receipt was new), the stored copy is read, and the group is written
// again without it.
import Cursor from 'pg-cursor';
import pg from 'pg';
import type { SignedReceipt } from '../signing';
import { brokenLink, chainHash, GENESIS, type ChainRow } from './chain';
import { migrate } from './postgres-schema';
import type { AppendOutcome, ChainReport, ReceiptStorage, ReceivedRange } from './receipt-log';

/** Rows read per round trip by the export and verify cursors. */
const PAGE = 500;

/** The most receipts one group transaction writes. */
const MAX_GROUP = 1000;

// A group transaction's first round trip: its settings, then the chain head, locked. Waiting more
// than lock_timeout for the head fails the group (its receipts get a 5xx) rather than hanging, and
// PostgreSQL ends a session that stops talking in the middle of a group (a frozen or partitioned
// instance) after idle_in_transaction_session_timeout, which releases the head for the others.
const BEGIN_GROUP = `BEGIN;
SET LOCAL synchronous_commit = on;
SET LOCAL lock_timeout = '10s';
SET LOCAL idle_in_transaction_session_timeout = '10s';
SELECT position, hash FROM consentry.chain_head FOR UPDATE`;

// The group's rows and the head's new place in one statement: if the unique constraint skips a
// row, both are rolled back.
const INSERT_GROUP = `WITH inserted AS (
  INSERT INTO consentry.receipts (position, receipt_id, subject_id, received_at, body, prev_hash, hash)
  SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::uuid[], $4::timestamptz[], $5::text[], $6::text[], $7::text[])
  ON CONFLICT (receipt_id) DO NOTHING
  RETURNING receipt_id
), moved AS (
  UPDATE consentry.chain_head SET position = $8, hash = $9
)
SELECT receipt_id FROM inserted`;

interface PendingAppend {
  record: SignedReceipt;
  resolve(outcome: AppendOutcome): void;
  reject(error: unknown): void;
}

/** The receipts that the unique constraint turned away from a group: already stored by another transaction. */
class AlreadyStored {
  constructor(readonly receiptIds: string[]) {}
}

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
 * Runs `work` on a client of its own inside a transaction that `begin` opens (BEGIN, perhaps
 * followed by settings and a first query, whose results `work` gets), committing after it or
 * rolling back if it throws.
 */
async function inTransaction<T>(pool: pg.Pool, begin: string, work: (client: pg.PoolClient, begun: pg.QueryResult[]) => Promise<T>): Promise<T> {
  const client = await pool.connect();
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
    client.release(broken);
  }
}

/** Reads the rows of `text` page by page with a server-side cursor on a client of its own. */
async function* readPages<Row>(client: pg.PoolClient, text: string, values: unknown[] = []): AsyncGenerator<Row[]> {
  const cursor = client.query(new Cursor<Row>(text, values));
  try {
    for (;;) {
      const rows = await cursor.read(PAGE);
      if (rows.length === 0) return;
      yield rows;
    }
  } finally {
    await cursor.close();
  }
}

/**
 * Connects to PostgreSQL at `url` (postgres://user:password@host:port/database; PGPASSWORD and the
 * other libpq variables fill in what it leaves out), creates or migrates the receipt log's
 * schema, and returns the storage. Rejects with an error that names the database (without its
 * password) when it cannot be reached or the login is refused. Call `close()` when done.
 *
 * @example
 * ```ts
 * const storage = await createPostgresStorage(process.env.DATABASE_URL!);
 * const collector = createCollector({ storage, signer: createKeyFileSigner('/run/secrets/consentry.key') });
 * ```
 */
export async function createPostgresStorage(url: string): Promise<ReceiptStorage> {
  const where = describeDatabaseUrl(url);
  const pool = new pg.Pool({ connectionString: url, application_name: 'consentry-collector', connectionTimeoutMillis: 10_000 });
  // An idle connection that breaks (the server restarted) is dropped by the pool; the next query
  // opens a new one or reports the failure to its caller.
  pool.on('error', () => {});
  try {
    await inTransaction(pool, 'BEGIN', migrate);
  } catch (error) {
    await pool.end();
    throw new Error(`cannot use the PostgreSQL database ${where}: ${reasonOf(error)}`, { cause: error });
  }

  const queue: PendingAppend[] = [];
  let writing: Promise<void> | null = null;
  let closed = false;

  /** Writes one group in one transaction; resolves with the receipt ids the unique constraint turned away (nothing written then). */
  async function insertGroup(records: SignedReceipt[]): Promise<string[]> {
    try {
      await inTransaction(pool, BEGIN_GROUP, async (client, begun) => {
        const head = begun.at(-1)!.rows[0] as { position: string; hash: string };
        let position = Number(head.position);
        let hash = head.hash;
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
        const { rows } = await client.query<{ receipt_id: string }>(INSERT_GROUP, [...columns, position, hash]);
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
      const { rows } = await pool.query<{ receipt_id: string; body: string }>('SELECT receipt_id, body FROM consentry.receipts WHERE receipt_id = ANY($1::uuid[])', [taken]);
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
      const client = await pool.connect();
      try {
        const pages = readPages<{ body: string }>(
          client,
          `SELECT body FROM consentry.receipts
           WHERE ($1::timestamptz IS NULL OR received_at >= $1) AND ($2::timestamptz IS NULL OR received_at < $2)
           ORDER BY received_at, position`,
          [from ?? null, to ?? null],
        );
        for await (const rows of pages) {
          for (const row of rows) yield JSON.parse(row.body) as SignedReceipt;
        }
      } finally {
        client.release();
      }
    },

    async verify(hasValidSignature): Promise<ChainReport> {
      // One snapshot for the whole check: rows committed meanwhile are left for the next one.
      return inTransaction(pool, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', async (client) => {
        let previous: { seq: number; hash: string } | null = null;
        let checked = 0;
        const pages = readPages<Omit<ChainRow, 'seq' | 'received_at'> & { position: string; received_at: Date }>(
          client,
          'SELECT position, receipt_id, subject_id, received_at, body, prev_hash, hash FROM consentry.receipts ORDER BY position',
        );
        for await (const rows of pages) {
          for (const { position, received_at, ...columns } of rows) {
            const row: ChainRow = { ...columns, seq: Number(position), received_at: received_at.toISOString() };
            const expected = (previous?.seq ?? 0) + 1;
            const reason =
              row.seq !== expected
                ? `it follows position ${expected - 1}: the rows between were deleted`
                : await brokenLink(row, previous?.hash ?? GENESIS, hasValidSignature);
            if (reason) return { ok: false, checked, broken: { seq: row.seq, receiptId: row.receipt_id, reason } } satisfies ChainReport;
            previous = { seq: row.seq, hash: row.hash };
            checked += 1;
          }
        }
        return { ok: true, checked, head: previous } satisfies ChainReport;
      });
    },

    async check() {
      if (closed) throw new Error('the receipt storage is closed');
      await pool.query('SELECT 1');
    },

    async close() {
      if (closed) return;
      closed = true;
      await writing;
      await pool.end();
    },
  };
}

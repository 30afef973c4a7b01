// The PostgreSQL receipt log (the `postgres` client), for any number of collector instances on one
// database (SPEC §8, "Beyond one machine"). The only module that talks to PostgreSQL (STYLE 8).
//
// Durability: sessions run with synchronous_commit on, so COMMIT returns once the transaction's
// WAL is flushed, and an append's promise settles only after its COMMIT returned. Appends are
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
import postgres, { type Sql } from 'postgres';
import type { SignedReceipt } from '../signing';
import { brokenLink, chainHash, GENESIS, type ChainRow } from './chain';
import { migrate } from './postgres-schema';
import type { AppendOutcome, ChainReport, ReceiptStorage, ReceivedRange } from './receipt-log';

/** Rows read per round trip by history, export and verify cursors. */
const PAGE = 500;

/** The most receipts one group transaction writes. */
const MAX_GROUP = 1000;

// Guards for a group transaction: an instance that waits this long for the chain head gives up
// (its receipts get a 5xx), and PostgreSQL ends a session that stops talking in the middle of a
// group (a frozen or partitioned instance), releasing the chain head for the others.
const GROUP_LOCK_TIMEOUT = '10s';
const GROUP_IDLE_TIMEOUT = '10s';

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

/**
 * Connects to PostgreSQL at `url` (postgres://user:password@host:port/database), creates or
 * migrates the receipt log's schema, and returns the storage. Rejects with an error that names the
 * database (without its password) when it cannot be reached or the login is refused. Call
 * `close()` when done.
 *
 * @example
 * ```ts
 * const storage = await createPostgresStorage(process.env.DATABASE_URL!);
 * const collector = createCollector({ storage, signer: createKeyFileSigner('/run/secrets/consentry.key') });
 * ```
 */
export async function createPostgresStorage(url: string): Promise<ReceiptStorage> {
  const where = describeDatabaseUrl(url);
  const sql = postgres(url, {
    // NOTICEs ("schema already exists") are not the operator's business.
    onnotice: () => {},
    connect_timeout: 10,
    // The promise of a 2xx (a committed, durable receipt) must not depend on the database's or
    // the role's defaults.
    connection: { application_name: 'consentry-collector', synchronous_commit: 'on' },
  });
  try {
    await migrate(sql);
  } catch (error) {
    await sql.end({ timeout: 1 });
    throw new Error(`cannot use the PostgreSQL database ${where}: ${(error as Error).message}`, { cause: error });
  }

  const queue: PendingAppend[] = [];
  let writing: Promise<void> | null = null;
  let closed = false;

  /** Writes one group in one transaction; resolves with the receipt ids the unique constraint turned away (nothing written then). */
  async function insertGroup(records: SignedReceipt[]): Promise<string[]> {
    try {
      await sql.begin(async (tx) => {
        const [, [head]] = await Promise.all([
          tx.unsafe(`SET LOCAL lock_timeout = '${GROUP_LOCK_TIMEOUT}'; SET LOCAL idle_in_transaction_session_timeout = '${GROUP_IDLE_TIMEOUT}'`),
          tx<{ position: string; hash: string }[]>`SELECT position, hash FROM consentry.chain_head FOR UPDATE`,
        ]);
        let position = Number(head!.position);
        let hash = head!.hash;
        const columns = { position: [] as number[], receiptId: [] as string[], subjectId: [] as string[], receivedAt: [] as string[], body: [] as string[], prevHash: [] as string[], hash: [] as string[] };
        for (const record of records) {
          const body = JSON.stringify(record);
          const next = chainHash(hash, body);
          position += 1;
          columns.position.push(position);
          columns.receiptId.push(record.receiptId);
          columns.subjectId.push(record.subjectId);
          columns.receivedAt.push(record.receivedAt);
          columns.body.push(body);
          columns.prevHash.push(hash);
          columns.hash.push(next);
          hash = next;
        }
        // Both statements travel in one round trip; if the insert skipped a row, the head update
        // is rolled back with it.
        const [inserted] = await Promise.all([
          tx<{ receipt_id: string }[]>`
            INSERT INTO consentry.receipts (position, receipt_id, subject_id, received_at, body, prev_hash, hash)
            SELECT * FROM unnest(${columns.position}::bigint[], ${columns.receiptId}::uuid[], ${columns.subjectId}::uuid[],
                                 ${columns.receivedAt}::timestamptz[], ${columns.body}::text[], ${columns.prevHash}::text[], ${columns.hash}::text[])
            ON CONFLICT (receipt_id) DO NOTHING
            RETURNING receipt_id`,
          tx`UPDATE consentry.chain_head SET position = ${position}, hash = ${hash}`,
        ]);
        if (inserted.length < records.length) {
          const stored = new Set(inserted.map((row) => row.receipt_id));
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
      const rows = await sql<{ receipt_id: string; body: string }[]>`SELECT receipt_id, body FROM consentry.receipts WHERE receipt_id = ANY(${taken}::uuid[])`;
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
      const rows = await sql<{ body: string }[]>`
        SELECT body FROM consentry.receipts WHERE subject_id = ${subjectId} ORDER BY position DESC LIMIT ${limit}`;
      return rows.map((row) => JSON.parse(row.body) as SignedReceipt);
    },

    async *received({ from, to }: ReceivedRange) {
      const cursor = sql<{ body: string }[]>`
        SELECT body FROM consentry.receipts
        WHERE ${from === undefined ? sql`true` : sql`received_at >= ${from}`} AND ${to === undefined ? sql`true` : sql`received_at < ${to}`}
        ORDER BY received_at, position`.cursor(PAGE);
      for await (const rows of cursor) {
        for (const row of rows) yield JSON.parse(row.body) as SignedReceipt;
      }
    },

    async verify(hasValidSignature): Promise<ChainReport> {
      // One snapshot for the whole check: rows committed meanwhile are left for the next one.
      return sql.begin('ISOLATION LEVEL REPEATABLE READ READ ONLY', async (tx) => {
        let previous: { seq: number; hash: string } | null = null;
        let checked = 0;
        const cursor = tx<(Omit<ChainRow, 'seq' | 'received_at'> & { position: string; received_at: Date })[]>`
          SELECT position, receipt_id, subject_id, received_at, body, prev_hash, hash FROM consentry.receipts ORDER BY position`.cursor(PAGE);
        for await (const rows of cursor) {
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
      await sql`SELECT 1`;
    },

    async close() {
      if (closed) return;
      closed = true;
      await writing;
      await sql.end({ timeout: 5 });
    },
  };
}

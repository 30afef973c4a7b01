// The PostgreSQL storage's appends (postgres.ts opens the pools): group commit into the one chain
// that every collector instance on the database shares.
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
import { createPublicKey, type KeyObject } from 'node:crypto';
import type pg from 'pg';
import type { ReceiptSigner, SignedReceipt } from '../signing';
import { chainAfter, headAt, signHead, type ChainTip } from './chain';
import { assertHeadCoversEnd, assertSignedWith } from './log-end';
import { headOf } from './log-pages';
import { inTransaction } from './postgres-transaction';
import type { AppendOutcome, PendingAppend } from './receipt-log';

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
SELECT last_row.position AS row_position, last_row.hash AS row_hash,
  last_head.position AS head_position, last_head.hash AS head_hash, last_head.time AS head_time, last_head.signature AS head_signature
FROM (SELECT) AS one
LEFT JOIN (SELECT position, hash FROM consentry.receipts ORDER BY position DESC LIMIT 1) AS last_row ON true
LEFT JOIN (SELECT position, hash, time, signature FROM consentry.heads ORDER BY position DESC LIMIT 1) AS last_head ON true`;

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
  head_time: Date | null;
  head_signature: string | null;
}

/** The receipts that the unique constraint turned away from a group: already stored by another transaction. */
class AlreadyStored {
  constructor(readonly receiptIds: string[]) {}
}

const tipAt = (position: string | null, hash: string | null): ChainTip | null => (position === null ? null : { position: Number(position), hash: hash! });

/** The columns of INSERT_GROUP's unnest: the group's rows chained after `lastRow`, and the end they reach. */
function chainedColumns(records: SignedReceipt[], lastRow: ChainTip | null): { columns: unknown[][]; end: ChainTip } {
  const chain = chainAfter(lastRow);
  const columns: unknown[][] = [[], [], [], [], [], [], []];
  for (const record of records) {
    const body = JSON.stringify(record);
    const { position, prevHash, hash } = chain.add(body);
    for (const [index, value] of [position, record.receiptId, record.subjectId, record.receivedAt, body, prevHash, hash].entries()) columns[index]!.push(value);
  }
  return { columns, end: chain.end() };
}

/** The collector's key, for the check of the log's latest head in every group (log-end.ts). */
interface GroupSigner {
  signer: ReceiptSigner;
  publicKey: KeyObject;
}

/**
 * Writes one group and its signed head in one transaction; resolves with the receipt ids the
 * unique constraint turned away (nothing written then). With `adopt` and no records, signs a head
 * over rows no signed head covers, at the operator's request.
 */
async function insertGroup(writes: pg.Pool, { signer, publicKey }: GroupSigner, records: SignedReceipt[], adopt = false): Promise<string[]> {
  try {
    await inTransaction(writes, BEGIN_GROUP, async (client, begun) => {
      const tip = begun.at(-1)!.rows[0] as Tip;
      const lastRow = tipAt(tip.row_position, tip.row_hash);
      const lastHead = tip.head_position === null ? null : headOf({ position: tip.head_position, hash: tip.head_hash!, time: tip.head_time!, signature: tip.head_signature! });
      assertSignedWith(publicKey, lastHead);
      if (!adopt) assertHeadCoversEnd(lastRow, lastHead);
      const { columns, end } = chainedColumns(records, lastRow);
      const head = await signHead(signer, headAt(end));
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
async function writeGroup(writes: pg.Pool, signer: GroupSigner, records: SignedReceipt[]): Promise<AppendOutcome[]> {
  // A receipt sent twice in one group is written once; its later copies get the first's outcome.
  const first = new Map<string, SignedReceipt>();
  for (const record of records) if (!first.has(record.receiptId)) first.set(record.receiptId, record);
  const storedBodies = new Map<string, string>();
  for (;;) {
    const fresh = [...first.values()].filter((record) => !storedBodies.has(record.receiptId));
    const taken = fresh.length === 0 ? [] : await insertGroup(writes, signer, fresh);
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

/** Signs a head over the log's end, adopting the rows after the last signed head (checkLogAtStart said so). */
export async function adoptUnsignedRows(writes: pg.Pool, signer: ReceiptSigner): Promise<void> {
  await insertGroup(writes, { signer, publicKey: createPublicKey(signer.publicKeyPem) }, [], true);
}

/**
 * The group commit on the `writes` pool: `append` queues a receipt for the next group and settles
 * once that group committed; `idle` resolves once the queue is written.
 */
export function createPostgresAppender(writes: pg.Pool, receiptSigner: ReceiptSigner): { append(record: SignedReceipt): Promise<AppendOutcome>; idle(): Promise<void> } {
  const signer: GroupSigner = { signer: receiptSigner, publicKey: createPublicKey(receiptSigner.publicKeyPem) };
  const queue: PendingAppend[] = [];
  let writing: Promise<void> | null = null;

  /** Writes queued appends group by group until the queue is empty. */
  async function drain(): Promise<void> {
    // Requests handled in this turn of the event loop join the first group.
    await new Promise((resolve) => setImmediate(resolve));
    while (queue.length > 0) {
      const group = queue.splice(0, MAX_GROUP);
      try {
        const outcomes = await writeGroup(
          writes,
          signer,
          group.map((pending) => pending.record),
        );
        group.forEach((pending, index) => {
          pending.resolve(outcomes[index]!);
        });
      } catch (error) {
        for (const pending of group) pending.reject(error);
      }
    }
    writing = null;
  }

  return {
    append(record) {
      return new Promise<AppendOutcome>((resolve, reject) => {
        queue.push({ record, resolve, reject });
        writing ??= drain();
      });
    },
    async idle() {
      await writing;
    },
  };
}

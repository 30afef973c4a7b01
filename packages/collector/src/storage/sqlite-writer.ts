// The SQLite writer thread (started by sqlite.ts, built by vite as its own entry): it holds the
// only write connection and group-commits what the main thread sends it. A group is one IMMEDIATE
// transaction: the log's end is checked (log-end.ts), its rows are chained after the last one, the
// new head goes to the main thread to be signed (the key stays with the collector's signer), and
// the signed head is inserted before COMMIT (receipt-log.ts). While a group waits for its
// signature the transaction stays open; rows that arrive meanwhile form the next group.
import Database from 'better-sqlite3';
import { createPublicKey, randomBytes } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import type { SignedHead } from './receipt-log';
import { chainAfter, headAt, type ChainTip } from './chain';
import { assertHeadCoversEnd, assertSignedWith } from './log-end';
import { headOf, type HeadRow } from './log-pages';
import type { WriteRow, WriterCommand, WriterData, WriterReply } from './sqlite-protocol';

const { path, publicKeyPem, adoptTip } = workerData as WriterData;
const publicKey = createPublicKey(publicKeyPem);
const port = parentPort!;
const db = new Database(path);
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 5000');
// Receipt and subject ids are random, so every insert lands on a random index page: a cache that
// holds the indexes (64 MiB, about a million receipts' worth) spares a read per insert. Fewer,
// larger checkpoints (16 MiB of log) spare syncs of the database file.
db.pragma('cache_size = -65536');
db.pragma('wal_autocheckpoint = 4000');

const begin = db.prepare('BEGIN IMMEDIATE');
const commit = db.prepare('COMMIT');
const rollback = db.prepare('ROLLBACK');
const lastRow = db.prepare('SELECT seq AS position, hash FROM receipts ORDER BY seq DESC LIMIT 1');
const lastHead = db.prepare('SELECT position, hash, time, signature FROM heads ORDER BY position DESC LIMIT 1');
const bodyById = db.prepare('SELECT body FROM receipts WHERE receipt_id = ?').pluck();
const insertRow = db.prepare('INSERT INTO receipts (seq, receipt_id, subject_id, received_at, body, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)');
const insertHead = db.prepare('INSERT INTO heads (position, hash, time, signature) VALUES (?, ?, ?, ?)');
const touchHealth = db.prepare('INSERT OR REPLACE INTO health (id, checked_at) VALUES (1, ?)');

// The probe must need the room an append needs: a short row rewritten in place still fits where
// no receipt does (a disk full but for a few pages). So it rewrites the health row with its time
// followed by 64 KiB of random filler, more pages than a group of one receipt of the largest size
// writes (16 KiB of overflow pages, a leaf of each table and index, the head); random, because
// SQLite leaves a page it would rewrite with the same bytes alone. A probe that commits shows that
// an append would find room too.
const PROBE_FILLER_BYTES = 32 * 1024;

/** The group whose transaction is open, waiting for its head's signature. */
let open: { ids: number[]; committed: { id: number; existing: string | null }[] } | null = null;
let queue: WriteRow[] = [];
let probes = 0;
let scheduled = false;
let closing = false;
// Rows no signed head covers, adopted at the operator's request, get their head once, first.
let adopting: boolean = adoptTip;

function reply(message: WriterReply): void {
  port.postMessage(message);
}

function fail(ids: number[], error: unknown): void {
  if (db.inTransaction) rollback.run();
  open = null;
  reply({ failed: ids, error: error instanceof Error ? error.message : String(error) });
}

/** Starts the next group's transaction: chains its rows and asks for the head to be signed. */
function startGroup(rows: WriteRow[]): void {
  const ids = rows.map((row) => row.id);
  const adopt = adopting;
  adopting = false;
  try {
    begin.run();
    const tip = (lastRow.get() as ChainTip | undefined) ?? null;
    const headRow = lastHead.get() as HeadRow | undefined;
    const head = headRow ? headOf(headRow) : null;
    assertSignedWith(publicKey, head);
    if (!adopt) assertHeadCoversEnd(tip, head);
    const chain = chainAfter(tip);
    const committed = rows.map((row) => {
      const existing = (bodyById.get(row.receiptId) as string | undefined) ?? null;
      if (existing === null) {
        const { position, prevHash, hash } = chain.add(row.body);
        insertRow.run(position, row.receiptId, row.subjectId, row.receivedAt, row.body, prevHash, hash);
      }
      return { id: row.id, existing };
    });
    const end = chain.end();
    const needsHead = end.position > 0 && (end.position !== tip?.position || (adopt && head?.position !== end.position));
    if (!needsHead) {
      commit.run();
      reply({ committed });
      return;
    }
    open = { ids, committed };
    reply({ sign: headAt(end) });
  } catch (error) {
    fail(ids, error);
  }
}

/** Inserts the signed head and commits the open group. */
function finishGroup(head: SignedHead): void {
  const group = open!;
  try {
    insertHead.run(head.position, head.hash, head.time, head.signature);
    commit.run();
    open = null;
    reply({ committed: group.committed });
  } catch (error) {
    fail(group.ids, error);
  }
}

/** A write that proves the database still takes commits (GET /healthz), outside the log. */
function probe(): void {
  try {
    touchHealth.run(`${new Date().toISOString()} ${randomBytes(PROBE_FILLER_BYTES).toString('hex')}`);
    reply({ probed: null });
  } catch (error) {
    reply({ probed: error instanceof Error ? error.message : String(error) });
  }
}

/** Runs what is due once no group is open: probes, then the next group, then closing. */
function next(): void {
  if (open) return;
  for (; probes > 0; probes -= 1) probe();
  if (queue.length > 0 || adopting) {
    const rows = queue;
    queue = [];
    startGroup(rows);
    if (!open) next();
    return;
  }
  if (closing) {
    db.close();
    port.close();
  }
}

// Messages that arrive while a commit is syncing are all delivered before the next immediate
// callback runs, so together they form the next group.
port.on('message', (command: WriterCommand) => {
  if (command === 'close') closing = true;
  else if (command === 'probe') probes += 1;
  else if ('signed' in command) finishGroup(command.signed);
  else if ('signFailed' in command) fail(open!.ids, new Error(`the head could not be signed: ${command.signFailed}`));
  else queue.push(...command);
  if (scheduled) return;
  scheduled = true;
  setImmediate(() => {
    scheduled = false;
    next();
  });
});

next();

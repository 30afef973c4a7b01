// The main thread's side of the SQLite writer thread (sqlite-writer.ts, which holds the only write
// connection): it sends the receipts to store, signs the heads the writer asks for, and settles
// each append once the writer reports its group committed (sqlite.ts describes the durability).
import type { ReceiptSigner, SignedReceipt } from '../signing';
import { startThread } from '../thread';
import { signHead } from './chain';
import type { AppendOutcome, PendingAppend } from './receipt-log';
import type { WriteRow, WriterData, WriterReply } from './sqlite-protocol';
import writerEntry from './sqlite-writer.ts?thread';

// How long a write that succeeded vouches for the database's writability, so that GET /healthz
// polled often does not cost a sync each time.
const WRITE_PROOF_MS = 1000;

/** The appends of a SQLite storage, through its writer thread. */
export interface SqliteAppender {
  /** Stores a receipt in the writer's next group, settling once that group committed. */
  append(record: SignedReceipt): Promise<AppendOutcome>;
  /** Throws the error that stopped the writer thread, if one did. */
  assertRunning(): void;
  /** Throws, saying why, unless a recent write or a probe of the writer shows receipts can be written. */
  proveWritable(): Promise<void>;
  /** Has the writer commit what it was sent, then waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * Starts the writer thread on the log at `path`; `adoptTip` asks it to sign a head over the log's
 * end first, adopting rows no signed head covers (log-end.ts). One closure, longer than a screen:
 * the appends waiting for their group, the probes and the writer's last word on writability are
 * state that the thread's replies and the storage's calls share.
 */
export function createSqliteAppender(path: string, adoptTip: boolean, signer: ReceiptSigner): SqliteAppender {
  const writer = startThread(writerEntry, { path, publicKeyPem: signer.publicKeyPem, adoptTip } satisfies WriterData);
  const waiting = new Map<number, PendingAppend>();
  // The rows appended in this turn of the event loop, posted to the writer together at its end.
  let unsentRows: WriteRow[] = [];
  let lastId = 0;
  let failure: Error | null = null;
  let stopped = false;
  // Writability as the writer last found it: when a write last succeeded, and the error of the
  // last one that failed (null once a later write succeeded).
  let lastWriteAt = Date.now();
  let writeError: string | null = null;
  const probes: ((error: string | null) => void)[] = [];
  // The writer keeps the process alive only while it owes an answer.
  writer.unref();
  const settleRef = () => {
    if (waiting.size === 0 && probes.length === 0) writer.unref();
  };

  function fail(error: Error): void {
    failure ??= error;
    for (const pending of waiting.values()) pending.reject(failure);
    waiting.clear();
    for (const settle of probes.splice(0)) settle(failure.message);
  }
  function wrote(error: string | null): void {
    writeError = error;
    if (error === null) lastWriteAt = Date.now();
  }
  function settleGroup(reply: Extract<WriterReply, { committed: unknown } | { failed: unknown }>): void {
    if ('committed' in reply) {
      wrote(null);
      for (const { id, existing } of reply.committed) {
        const pending = waiting.get(id)!;
        waiting.delete(id);
        pending.resolve(existing === null ? { created: true, record: pending.record } : { created: false, record: JSON.parse(existing) as SignedReceipt });
      }
    } else {
      wrote(reply.error);
      for (const id of reply.failed) {
        waiting.get(id)!.reject(new Error(reply.error));
        waiting.delete(id);
      }
    }
  }
  function sendUnsentRows(): void {
    if (unsentRows.length === 0) return;
    writer.postMessage(unsentRows);
    unsentRows = [];
  }

  writer.on('error', fail);
  writer.on('exit', () => {
    if (!stopped) fail(new Error('the receipt writer thread stopped'));
  });
  writer.on('message', (reply: WriterReply) => {
    if ('sign' in reply) {
      signHead(signer, reply.sign).then(
        (signed) => writer.postMessage({ signed }),
        (error: unknown) => writer.postMessage({ signFailed: String(error) }),
      );
      return;
    }
    if ('probed' in reply) {
      wrote(reply.probed);
      for (const settle of probes.splice(0)) settle(reply.probed);
    } else {
      settleGroup(reply);
    }
    settleRef();
  });

  return {
    append(record) {
      if (stopped || failure) return Promise.reject(failure ?? new Error('the receipt storage is closed'));
      return new Promise<AppendOutcome>((resolve, reject) => {
        const id = ++lastId;
        waiting.set(id, { record, resolve, reject });
        writer.ref();
        // The receipts of one turn of the event loop travel to the writer in one message. They are
        // sent at once, not held back while a group commits, so the writer starts on them as soon
        // as it can while this thread goes on with the next requests.
        if (unsentRows.length === 0) setImmediate(sendUnsentRows);
        unsentRows.push({ id, receiptId: record.receiptId, subjectId: record.subjectId, receivedAt: record.receivedAt, body: JSON.stringify(record) });
      });
    },

    assertRunning() {
      if (failure) throw failure;
    },

    async proveWritable() {
      if (writeError === null && Date.now() - lastWriteAt < WRITE_PROOF_MS) return;
      // One probe at a time: checks that arrive while it runs share its answer.
      const error = await new Promise<string | null>((resolve) => {
        if (probes.push(resolve) > 1) return;
        writer.ref();
        writer.postMessage('probe');
      });
      if (error !== null) throw new Error(`receipts cannot be written: ${error}`);
    },

    async stop() {
      stopped = true;
      if (failure) return;
      // The writer commits what it was sent before it reads 'close'.
      sendUnsentRows();
      writer.postMessage('close');
      writer.ref();
      await new Promise((resolve) => writer.once('exit', resolve));
    },
  };
}

// The messages between the SQLite storage (sqlite.ts, main thread) and its writer thread
// (sqlite-writer.ts).
import type { SignedHead, UnsignedHead } from './receipt-log';

/** What the writer thread is started with. */
export interface WriterData {
  path: string;
  /** The collector's public key (SPKI PEM): the log's latest head must be signed with it. */
  publicKeyPem: string;
  /** The operator asked to adopt rows no signed head covers: sign a head over the log's end first. */
  adoptTip: boolean;
}

/** One receipt on its way to the writer thread. */
export interface WriteRow {
  id: number;
  receiptId: string;
  subjectId: string;
  receivedAt: string;
  body: string;
}

/** Main thread → writer: receipts to store, a head it signed, a probe of writability, or close. */
export type WriterCommand = WriteRow[] | { signed: SignedHead } | { signFailed: string } | 'probe' | 'close';

/**
 * Writer → main thread: a head to sign for the open group; a committed group (per row, the stored
 * body when its receiptId was already there); a failed group; a probe's outcome (null: it wrote).
 */
export type WriterReply = { sign: UnsignedHead } | { committed: { id: number; existing: string | null }[] } | { failed: number[]; error: string } | { probed: string | null };

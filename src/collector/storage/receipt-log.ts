import type { SignedReceipt } from '../signing';

/** What appending one receipt did: stored it (`created`), or found the same receiptId already stored (`record` is that one). */
export interface AppendOutcome {
  created: boolean;
  record: SignedReceipt;
}

/** Receipts received in `[from, to)`, both ISO 8601 times of the collector's clock; either may be left open. */
export interface ReceivedRange {
  from?: string;
  to?: string;
}

/** The first row that breaks the chain, and why. */
export interface BrokenRow {
  /** The row's position in the log (1 for the first receipt ever stored). */
  seq: number;
  receiptId: string;
  reason: string;
}

/**
 * The result of re-checking the whole log. `head` is the last row's hash: an auditor who notes it
 * can later tell whether rows were cut from the end, which a chain alone cannot show.
 */
export type ChainReport =
  | { ok: true; checked: number; head: { seq: number; hash: string } | null }
  | { ok: false; checked: number; broken: BrokenRow };

/**
 * Where the collector keeps receipts: an append-only, hash-chained log (SPEC §8). Nothing in it
 * is ever updated or deleted, and nothing in the collector asks it to.
 */
export interface ReceiptStorage {
  /**
   * Appends a signed receipt, or returns the one already stored under its receiptId. Resolves only
   * once the receipt is durable: on disk, surviving a crash of the process or of the machine.
   */
  append(record: SignedReceipt): Promise<AppendOutcome>;
  /** A subject's receipts, newest first, at most `limit`. */
  bySubject(subjectId: string, limit: number): Promise<SignedReceipt[]>;
  /** Receipts in order of arrival, read page by page so the log is never held in memory. */
  received(range: ReceivedRange): AsyncIterable<SignedReceipt>;
  /** Recomputes the chain from the first row and names the first row that breaks it. */
  verify(hasValidSignature: (record: SignedReceipt) => boolean | Promise<boolean>): Promise<ChainReport>;
  /** Throws when the storage cannot serve requests (for `GET /healthz`). */
  check(): Promise<void>;
  /** Writes what is pending, then releases the storage. */
  close(): Promise<void>;
}

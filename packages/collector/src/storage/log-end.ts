// What a storage checks about the end of its log before it signs a head over it (receipt-log.ts
// states the invariant), shared by every storage and by the SQLite writer thread: the latest
// signed head covers the last row, and this collector's key signed it. A head signed by another
// key would leave every later head unverifiable with either key, so nothing is written after it.
// The checks run with Node's crypto, synchronously, inside the transactions that add rows.
import { verify, type KeyObject } from 'node:crypto';
import { logWarning } from '../log';
import { signedMessage } from '../signing';
import type { ChainTip } from './chain';
import type { SignedHead } from './receipt-log';

/** What refuses to start a collector whose key did not sign the log's latest head. */
const ANOTHER_KEY = "its latest signed head was signed with another key than this collector's: give every instance the same key file";

function isSignedWith(publicKey: KeyObject, head: SignedHead): boolean {
  const parts = signedMessage(head);
  return parts !== null && verify(null, parts.message, publicKey, parts.signature);
}

/**
 * Checked in the transaction that adds rows: throws unless the log's latest signed head (null:
 * none yet) was signed with `publicKey`, which another collector with another key on the same
 * log, started while it was empty, would break.
 */
export function assertSignedWith(publicKey: KeyObject, lastHead: SignedHead | null): void {
  if (lastHead && !isSignedWith(publicKey, lastHead)) throw new Error(`the receipt log was extended by a collector with another key: ${ANOTHER_KEY}`);
}

/**
 * The invariant of receipt-log.ts, checked in the transaction that adds rows: never sign over rows
 * that no head of ours covers. Throws unless `lastHead` covers `lastRow` (null: the log is empty).
 */
export function assertHeadCoversEnd(lastRow: ChainTip | null, lastHead: ChainTip | null): void {
  if (lastRow && (lastHead?.position !== lastRow.position || lastHead.hash !== lastRow.hash)) {
    throw new Error(`the receipt log was changed outside the collector: no signed head covers its end (position ${lastRow.position}); GET /v1/verify says where`);
  }
}

/**
 * The start-up check of a log whose last row is `lastRow` and latest signed head `lastHead` (null
 * when there is none). Throws, saying why, when another key signed that head, or when rows follow
 * it (a log written before signed heads, or rows added or heads removed around the collector),
 * unless `adopt` asks to sign a head over those rows as they stand, which is logged as a warning
 * naming them. Returns whether a head must be signed over the end now.
 */
export function checkLogAtStart(lastRow: ChainTip | null, lastHead: SignedHead | null, publicKey: KeyObject, adopt: boolean): boolean {
  if (lastHead && !isSignedWith(publicKey, lastHead)) throw new Error(ANOTHER_KEY);
  const from = (lastHead?.position ?? 0) + 1;
  if (!lastRow || lastRow.position < from) return false;
  const rows = from === lastRow.position ? `row ${from}` : `rows ${from} to ${lastRow.position}`;
  if (!adopt) {
    throw new Error(
      `no signed head covers its ${rows}: they were written before signed heads existed, or added (or their heads removed) around the collector; ` +
        'if you know where they come from, start once with --adopt-unsigned-rows (the storage option adoptUnsignedRows) to sign a head over them as they stand',
    );
  }
  logWarning(`adopting the receipt log's ${rows}, which no signed head covers: signing a head over them as they stand, though nothing shows whether they were changed (--adopt-unsigned-rows)`);
  return true;
}

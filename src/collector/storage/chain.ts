// The hash chain every receipt log keeps, whatever the engine (SPEC §8):
//   hash = hex(SHA-256(prevHash + "\n" + body)),  prevHash of the first row = GENESIS,
// where body is the stored JSON text of the signed receipt. Editing, deleting or reordering a row
// breaks the chain at that row; rewriting every later hash cannot forge a signature.
import { createHash } from 'node:crypto';
import type { SignedReceipt } from '../signing';

/** The prevHash of the first row. */
export const GENESIS = '0'.repeat(64);

/** A stored row as verify reads it, in either engine. */
export interface ChainRow {
  /** The row's position in the log, from 1. */
  seq: number;
  receipt_id: string;
  subject_id: string;
  /** ISO 8601, as the receipt's receivedAt. */
  received_at: string;
  body: string;
  prev_hash: string;
  hash: string;
}

/** The hash of a row holding `body` after a row whose hash is `prevHash`. */
export function chainHash(prevHash: string, body: string): string {
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/** Why a row does not belong where it is in the chain, or null when it does. */
export async function brokenLink(
  row: ChainRow,
  expectedPrevHash: string,
  hasValidSignature: (record: SignedReceipt) => boolean | Promise<boolean>,
): Promise<string | null> {
  if (row.prev_hash !== expectedPrevHash) return 'it does not follow the row before it: a row was deleted, inserted or moved here';
  if (chainHash(row.prev_hash, row.body) !== row.hash) return 'its content was changed after it was stored';
  let record: SignedReceipt;
  try {
    record = JSON.parse(row.body) as SignedReceipt;
  } catch {
    return 'its content is not JSON';
  }
  if (record.receiptId !== row.receipt_id || record.subjectId !== row.subject_id || record.receivedAt !== row.received_at) {
    return 'its indexed columns disagree with its signed content';
  }
  if (!(await hasValidSignature(record))) return "its signature does not match this collector's public key";
  return null;
}

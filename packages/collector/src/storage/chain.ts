// The chain's hash, how rows extend it, head signing and verification, shared by every storage and
// by the SQLite writer thread (receipt-log.ts describes the log they keep; log-end.ts checks its
// end before a head is signed over it).
import { createHash } from 'node:crypto';
import * as v from 'valibot';
import { signatureOf, type ReceiptSigner, type SignedReceipt } from '../signing';
import { HEAD_SCHEMA, type BrokenRow, type ChainChecks, type ChainLink, type ChainReport, type SignedHead, type UnsignedHead } from './receipt-log';

/** The prevHash of the row at position 1. */
export const GENESIS = '0'.repeat(64);

/** A row's chain hash: hex(SHA-256(prevHash + "\n" + body)). */
export function chainHash(prevHash: string, body: string): string {
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/** The end of the chain, or of a signed head: the last row's position and hash. */
export interface ChainTip {
  position: number;
  hash: string;
}

/** Where one more row goes: its position, the hash before it and its own hash. */
export interface ChainedRow extends ChainTip {
  prevHash: string;
}

/**
 * Extends the chain after `lastRow` (null: the log is empty): `add` places one more body and says
 * where, `end` is the tip after the bodies added so far.
 */
export function chainAfter(lastRow: ChainTip | null): { add(body: string): ChainedRow; end(): ChainTip } {
  let end: ChainTip = lastRow ?? { position: 0, hash: GENESIS };
  return {
    add(body) {
      const row = { position: end.position + 1, prevHash: end.hash, hash: chainHash(end.hash, body) };
      end = row;
      return row;
    },
    end: () => ({ position: end.position, hash: end.hash }),
  };
}

/** The head to sign over `end`, timed now. */
export function headAt(end: ChainTip): UnsignedHead {
  return { schema: HEAD_SCHEMA, position: end.position, hash: end.hash, time: new Date().toISOString() };
}

/** Signs a head of the log: storages do, in the transaction that adds its rows (receipt-log.ts). */
export async function signHead(signer: ReceiptSigner, head: UnsignedHead): Promise<SignedHead> {
  return { ...head, signature: await signatureOf(signer, head) };
}

// What verify needs of a stored body before it compares and checks it: the columns it is indexed
// by and a signature, all text. The signature then vouches for the rest.
const storedReceipt = v.looseObject({ receiptId: v.string(), subjectId: v.string(), receivedAt: v.string(), signature: v.string() });
const isStoredReceipt = (value: unknown): value is SignedReceipt => v.is(storedReceipt, value);

/** Why a row does not belong where it is in the chain, or null when it does. */
async function brokenLink(link: ChainLink, expected: { position: number; prevHash: string }, checks: ChainChecks): Promise<string | null> {
  if (link.position > expected.position) {
    const missing = link.position - expected.position;
    return `${missing === 1 ? `position ${expected.position} is` : `positions ${expected.position} to ${link.position - 1} are`} missing: rows were deleted before this one`;
  }
  if (link.position < expected.position) return 'its position repeats an earlier one';
  if (link.prevHash !== expected.prevHash) return 'it does not follow the row before it: a row was deleted, inserted or moved here';
  if (chainHash(link.prevHash, link.body) !== link.hash) return 'its content was changed after it was stored';
  let record: unknown;
  try {
    record = JSON.parse(link.body);
  } catch {
    return 'its content is not JSON';
  }
  // Whoever can write the database can store any text with a matching hash: a row that is not a
  // receipt is named like any other broken row, never followed into a crash.
  if (!isStoredReceipt(record)) return 'its content is not a signed receipt';
  if (record.receiptId !== link.receiptId || record.subjectId !== link.subjectId || record.receivedAt !== link.receivedAt) {
    return 'its indexed columns disagree with its signed content';
  }
  try {
    if (!(await checks.isSignedReceipt(record))) return "its signature does not match this collector's public key";
  } catch (error) {
    // Content too deeply nested to canonicalise, for one.
    return `its signature cannot be checked: ${error instanceof Error ? error.message : String(error)}`;
  }
  return null;
}

/** Why a signed head at a row's position does not hold, or null when it does. */
async function brokenHead(head: SignedHead, link: ChainLink, checks: ChainChecks): Promise<string | null> {
  if (!(await checks.isSignedHead(head))) return "the head signed at this position has a signature that is not this collector's";
  if (head.hash !== link.hash) {
    return 'the log up to here is not the one the collector signed a head for: rows before this position were deleted, inserted, moved or rewritten';
  }
  return null;
}

/**
 * Walks the log from position 1 beside its signed heads (both in order of position) and names the
 * first thing that breaks it: see receipt-log.ts for what is checked. `links` and `heads` are read
 * as they are iterated, so a long log is never held in memory.
 */
export async function verifyChain(links: AsyncIterable<ChainLink>, heads: AsyncIterable<SignedHead>, checks: ChainChecks): Promise<ChainReport> {
  const headIterator = heads[Symbol.asyncIterator]();
  const nextHead = async () => {
    const next = await headIterator.next();
    return next.done ? null : next.value;
  };
  let head = await nextHead();
  let lastHead: SignedHead | null = null;
  let firstUncovered: ChainLink | null = null;
  let expected = { position: 1, prevHash: GENESIS };
  let checked = 0;
  const broken = (at: BrokenRow): ChainReport => ({ ok: false, checked, broken: at });
  try {
    for await (const link of links) {
      const reason = await brokenLink(link, expected, checks);
      if (reason) return broken({ position: link.position, receiptId: link.receiptId, reason });
      if (head && head.position < link.position) return broken({ position: head.position, receiptId: null, reason: 'a signed head is at a position the log does not hold' });
      if (head?.position === link.position) {
        const headReason = await brokenHead(head, link, checks);
        if (headReason) return broken({ position: link.position, receiptId: link.receiptId, reason: headReason });
        lastHead = head;
        firstUncovered = null;
        head = await nextHead();
      } else {
        firstUncovered ??= link;
      }
      if (checks.since?.position === link.position && checks.since.hash !== link.hash) {
        return broken({ position: link.position, receiptId: link.receiptId, reason: 'the log no longer extends the kept head: its hash at that position has changed' });
      }
      expected = { position: link.position + 1, prevHash: link.hash };
      checked += 1;
    }
  } finally {
    await headIterator.return?.();
  }
  const end = expected.position - 1;
  if (head) return broken({ position: head.position, receiptId: null, reason: `a signed head is at position ${head.position} but the log ends at ${end}: rows were cut from its end` });
  if (checks.since && checks.since.position > end) {
    return broken({ position: checks.since.position, receiptId: null, reason: `the kept head is at position ${checks.since.position} but the log ends at ${end}: rows were cut from its end` });
  }
  if (firstUncovered) {
    return broken({
      position: firstUncovered.position,
      receiptId: firstUncovered.receiptId,
      reason: 'no signed head covers the log from here on: heads were removed, or rows added around the collector',
    });
  }
  return { ok: true, checked, head: lastHead };
}

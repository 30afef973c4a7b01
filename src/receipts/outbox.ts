import { isObject } from '../model/option-checks';
import { reportWarning } from '../model/report';
import type { Receipt } from '../model/receipt-schema';
import { freezeReceipt } from './build-receipt';
import { bodyBytes, KEEPALIVE_BYTES } from './transport';

/** How many undelivered receipts one browser keeps: bounded, so a dead collector cannot fill localStorage. */
export const OUTBOX_LIMIT = 50;

/**
 * The persistent outbox of receipts not yet acknowledged by the collector (SPEC §7): localStorage,
 * so a receipt outlives the page that made it and is retried on later pages. Every change reads
 * the stored list again before writing, so tabs of the same site add to one outbox rather than
 * overwrite each other's entries.
 *
 * The environment never throws here (STYLE 6). What is stored is checked on every read (see
 * `list`), and anything invalid is dropped with one warning. When
 * storage is disabled or full, the outbox lives in memory and goes back to storage on the first
 * write that succeeds, so retries on this page still happen.
 *
 * An empty outbox removes its key, leaving nothing on the visitor's device. Every save tells
 * `onSaved` whether receipts wait (in storage, or in memory when it failed), which the instance
 * keeps in a cookie it reads anyway, so that a page with nothing waiting never reads localStorage.
 *
 * @param key the localStorage key.
 * @param onDrop called with each receipt dropped, oldest first, to keep within {@link OUTBOX_LIMIT}.
 * @param onSaved called after each change with whether receipts wait.
 */
export function createReceiptOutbox(key: string, onDrop: (receipt: Receipt) => void, onSaved: (waiting: boolean) => void = () => {}) {
  let unsaved: Receipt[] | undefined;

  function list(): Receipt[] {
    if (unsaved) return unsaved;
    let stored: string | null = null;
    let entries: unknown;
    try {
      stored = localStorage.getItem(key);
      entries = JSON.parse(stored ?? '[]');
    } catch {
      // Storage disabled (nothing stored, as good as empty), or not JSON (all of it dropped below).
    }
    // Anyone with script on the site, an extension or a visitor can write here: what is not a
    // receipt would throw later or be posted forever, and more than the limit was never ours.
    const all: unknown[] = Array.isArray(entries) ? entries : stored ? [stored] : [];
    const receipts = all.filter(isStoredReceipt).slice(-OUTBOX_LIMIT).map(freezeReceipt);
    if (receipts.length < all.length) {
      reportWarning(`outbox: ${all.length - receipts.length} invalid entries dropped.`);
      save(receipts);
    }
    return receipts;
  }

  function save(receipts: Receipt[]): void {
    try {
      if (receipts.length) localStorage.setItem(key, JSON.stringify(receipts));
      else localStorage.removeItem(key);
      unsaved = undefined;
    } catch {
      unsaved = receipts;
    }
    onSaved(receipts.length > 0);
  }

  return {
    /** The receipts waiting, oldest first. */
    list,
    /** Keeps a receipt until {@link remove}; drops the oldest beyond the limit, with a warning. */
    add(receipt: Receipt): void {
      const receipts = [...list(), receipt];
      const dropped = receipts.splice(0, receipts.length - OUTBOX_LIMIT);
      save(receipts);
      for (const old of dropped) {
        reportWarning(`outbox full, receipt ${old.receiptId} dropped.`);
        onDrop(old);
      }
    },
    remove(receiptId: string): void {
      save(list().filter((receipt) => receipt.receiptId !== receiptId));
    },
  };
}

/**
 * Whether a stored entry has the shape the page relies on (a string receiptId, which it names in
 * messages and compares; objects where it freezes them) and a body keepalive can carry. Whatever
 * else a receipt must be, the collector checks, and a receipt it refuses leaves the outbox.
 */
function isStoredReceipt(entry: unknown): entry is Receipt {
  return isObject(entry) && typeof entry.receiptId === 'string' && [entry.categories, entry.notice, entry.signals].every(isObject) && bodyBytes(entry) <= KEEPALIVE_BYTES;
}

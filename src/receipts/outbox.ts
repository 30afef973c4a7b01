import { reportWarning } from '../model/report';
import type { Receipt } from '../model/receipt-schema';
import { freezeReceipt } from './build-receipt';

/** How many undelivered receipts one browser keeps: bounded, so a dead collector cannot fill localStorage. */
export const OUTBOX_LIMIT = 50;

/**
 * The persistent outbox of receipts not yet acknowledged by the collector (SPEC §7): localStorage,
 * so a receipt outlives the page that made it and is retried on later pages. Every change reads
 * the stored list again before writing, so tabs of the same site add to one outbox rather than
 * overwrite each other's entries.
 *
 * The environment never throws here (STYLE 6). A corrupt stored value reads as empty. When
 * storage is disabled or full, the outbox lives in memory and goes back to storage on the first
 * write that succeeds, so retries on this page still happen.
 *
 * @param key the localStorage key.
 * @param onDrop called with each receipt dropped, oldest first, to keep within {@link OUTBOX_LIMIT}.
 */
export function createReceiptOutbox(key: string, onDrop: (receipt: Receipt) => void) {
  let unsaved: Receipt[] | undefined;

  function list(): Receipt[] {
    if (unsaved) return unsaved;
    try {
      // A tampered entry without an id is skipped; any other damage is the collector's to refuse.
      return (JSON.parse(localStorage.getItem(key) ?? '[]') as Receipt[]).filter((receipt) => receipt?.receiptId).map(freezeReceipt);
    } catch {
      // Storage disabled, or the stored value not JSON or not an array (no `filter`): as good as empty.
      return [];
    }
  }

  function save(receipts: Receipt[]): void {
    try {
      localStorage.setItem(key, JSON.stringify(receipts));
      unsaved = undefined;
    } catch {
      unsaved = receipts;
    }
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

import { afterEach, describe, expect, test, vi } from 'vitest';
import { createReceiptOutbox, OUTBOX_LIMIT } from '../../../src/receipts/outbox';
import type { Receipt } from '../../../src/model/receipt-schema';
import { clearBrowserState, disableLocalStorage } from './consent-harness';

const KEY = 'consentry.receipts';
/** A stand-in receipt: the outbox only relies on `receiptId`. */
const receipt = (n: number) => ({ receiptId: `receipt-${n}` }) as Receipt;
const ids = (receipts: Receipt[]) => receipts.map((r) => r.receiptId);

afterEach(clearBrowserState);

describe('receipt outbox', () => {
  test('keeps receipts in localStorage, oldest first, for the next page', () => {
    const outbox = createReceiptOutbox(KEY, () => {});
    outbox.add(receipt(1));
    outbox.add(receipt(2));
    const nextPage = createReceiptOutbox(KEY, () => {});
    expect(ids(nextPage.list())).toEqual(['receipt-1', 'receipt-2']);
    nextPage.remove('receipt-1');
    expect(ids(outbox.list())).toEqual(['receipt-2']);
  });

  test(`holds at most ${OUTBOX_LIMIT}, dropping the oldest with a warning each`, () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const dropped: Receipt[] = [];
    const outbox = createReceiptOutbox(KEY, (old) => dropped.push(old));
    for (let n = 1; n <= OUTBOX_LIMIT + 2; n++) outbox.add(receipt(n));
    expect(outbox.list()).toHaveLength(OUTBOX_LIMIT);
    expect(outbox.list()[0]!.receiptId).toBe('receipt-3');
    expect(ids(dropped)).toEqual(['receipt-1', 'receipt-2']);
    expect(warn.mock.calls).toEqual([
      [expect.stringMatching(/^Consentry: .*receipt-1.*dropped/)],
      [expect.stringMatching(/^Consentry: .*receipt-2.*dropped/)],
    ]);
  });

  test('reads a corrupt or tampered store as empty, skipping entries without an id', () => {
    const outbox = createReceiptOutbox(KEY, () => {});
    for (const stored of ['{not json', '{"receiptId":"x"}', '5', 'null', '"text"']) {
      localStorage.setItem(KEY, stored);
      expect(outbox.list()).toEqual([]);
    }
    localStorage.setItem(KEY, '[null, 3, {"other": 1}, {"receiptId": "kept"}]');
    expect(ids(outbox.list())).toEqual(['kept']);
    outbox.add(receipt(1));
    expect(ids(outbox.list())).toEqual(['kept', 'receipt-1']);
  });

  test('with storage disabled, nothing throws and the page keeps its receipts in memory', () => {
    disableLocalStorage();
    const outbox = createReceiptOutbox(KEY, () => {});
    expect(outbox.list()).toEqual([]);
    outbox.add(receipt(1));
    outbox.add(receipt(2));
    outbox.remove('receipt-1');
    expect(ids(outbox.list())).toEqual(['receipt-2']);
  });

  test('with storage full, nothing throws; the receipts stay in memory and are stored once space frees up', () => {
    const outbox = createReceiptOutbox(KEY, () => {});
    outbox.add(receipt(1));
    const full = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    outbox.add(receipt(2));
    outbox.add(receipt(3));
    expect(ids(outbox.list())).toEqual(['receipt-1', 'receipt-2', 'receipt-3']);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toHaveLength(1);

    full.mockRestore();
    outbox.remove('receipt-1');
    const otherTab = createReceiptOutbox(KEY, () => {});
    expect(ids(otherTab.list())).toEqual(['receipt-2', 'receipt-3']);
    // Back on storage, the outbox sees what other tabs add again.
    otherTab.add(receipt(4));
    expect(ids(outbox.list())).toEqual(['receipt-2', 'receipt-3', 'receipt-4']);
  });
});

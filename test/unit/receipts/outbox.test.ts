import { afterEach, describe, expect, test, vi } from 'vitest';
import { createReceiptOutbox, OUTBOX_LIMIT } from '../../../src/receipts/outbox';
import type { Receipt } from '../../../src/model/receipt-schema';
import { clearBrowserState, disableLocalStorage, storedReceipt } from './receipt-fixtures';

const KEY = 'consentry.receipts';
const receipt = storedReceipt;
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
    expect(warn.mock.calls).toEqual([[expect.stringMatching(/^Consentry: .*receipt-1.*dropped/)], [expect.stringMatching(/^Consentry: .*receipt-2.*dropped/)]]);
  });

  test('reads a corrupt or tampered store as empty, skipping entries without an id', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const outbox = createReceiptOutbox(KEY, () => {});
    for (const stored of ['{not json', '{"receiptId":"x"}', '5', 'null', '"text"']) {
      localStorage.setItem(KEY, stored);
      expect(outbox.list()).toEqual([]);
    }
    localStorage.setItem(KEY, JSON.stringify([null, 3, { other: 1 }, receipt(0)]));
    expect(ids(outbox.list())).toEqual(['receipt-0']);
    outbox.add(receipt(1));
    expect(ids(outbox.list())).toEqual(['receipt-0', 'receipt-1']);
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

  describe('planted or corrupted entries', () => {
    // Each of these once made every page throw (a receiptId that cannot become a string) or be
    // posted forever (a body keepalive cannot carry), or is not a receipt at all.
    const invalid = [
      { ...receipt(90), receiptId: { toString: 1 } },
      { ...receipt(91), receiptId: 91 },
      { ...receipt(92), notice: 'the notice' },
      { ...receipt(93), categories: null },
      { ...receipt(94), signals: [] },
      receipt(96, 'https://shop.example/' + 'x'.repeat(65_536)),
      [receipt(97)],
      'receipt-98',
    ];

    test('are dropped on read with one warning, and what is left is stored again', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      localStorage.setItem(KEY, JSON.stringify([receipt(1), ...invalid, receipt(2)]));
      const outbox = createReceiptOutbox(KEY, () => {});
      expect(ids(outbox.list())).toEqual(['receipt-1', 'receipt-2']);
      expect(warn.mock.calls).toEqual([[expect.stringMatching(/^Consentry: outbox: 8 invalid entries dropped/)]]);
      expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual([receipt(1), receipt(2)]);
      // Stored clean, so the next read (and the next page) says nothing more.
      expect(ids(createReceiptOutbox(KEY, () => {}).list())).toEqual(['receipt-1', 'receipt-2']);
      expect(warn).toHaveBeenCalledOnce();
    });

    test('a stored value that is not a JSON array is dropped with one warning', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      for (const value of ['{not json', '{"receiptId":"x"}', 'null']) {
        localStorage.setItem(KEY, value);
        const outbox = createReceiptOutbox(KEY, () => {});
        expect(outbox.list()).toEqual([]);
        expect(outbox.list()).toEqual([]);
        // Nothing left waiting: the key goes, with nothing stored in its place.
        expect(localStorage.getItem(KEY)).toBeNull();
      }
      expect(warn).toHaveBeenCalledTimes(3);
    });

    test(`at most ${OUTBOX_LIMIT} are read, the newest, however many were stored`, () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const planted = Array.from({ length: OUTBOX_LIMIT + 10 }, (_, n) => receipt(n));
      localStorage.setItem(KEY, JSON.stringify(planted));
      const outbox = createReceiptOutbox(KEY, () => {});
      expect(ids(outbox.list())).toEqual(ids(planted.slice(10)));
      expect(warn.mock.calls).toEqual([[expect.stringMatching(/^Consentry: outbox: 10 .*dropped/)]]);
      expect(JSON.parse(localStorage.getItem(KEY)!)).toHaveLength(OUTBOX_LIMIT);
    });
  });
});

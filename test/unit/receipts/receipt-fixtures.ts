// The receipt tests' own set-up, beside the shared consent harness (../consent-harness): waiting
// for receipts without moving a fake clock, a localStorage the visitor blocked, and stored receipts.
import { vi } from 'vitest';
import type { Receipt } from '../../../src/model/receipt-schema';
import { resetPage } from '../consent-harness';

/**
 * Lets pending promises, fetch mocks and crypto.subtle work run until `done()` holds, without
 * moving the fake clock of the delivery tests (which fake only setTimeout): real macrotask turns
 * pass. Gives up after a few seconds, so a missing behaviour fails instead of hanging.
 */
export async function settle(done: () => boolean = () => true): Promise<void> {
  const giveUp = performance.now() + 5000;
  while (performance.now() < giveUp) {
    await new Promise((resolve) => setImmediate(resolve));
    if (done()) return;
  }
  throw new Error('the expected state never came');
}

const localStorageDescriptor = Object.getOwnPropertyDescriptor(globalThis, 'localStorage')!;

/**
 * Makes localStorage unusable as Chromium does when a visitor blocks site data: merely reading
 * `window.localStorage` throws. {@link clearBrowserState} gives it back.
 */
export function disableLocalStorage(): void {
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    get: () => {
      throw new DOMException('access denied', 'SecurityError');
    },
  });
}

/** {@link resetPage}, then gives localStorage back and forgets the stored outbox and the stubbed globals. */
export function clearBrowserState(): void {
  resetPage();
  Object.defineProperty(globalThis, 'localStorage', localStorageDescriptor);
  localStorage.clear();
  vi.unstubAllGlobals();
}

/** A receipt as an earlier page would have stored it in the outbox, `receipt-<n>`, of the shape the outbox checks on read. */
export const storedReceipt = (n: number, page = 'https://shop.example/'): Receipt => ({
  schema: 'consentry.receipt/1',
  receiptId: `receipt-${n}`,
  subjectId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  eventType: 'given',
  method: 'api',
  categories: { necessary: true },
  previousReceiptId: null,
  eventTime: '2026-01-01T00:00:00.000Z',
  notice: { policyUrl: '/privacy', revision: '1', language: 'und', textHash: null },
  signals: { gpc: false },
  page,
  sdkVersion: '0.1.0',
});

// Starts a real consent instance (config → startConsent, as the entry points do) and records its
// `receipt` events, so receipt tests exercise the same wiring the shipped builds use.
import { vi } from 'vitest';
import { normaliseConfig, type ConsentConfig } from '../../../src/model/config';
import { startConsent } from '../../../src/instance/consent';
import type { Consent, ConsentInternals, ReceiptEvent, ShownNotice } from '../../../src/model/consent';
import { shownNotice } from '../../../src/model/notice-hash';
import type { Receipt } from '../../../src/model/receipt-schema';
import { loadReceipts } from '../load-receipts';

export interface Harness {
  consent: Consent;
  events: ReceiptEvent[];
  /** The internals the interface receives; resolves once the banner's UI module has been "mounted". */
  internals: Promise<ConsentInternals>;
}

// Every instance a test started, destroyed after it so no listener of one test hears the next.
const started: Consent[] = [];

/** A first visit (no cookie): the banner asks, so the fake UI module is mounted and hands over its internals. */
export function startHarness(config: ConsentConfig = {}): Harness {
  let handOver!: (internals: ConsentInternals) => void;
  const internals = new Promise<ConsentInternals>((resolve) => (handOver = resolve));
  const consent = startConsent(normaliseConfig([{ from: 'test', config }]), loadReceipts, async () => ({
    mountUI(_consent, given) {
      handOver(given);
      return () => {};
    },
  }));
  started.push(consent);
  const events: ReceiptEvent[] = [];
  consent.on('receipt', (event) => events.push(event));
  return { consent, events, internals };
}

/** The settings the notice below was shown under. */
export const NOTICE_SETTINGS = normaliseConfig([{ from: 'test', config: { policyUrl: '/privacy', revision: '2026-01' } }]);

/** The banner's texts as an interface would report them (policy /privacy, revision 2026-01). */
export const SHOWN: ShownNotice = shownNotice(
  'en',
  {
    title: 'We use cookies',
    text: 'Choose which optional cookies you allow.',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    'category.analytics.description': 'Counts visits anonymously.',
  },
  NOTICE_SETTINGS,
);

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

/** Destroys the tests' instances, gives localStorage back, and forgets the stored decision and outbox. */
export function clearBrowserState(): void {
  for (const consent of started.splice(0)) consent.destroy();
  Object.defineProperty(globalThis, 'localStorage', localStorageDescriptor);
  for (const cookie of document.cookie.split(/; */)) {
    const name = cookie.split('=')[0];
    if (name) document.cookie = `${name}=; Path=/; Max-Age=-1`;
  }
  localStorage.clear();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
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

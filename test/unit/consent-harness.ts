// The one way the unit tests start a consent instance: as the entry points do (the configuration
// normalised, then startConsent), with the receipts module already imported. Every instance started
// here is destroyed by `resetPage`, with the page emptied and every cookie expired, so no listener
// of one test hears the next: call it after each test (`afterEach(resetPage)`).
import { expect, vi } from 'vitest';
import { normaliseConfig, type ConsentConfig, type Settings } from '../../src/model/config';
import { startConsent } from '../../src/instance/consent';
import type { Consent, ConsentInternals, LoadUi, PlaceholderModule, ReceiptEvent, UiModule } from '../../src/model/consent';
import type { Receipt } from '../../src/model/receipt-schema';
import * as receiptsModule from '../../src/receipts/start-receipts';
import type { LoadReceipts } from '../../src/receipts/start-receipts';

/**
 * How the tests' instances bring in the receipts module: already imported, so a receipt takes the
 * same few microtasks in every test, whichever test imported the module first.
 */
export const loadReceipts: LoadReceipts = async () => receiptsModule;

/** A configuration as the entry points normalise it, given by one source (`test`); invalid ones too. */
export const settingsOf = (config: unknown = {}): Settings => normaliseConfig([{ from: 'test', config }]);

// Every instance a test started, destroyed after it by resetPage.
const started: Consent[] = [];

/**
 * Starts a real instance as an entry point does. Without `loadUi` it has no interface (like
 * `consentry/core`); `load` replaces the pre-imported receipts module (to count or fail imports).
 */
export function start(config: ConsentConfig = {}, loadUi?: LoadUi, load: LoadReceipts = loadReceipts): Consent {
  const consent = startConsent(settingsOf(config), load, loadUi);
  started.push(consent);
  return consent;
}

/** Destroys every instance started here, restores mocks, empties the page and expires every cookie. */
export function resetPage(): void {
  for (const consent of started.splice(0)) consent.destroy();
  vi.restoreAllMocks();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  for (const pair of document.cookie.split(/; */).filter(Boolean)) {
    document.cookie = `${pair.split('=')[0]}=; Max-Age=-1; Path=/`;
  }
}

/**
 * A stand-in for the UI bundle: mounting shows nothing but hands over the internals the interface
 * receives (`internals` resolves then); a placeholder marks its element and unmarks it on unmount.
 */
export function fakeUi() {
  let handOver!: (internals: ConsentInternals) => void;
  const internals = new Promise<ConsentInternals>((resolve) => (handOver = resolve));
  const module: UiModule & PlaceholderModule = {
    mountUI: vi.fn((_consent, given) => {
      handOver(given);
      return () => {};
    }),
    mountPlaceholder: vi.fn((_consent, _internals, element) => {
      element.dataset.placeholder = 'shown';
      return () => delete element.dataset.placeholder;
    }),
  };
  return { module, loadUi: vi.fn(async () => module), internals };
}

/** The `receipt` events `consent` reports from now on, their receipts, and a wait for `count` of them. */
export function receiptsOf(consent: Consent) {
  const events: ReceiptEvent[] = [];
  const receipts: Receipt[] = [];
  consent.on('receipt', (event) => {
    events.push(event);
    receipts.push(event.receipt);
  });
  return { events, receipts, arrived: (count: number) => vi.waitFor(() => expect(receipts).toHaveLength(count)) };
}

export interface Harness {
  consent: Consent;
  /** Its `receipt` events, from start-up on. */
  events: ReceiptEvent[];
  /** The internals the interface receives; resolves once the fake UI module has been "mounted". */
  internals: Promise<ConsentInternals>;
}

/** A first visit (no cookie) with the fake UI: the banner asks, so the UI module is mounted and hands over its internals. */
export function startHarness(config: ConsentConfig = {}): Harness {
  const ui = fakeUi();
  const consent = start(config, ui.loadUi);
  return { consent, events: receiptsOf(consent).events, internals: ui.internals };
}

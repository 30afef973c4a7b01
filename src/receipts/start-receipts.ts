// Receipts for one consent instance (SPEC §7): every recorded decision becomes a receipt, which is
// emitted and, with an endpoint, delivered at least once. This is a module of its own, which the
// instance imports when a decision is recorded, the interface shows or receipts wait:
// the script-tag build ships it as consentry-receipts.js, so a returning visitor's page neither
// downloads nor compiles it, and reads no localStorage (the outbox marker cookie says when to).
// The collector stores each receiptId once, so sending a receipt again is always safe and losing
// one never is: GDPR Art. 7(1) makes the site owner prove consent, and a receipt that never
// arrives proves nothing.
import type { ReceiptEvent } from '../model/consent';
import type { Settings } from '../model/config';
import { describeChoiceCookie } from '../model/grammar';
import { reportError } from '../model/report';
import type { Receipt } from '../model/receipt-schema';
import { buildReceipt, type RecordedDecision } from './build-receipt';
import { createReceiptOutbox } from './outbox';
import { bodyBytes, deliveryStatus, KEEPALIVE_BYTES, postReceipt } from './transport';

const RETRY_BASE_MS = 1000;
const RETRY_MAX_MS = 300_000;

/**
 * How long to wait before retry round `attempt` (0 first): exponential from 1 s, capped at
 * 5 minutes, each wait drawn between half and all of that ("equal jitter"), so the visitors of a
 * site whose collector was down do not all come back in the same second.
 */
export function retryDelay(attempt: number): number {
  return Math.min(RETRY_BASE_MS * 2 ** attempt, RETRY_MAX_MS) * (0.5 + Math.random() / 2);
}

/** Where a page tells later pages that receipts wait (the choice store's marker cookie). */
export interface OutboxMarker {
  outboxWaiting(): boolean;
  markOutbox(waiting: boolean): void;
}

/** How an entry point brings in this module: bundled (ESM) or from beside the loader (script tag). */
export type LoadReceipts = () => Promise<{ startReceipts: typeof startReceipts }>;

/**
 * Starts receipts for a consent instance: builds the receipt of each decision given to `record`
 * and reports it with `emit`; with an endpoint, keeps it in the outbox until the collector
 * acknowledges it, retrying with backoff while the page lives, when the browser comes back online,
 * and on a later page load, which the `marker` tells whether receipts wait. `stop` ends it (for
 * `destroy`); receipts still waiting stay stored.
 */
export function startReceipts(settings: Settings, emit: (event: ReceiptEvent) => void, marker: OutboxMarker) {
  const { endpoint } = settings;
  const report = (status: ReceiptEvent['status'], receipt: Receipt) => emit({ status, receipt });
  // Without a page (server rendering) there is no `page` to name and nowhere to keep an outbox.
  const live = typeof location !== 'undefined';
  // The collector takes the value from the cookie the browser sends with the post: the choice as
  // stored when the post leaves, so a receipt retried on a later page never sets an older one.
  const cookie = describeChoiceCookie(settings.cookie);
  const outbox = createReceiptOutbox(settings.cookie.name + '.receipts', (receipt) => report('failed', receipt), marker.markOutbox);
  const sending = new Set<string>();
  // The bytes of the bodies of the posts on their way.
  let inFlight = 0;
  // A receipt waited for room in the keepalive budget: the next post to finish flushes again.
  let heldBack = false;
  let attempt = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  async function send(receipt: Receipt): Promise<void> {
    const { receiptId } = receipt;
    // One request per receipt at a time: a flush while it is on its way must not post it again.
    if (sending.has(receiptId)) return;
    // Keepalive posts on their way share one budget the browser enforces: past it, a post is
    // refused at once and would only count as a failure. What does not fit waits its turn.
    const bytes = bodyBytes(receipt);
    if (inFlight + bytes > KEEPALIVE_BYTES) {
      heldBack = true;
      return;
    }
    sending.add(receiptId);
    inFlight += bytes;
    const httpStatus = await postReceipt(endpoint!, receipt, cookie);
    sending.delete(receiptId);
    inFlight -= bytes;
    const status = deliveryStatus(httpStatus);
    if (status === 'queued') {
      scheduleRetry();
    } else {
      outbox.remove(receiptId);
      if (status === 'sent') attempt = 0;
      else reportError(`receipt ${receiptId} refused with HTTP ${httpStatus}.`);
      if (heldBack && !stopped) {
        heldBack = false;
        flush();
      }
    }
    report(status, receipt);
  }

  // Every waiting receipt at once: the newest must not wait behind older ones when the page is
  // about to unload, and each post is independent and idempotent.
  const flush = () => outbox.list().forEach(send);

  function scheduleRetry(): void {
    if (stopped || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      attempt++;
      flush();
    }, retryDelay(attempt));
  }

  if (live && endpoint) {
    addEventListener('online', flush);
    // Only a marker sends the page to localStorage (a first read of it is a synchronous trip to
    // the browser process). A marker whose outbox has since been emptied (by another tab, or
    // storage that failed) is cleared, or every page would load this module for nothing.
    if (marker.outboxWaiting()) {
      const waiting = outbox.list();
      if (waiting.length) waiting.forEach(send);
      else marker.markOutbox(false);
    }
  }
  return {
    /**
     * Builds one decision's receipt and delivers it. Always resolved after start-up returns, so
     * a listener added right after start-up (in the page's next script) still hears of the GPC
     * refusal's receipt.
     */
    async record(decision: RecordedDecision): Promise<void> {
      const receipt = await buildReceipt(settings, decision);
      // Even after destroy(): a decision recorded is a receipt owed (only its listeners are gone).
      if (!live) return;
      if (!endpoint) return report('built', receipt);
      // Stored before the post, not after a failure: if the page dies mid-request, the next page
      // sends it again, and the collector keeps it once.
      outbox.add(receipt);
      send(receipt);
    },
    stop(): void {
      stopped = true;
      clearTimeout(retryTimer);
      if (live) removeEventListener('online', flush);
    },
  };
}

// Turns one recorded decision into its consent receipt (SPEC §7), the site owner's proof under
// GDPR Art. 7(1): who (the pseudonymous subject), when, what they were told, how, and what they
// chose, chained to the subject's previous receipt so a withdrawal can be traced back.
import type { ShownNotice } from '../model/consent';
import type { Settings } from '../model/config';
import { NECESSARY, type ConsentState, type Method } from '../model/decision';
import { pageOf } from '../model/grammar';
import { canonicalNotice, noticeTextHash } from '../model/notice-hash';
// Only the type: valibot is the collector's, and must never reach the page's bundle.
import type { Receipt } from '../model/receipt-schema';

// Injected at build time from package.json (vite.config.ts `define`).
declare const __SDK_VERSION__: string;

/**
 * One recorded decision, as the instance hands it over: who decided what (the states before and
 * after it, which name the subject), how, after which receipt, and where and when, read in the
 * task that recorded it (the receipts module may arrive later, see start-receipts).
 */
export interface RecordedDecision {
  receiptId: string;
  previousReceiptId: string | null;
  method: Method;
  previous: ConsentState;
  next: ConsentState;
  withdrawal?: boolean;
  /** When it was recorded, in ms since the epoch. */
  eventTime: number;
  /** The page's address then; none without a page (server rendering). */
  url: string | undefined;
  gpc: boolean;
  shown: ShownNotice | undefined;
}

/**
 * The `notice.language` of a receipt for a decision made with no Consentry text on screen (an
 * API call, the GPC rule): BCP 47 "undetermined". Its `textHash` is then null. Both say, truthfully,
 * that Consentry cannot vouch for what the visitor read, rather than claiming a banner they never saw.
 */
const NO_NOTICE_LANGUAGE = 'und';

/**
 * Builds the receipt of a decision. It resolves once `notice.textHash` is known (crypto.subtle is
 * asynchronous), complete and frozen: whoever receives it (the outbox, the page's `receipt`
 * listeners) gets the one final receipt, which nothing changes afterwards.
 */
export async function buildReceipt({ policyUrl, revision, categories }: Settings, decision: RecordedDecision): Promise<Receipt> {
  const { receiptId, previousReceiptId, method, next, shown } = decision;
  const textHash = shown ? await noticeTextHash(canonicalNotice(shown, policyUrl, revision)) : null;
  return freezeReceipt({
    schema: 'consentry.receipt/1',
    receiptId,
    subjectId: next.subjectId,
    eventType: eventTypeOf(decision),
    method,
    categories: next.categories,
    // SPEC §9: only a site that declares services has them in its receipts.
    ...(categories.some(({ services }) => services.length) && { services: next.services }),
    previousReceiptId,
    eventTime: new Date(decision.eventTime).toISOString(),
    notice: { policyUrl, revision, language: shown?.language ?? NO_NOTICE_LANGUAGE, textHash },
    signals: { gpc: decision.gpc },
    // Without a page (server rendering) there is none to name, and no receipt is ever delivered.
    page: decision.url ? pageOf(new URL(decision.url)) : '',
    sdkVersion: __SDK_VERSION__,
  });
}

/** Freezes a receipt and every object in it (one level of nesting: categories, notice, signals). */
export function freezeReceipt(receipt: Receipt): Receipt {
  for (const value of Object.values(receipt)) if (typeof value === 'object' && value) Object.freeze(value);
  return Object.freeze(receipt);
}

/** Classifies a decision for its receipt (SPEC §7). */
export function eventTypeOf({ previous, next, withdrawal }: Pick<RecordedDecision, 'previous' | 'next' | 'withdrawal'>): Receipt['eventType'] {
  if (withdrawal) return 'withdrawn';
  // Services count as categories do (SPEC §9): refusing Google Analytics alone withdraws consent.
  const optional = Object.entries({ ...next.categories, ...next.services }).filter(([name]) => name !== NECESSARY);
  const before = { ...previous.categories, ...previous.services };
  if (!previous.decided) return optional.some(([, granted]) => granted) ? 'given' : 'refused';
  // Turning categories off without granting any other is a withdrawal of consent (GDPR Art. 7(3)).
  const revoked = optional.some(([name, granted]) => !granted && before[name]);
  const added = optional.some(([name, granted]) => granted && !before[name]);
  return revoked && !added ? 'withdrawn' : 'updated';
}

// Turns one recorded decision into its consent receipt (SPEC §7), the site owner's proof under
// GDPR Art. 7(1): who (the pseudonymous subject), when, what they were told, how, and what they
// chose, chained to the subject's previous receipt so a withdrawal can be traced back.
import type { ShownNotice } from '../model/consent';
import type { Settings } from '../model/config';
import { NECESSARY, type ConsentState } from '../model/decision';
import { pageOf } from '../model/grammar';
// Only the type: valibot is the collector's, and must never reach the page's bundle.
import type { Receipt } from '../model/receipt-schema';

// Injected at build time from package.json (vite.config.ts `define`).
declare const __SDK_VERSION__: string;

/** What only the decision itself tells: who decided what, how, and after which receipt. */
export type DecisionFields = Pick<Receipt, 'receiptId' | 'subjectId' | 'eventType' | 'method' | 'categories' | 'previousReceiptId'>;

/**
 * The `notice.language` of a receipt for a decision made with no Consentry text on screen (an
 * API call, the GPC rule): BCP 47 "undetermined". Its `textHash` is then null. Both say, truthfully,
 * that Consentry cannot vouch for what the visitor read, rather than claiming a banner they never saw.
 */
const NO_NOTICE_LANGUAGE = 'und';

/**
 * Builds the receipt of a decision. Its time and page are read now, in the task that records the
 * decision; it resolves once `notice.textHash` is known (crypto.subtle is asynchronous), complete
 * and frozen: whoever receives it (the outbox, the page's `receipt` listeners) gets the one final
 * receipt, which nothing changes afterwards.
 */
export async function buildReceipt(
  { policyUrl, revision }: Settings,
  decision: DecisionFields,
  gpc: boolean,
  shown: ShownNotice | undefined,
): Promise<Receipt> {
  const eventTime = new Date().toISOString();
  // Without a page (server rendering) there is none to name, and no receipt is ever delivered.
  const page = typeof location == 'undefined' ? '' : pageOf(location);
  const textHash = (await shown?.textHash) ?? null;
  return freezeReceipt({
    schema: 'consentry.receipt/1',
    ...decision,
    eventTime,
    notice: { policyUrl, revision, language: shown?.language ?? NO_NOTICE_LANGUAGE, textHash },
    signals: { gpc },
    page,
    sdkVersion: __SDK_VERSION__,
  });
}

/** Freezes a receipt and every object in it (one level of nesting: categories, notice, signals). */
export function freezeReceipt(receipt: Receipt): Receipt {
  for (const value of Object.values(receipt)) if (typeof value === 'object' && value) Object.freeze(value);
  return Object.freeze(receipt);
}

/** Classifies a decision for its receipt (SPEC §7). */
export function eventTypeOf(previous: ConsentState, next: ConsentState, withdrawal?: boolean): Receipt['eventType'] {
  if (withdrawal) return 'withdrawn';
  const optional = Object.entries(next.categories).filter(([name]) => name !== NECESSARY);
  if (!previous.decided) return optional.some(([, granted]) => granted) ? 'given' : 'refused';
  // Turning categories off without granting any other is a withdrawal of consent (GDPR Art. 7(3)).
  const revoked = optional.some(([name, granted]) => !granted && previous.categories[name]);
  const added = optional.some(([name, granted]) => granted && !previous.categories[name]);
  return revoked && !added ? 'withdrawn' : 'updated';
}

// Turns one recorded decision into its consent receipt (SPEC §7), the site owner's proof under
// GDPR Art. 7(1): who (the pseudonymous subject), when, what they were told, how, and what they
// chose, chained to the subject's previous receipt so a withdrawal can be traced back.
import type { Decision } from '../core/consent';
import type { Settings } from '../core/config';
// Only the type: valibot is the collector's, and must never reach the page's bundle.
import type { Receipt } from './schema';

// Injected at build time from package.json (vite.config.ts `define`).
declare const __SDK_VERSION__: string;

/**
 * The `notice.language` of a receipt for a decision made with no Consentry text on screen (an
 * API call, the GPC rule): BCP 47 "undetermined". Its `textHash` is then null. Both say, truthfully,
 * that Consentry cannot vouch for what the visitor read, rather than claiming a banner they never saw.
 */
const NO_NOTICE_LANGUAGE = 'und';

/**
 * Builds the receipt for a decision. Everything is read synchronously, when the decision is
 * recorded; only the text hash (crypto.subtle) is awaited, and it never rejects.
 */
export async function buildReceipt(decision: Decision, { policyUrl, revision }: Settings): Promise<Receipt> {
  const { state, shown } = decision;
  const receipt: Receipt = {
    schema: 'consentry.receipt/1',
    receiptId: decision.receiptId,
    subjectId: state.subjectId,
    // Read in the same task that recorded the decision (withdrawals included, whose state has no time).
    eventTime: new Date().toISOString(),
    eventType: decision.eventType,
    method: decision.method,
    categories: state.categories,
    previousReceiptId: decision.previousReceiptId,
    notice: { policyUrl, revision, language: shown?.language ?? NO_NOTICE_LANGUAGE, textHash: null },
    signals: decision.signals,
    // SPEC §7: no query string or fragment, which often carry personal data (emails, tokens).
    page: location.origin + location.pathname,
    sdkVersion: __SDK_VERSION__,
  };
  if (shown) receipt.notice.textHash = await shown.textHash;
  return receipt;
}

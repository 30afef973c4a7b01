// The only module that talks to the network (STYLE 8).
import type { Receipt } from '../model/receipt-schema';

// A request that hangs is a failure like any other (it is retried), not a stalled outbox.
const TIMEOUT_MS = 15_000;

/**
 * What a browser carries in keepalive request bodies on their way at once, per page (Fetch
 * standard, "inflight keepalive bytes"): 64 KiB. A post that would pass it is refused at once.
 */
export const KEEPALIVE_BYTES = 65_536;

/** The size in bytes of a receipt's request body (or what may be one), as the keepalive budget counts it. */
// TextEncoder, not Blob: a Blob is registered with the browser process, which a decision paid for.
export const bodyBytes = (receipt: unknown) => new TextEncoder().encode(JSON.stringify(receipt)).length;

/**
 * Posts one receipt as JSON and resolves with the HTTP status, or 0 when no response came
 * (offline, DNS, CORS refused, timeout). Never rejects.
 *
 * `keepalive` lets the request finish after the page unloads (SPEC §7: a decision made just
 * before leaving is still delivered). Credentials go to the page's own origin only (fetch's
 * default, `same-origin`), and so does the `Consentry-Cookie` header with `cookie`, the choice
 * cookie as the configuration describes it (model/grammar's `describeChoiceCookie`): there a collector
 * started with `--set-cookie` sets the choice cookie again from the server, which the browser
 * accepts only from a credentialed response (SPEC §6: Safari keeps cookies written by script for
 * 7 days). A collector on another origin gets neither: it needs no cookie and must not receive
 * one cross-site, and the extra header would need a CORS preflight it does not allow.
 */
export async function postReceipt(endpoint: string, receipt: Receipt, cookie: string): Promise<number> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      keepalive: true,
      headers: {
        'content-type': 'application/json',
        ...(new URL(endpoint, location.href).origin === location.origin && { 'consentry-cookie': cookie }),
      },
      body: JSON.stringify(receipt),
      // Optional: browsers before 2022 lack AbortSignal.timeout, and must still send.
      signal: AbortSignal.timeout?.(TIMEOUT_MS),
    });
    return response.status;
  } catch {
    return 0;
  }
}

/**
 * What a post's status means for its receipt: `sent` once acknowledged (2xx); `failed` for good on
 * any other 4xx, since the collector refused this very receipt (invalid, origin not allowed) and
 * sending it again would be refused again; `queued` for the rest (no response, 5xx, 408 Request
 * Timeout, 429 Too Many Requests), which a later attempt may pass.
 */
export function deliveryStatus(status: number): 'sent' | 'queued' | 'failed' {
  if (status >= 200 && status < 300) return 'sent';
  return status >= 400 && status < 500 && status !== 408 && status !== 429 ? 'failed' : 'queued';
}

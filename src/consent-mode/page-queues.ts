// The page's command queues that consent signals go to: Google's `window.dataLayer` and
// Microsoft's `window.uetq`. Tags read them by contract and replay what was queued before they
// loaded, so pushing here (never calling `gtag` or UET functions, which a page may define after
// us or not at all) works whatever order the page loads them in.
import { reportError } from '../model/report';

declare global {
  interface Window {
    dataLayer?: unknown[];
    uetq?: unknown[];
  }
}

/**
 * Pushes `entries` onto one queue, creating it if the page has not. The page owns these queues,
 * and a broken tag manager may replace their push with one that throws: that is reported and
 * never stops a decision from being stored, sent and applied (nor the loader from starting).
 */
export function pushTo(queue: 'dataLayer' | 'uetq', ...entries: unknown[]): void {
  try {
    (window[queue] = window[queue] || []).push(...entries);
  } catch (error) {
    reportError(`window.${queue}.push failed (${error}); Consent Mode missed an update.`);
  }
}

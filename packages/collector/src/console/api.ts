// The console's one way to the collector: every request carries the admin token as a bearer
// header. URLs are relative to the page (…/admin/), so the console works under any base path.
import type { SignedReceipt } from '../signing';
import type { ChainReport, ReceiptStats, StatsBucketSize } from '../storage/receipt-log';
import { adminToken } from './session';

/** The date range the console shows: whole UTC days, `to` included. */
export interface DayRange {
  /** YYYY-MM-DD */
  from: string;
  /** YYYY-MM-DD, included. */
  to: string;
}

/** A request the collector refused or could not answer, with its message for people. */
export class CollectorError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const nextDay = (day: string) => new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10);

/** The query of a range: the collector's ranges are [from, to), so `to` becomes the next day. */
export const rangeQuery = ({ from, to }: DayRange) => `from=${from}&to=${nextDay(to)}`;

async function call(path: string, token = adminToken.value): Promise<Response> {
  const response = await fetch(new URL(`../${path}`, location.href), { headers: { authorization: `Bearer ${token ?? ''}` } });
  if (response.status === 401 && token === adminToken.value) adminToken.value = null;
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    throw new CollectorError(body?.error ?? `the collector answered ${response.status}`, response.status);
  }
  return response;
}

/** Checks a token by asking for today's stats; resolves whether the collector accepted it. */
export async function isAcceptedToken(token: string): Promise<boolean> {
  try {
    await call('v1/stats?bucket=month', token);
    return true;
  } catch (error) {
    if (error instanceof CollectorError && error.status === 401) return false;
    throw error;
  }
}

export async function fetchStats(range: DayRange, bucket: StatsBucketSize): Promise<ReceiptStats> {
  return (await call(`v1/stats?${rangeQuery(range)}&bucket=${bucket}`)).json();
}

/** Verifies the log; with `keptHead` (a signed head's JSON text), also that the log still holds it. */
export async function fetchVerification(keptHead?: string): Promise<ChainReport> {
  return (await call(keptHead === undefined ? 'v1/verify' : `v1/verify?since=${encodeURIComponent(keptHead)}`)).json();
}

/** A subject's whole history, newest first, read page by page (each page names the next). */
export async function fetchSubjectHistory(subjectId: string): Promise<SignedReceipt[]> {
  const receipts: SignedReceipt[] = [];
  let before: string | null = null;
  do {
    const page = (await (await call(`v1/subjects/${encodeURIComponent(subjectId)}/receipts${before ? `?before=${before}` : ''}`)).json()) as { receipts: SignedReceipt[]; next: string | null };
    receipts.push(...page.receipts);
    before = page.next;
  } while (before);
  return receipts;
}

/** Downloads the range's receipts as a file: fetched with the token, then handed to the browser. */
export async function downloadExport(range: DayRange, format: 'ndjson' | 'csv'): Promise<void> {
  const blob = await (await call(`v1/receipts?${rangeQuery(range)}&format=${format}`)).blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `receipts-${range.from}-to-${range.to}.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

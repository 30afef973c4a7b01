// The figures the console shows, derived from one ReceiptStats: rates and shares, formatted for
// people. Pure functions, so the charts, their tables and their summaries always agree.
import type { DecisionCounts, ReceiptStats } from '../storage/receipt-log';

/** The decision classes in the order the console shows them, with their labels. */
export const DECISIONS: [keyof DecisionCounts, string][] = [
  ['acceptAll', 'Accept all'],
  ['rejectAll', 'Reject all'],
  ['custom', 'Custom choice'],
  ['gpc', 'GPC signal'],
  ['withdrawn', 'Withdrawn'],
];

/** The categories worth a rate: every one the range's receipts name, except necessary (always granted). */
export function optionalCategories(stats: ReceiptStats): string[] {
  const names = new Set(stats.buckets.flatMap((bucket) => Object.keys(bucket.categories)));
  names.delete('necessary');
  return [...names].sort();
}

/** Granted / (granted + refused) as a percentage, or null when no receipt named the category. */
export function optInRate(counts: { granted: number; refused: number } | undefined): number | null {
  const named = counts ? counts.granted + counts.refused : 0;
  return named === 0 ? null : (100 * counts!.granted) / named;
}

/** A category's counts over the whole range. */
export function categoryTotal(stats: ReceiptStats, name: string): { granted: number; refused: number } {
  const total = { granted: 0, refused: 0 };
  for (const bucket of stats.buckets) {
    total.granted += bucket.categories[name]?.granted ?? 0;
    total.refused += bucket.categories[name]?.refused ?? 0;
  }
  return total;
}

/** Each decision class's count over the whole range. */
export function decisionTotals(stats: ReceiptStats): DecisionCounts {
  const totals: DecisionCounts = { acceptAll: 0, rejectAll: 0, custom: 0, gpc: 0, withdrawn: 0 };
  for (const bucket of stats.buckets) for (const [key] of DECISIONS) totals[key] += bucket.decisions[key];
  return totals;
}

const percentFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const countFormat = new Intl.NumberFormat('en');

export const formatPercent = (value: number | null) => (value === null ? '–' : `${percentFormat.format(value)} %`);
export const formatCount = (value: number) => countFormat.format(value);
export const share = (part: number, whole: number) => (whole === 0 ? null : (100 * part) / whole);

/** A bucket's start as the chart's x value: seconds since the epoch, as uPlot reads time. */
export const bucketTime = (start: string) => Date.parse(`${start}T00:00:00Z`) / 1000;

/** The heading of a table's bucket column. */
export const BUCKET_HEADINGS: Record<ReceiptStats['bucket'], string> = { day: 'Day', week: 'Week', month: 'Month' };

/** A bucket's start for people: the day, the week's Monday, or the month. */
export function bucketLabel(start: string, bucket: ReceiptStats['bucket']): string {
  if (bucket === 'month') return start.slice(0, 7);
  return bucket === 'week' ? `week of ${start}` : start;
}

// Folds the aggregate rows a storage engine's stats queries return into the ReceiptStats shape,
// the same way for every engine: each engine only has to group and count in its own SQL dialect.
// The rows are counts per bucket (a few per day at most), never receipts.
import type { ChoiceCounts, DecisionCounts, ReceiptStats, StatsBucket, StatsQuery } from './receipt-log';

/** Receipts of one bucket with one eventType, method, notice revision and language. */
export interface ActivityRow {
  start: string;
  eventType: string;
  method: string;
  revision: string;
  language: string;
  receipts: number;
}

/** Receipts of one bucket that granted (or refused) one category or service. */
export interface ChoiceRow {
  start: string;
  kind: 'category' | 'service';
  name: string;
  granted: boolean;
  receipts: number;
}

/** The aggregate rows of one stats query, each set in any order. */
export interface StatsRows {
  activity: ActivityRow[];
  choices: ChoiceRow[];
}

const ACCEPT_ALL = new Set(['banner.accept_all', 'preferences.accept_all']);
const REJECT_ALL = new Set(['banner.reject_all', 'preferences.reject_all']);

/** The class of decision a receipt records (see DecisionCounts). */
function decisionOf(eventType: string, method: string): keyof DecisionCounts {
  if (eventType === 'withdrawn') return 'withdrawn';
  if (method === 'gpc') return 'gpc';
  if (ACCEPT_ALL.has(method)) return 'acceptAll';
  if (REJECT_ALL.has(method)) return 'rejectAll';
  return 'custom';
}

const add = (counts: Record<string, number>, key: string, receipts: number) => {
  counts[key] = (counts[key] ?? 0) + receipts;
};

const emptyBucket = (start: string): StatsBucket => ({
  start,
  receipts: 0,
  eventTypes: {},
  methods: {},
  decisions: { acceptAll: 0, rejectAll: 0, custom: 0, gpc: 0, withdrawn: 0 },
  categories: {},
  services: {},
});

/** Builds the stats of `query` from its aggregate rows. */
export function foldStats(query: StatsQuery, rows: StatsRows): ReceiptStats {
  const buckets = new Map<string, StatsBucket>();
  const totals: ReceiptStats['totals'] = { receipts: 0, revisions: {}, languages: {} };
  const bucketAt = (start: string) => {
    let bucket = buckets.get(start);
    if (!bucket) buckets.set(start, (bucket = emptyBucket(start)));
    return bucket;
  };
  for (const { start, eventType, method, revision, language, receipts } of rows.activity) {
    const bucket = bucketAt(start);
    bucket.receipts += receipts;
    add(bucket.eventTypes, eventType, receipts);
    add(bucket.methods, method, receipts);
    bucket.decisions[decisionOf(eventType, method)] += receipts;
    totals.receipts += receipts;
    add(totals.revisions, revision, receipts);
    add(totals.languages, language, receipts);
  }
  for (const { start, kind, name, granted, receipts } of rows.choices) {
    const choices = bucketAt(start)[kind === 'category' ? 'categories' : 'services'];
    const counts: ChoiceCounts = (choices[name] ??= { granted: 0, refused: 0 });
    counts[granted ? 'granted' : 'refused'] += receipts;
  }
  return {
    bucket: query.bucket,
    from: query.from ?? null,
    to: query.to ?? null,
    buckets: [...buckets.values()].sort((a, b) => (a.start < b.start ? -1 : 1)),
    totals,
  };
}

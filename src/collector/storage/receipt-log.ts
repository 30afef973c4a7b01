import type { SignedReceipt } from '../signing';

/** What appending one receipt did: stored it (`created`), or found the same receiptId already stored (`record` is that one). */
export interface AppendOutcome {
  created: boolean;
  record: SignedReceipt;
}

/** Receipts received in `[from, to)`, both ISO 8601 times of the collector's clock; either may be left open. */
export interface ReceivedRange {
  from?: string;
  to?: string;
}

/** The first row that breaks the chain, and why. */
export interface BrokenRow {
  /** The row's position in the log (1 for the first receipt ever stored). */
  seq: number;
  receiptId: string;
  reason: string;
}

/**
 * The result of re-checking the whole log. `head` is the last row's hash: an auditor who notes it
 * can later tell whether rows were cut from the end, which a chain alone cannot show.
 */
export type ChainReport =
  | { ok: true; checked: number; head: { seq: number; hash: string } | null }
  | { ok: false; checked: number; broken: BrokenRow };

/** How `stats` groups receipts in time: by UTC calendar day, ISO week (from Monday) or calendar month. */
export type StatsBucketSize = 'day' | 'week' | 'month';

/** The receipts `stats` counts: those received in `range`, grouped into buckets of `bucket`. */
export interface StatsQuery extends ReceivedRange {
  bucket: StatsBucketSize;
}

/**
 * How visitors decided, one class per receipt: `withdrawn` when the receipt's eventType is
 * withdrawn; otherwise `gpc` for method gpc, `acceptAll` and `rejectAll` for the banner's and the
 * preferences' buttons of those names, and `custom` for a choice category by category
 * (preferences.save, placeholder, api).
 */
export interface DecisionCounts {
  acceptAll: number;
  rejectAll: number;
  custom: number;
  gpc: number;
  withdrawn: number;
}

/** For one category or service: how many receipts granted it and how many refused it (receipts that do not name it count in neither). */
export interface ChoiceCounts {
  granted: number;
  refused: number;
}

/** The counts of one bucket. Every count is a number of receipts received in the bucket and the queried range. */
export interface StatsBucket {
  /** The bucket's first day, `YYYY-MM-DD` (UTC): the day, the Monday of the ISO week, or the first of the month. */
  start: string;
  receipts: number;
  /** By `eventType` (given, refused, updated, withdrawn); a type no receipt had is absent. */
  eventTypes: Record<string, number>;
  /** By `method` (banner.accept_all, gpc, …); a method no receipt had is absent. */
  methods: Record<string, number>;
  decisions: DecisionCounts;
  /** By category name, `necessary` included. */
  categories: Record<string, ChoiceCounts>;
  /** By service name, from receipts that carry a `services` object (SPEC §9); empty while none do. */
  services: Record<string, ChoiceCounts>;
}

/**
 * Counts of the receipts received in a range, computed by the database: per bucket, in time
 * order, with buckets that received nothing left out; and totals over the whole range.
 */
export interface ReceiptStats {
  bucket: StatsBucketSize;
  /** The range as queried (ISO times), null where it was left open. */
  from: string | null;
  to: string | null;
  buckets: StatsBucket[];
  totals: {
    receipts: number;
    /** By `notice.revision`. */
    revisions: Record<string, number>;
    /** By `notice.language`. */
    languages: Record<string, number>;
  };
}

/**
 * Where the collector keeps receipts: an append-only, hash-chained log (SPEC §8). Nothing in it
 * is ever updated or deleted, and nothing in the collector asks it to.
 */
export interface ReceiptStorage {
  /**
   * Appends a signed receipt, or returns the one already stored under its receiptId. Resolves only
   * once the receipt is durable: on disk, surviving a crash of the process or of the machine.
   */
  append(record: SignedReceipt): Promise<AppendOutcome>;
  /** A subject's receipts, newest first, at most `limit`. */
  bySubject(subjectId: string, limit: number): Promise<SignedReceipt[]>;
  /** Receipts in order of arrival, read page by page so the log is never held in memory. */
  received(range: ReceivedRange): AsyncIterable<SignedReceipt>;
  /** Recomputes the chain from the first row and names the first row that breaks it. */
  verify(hasValidSignature: (record: SignedReceipt) => boolean | Promise<boolean>): Promise<ChainReport>;
  /**
   * Counts receipts per bucket and in total (see ReceiptStats) with aggregate queries over indexed
   * columns: no receipt is read into memory, however many the range holds.
   */
  stats(query: StatsQuery): Promise<ReceiptStats>;
  /** Throws when the storage cannot serve requests (for `GET /healthz`). */
  check(): Promise<void>;
  /** Writes what is pending, then releases the storage. */
  close(): Promise<void>;
}

// The contract every receipt storage keeps (SQLite in sqlite.ts, PostgreSQL beside it). It is the
// one description of the log: what a row and a signed head are, how they are hashed and signed,
// and what each storage must do in the transaction that stores them.
//
// THE LOG. One global chain of rows at contiguous positions 1, 2, 3… (in the order of the
// transactions that stored them), whatever number of collector instances write to it. Each row
// keeps the signed receipt's JSON text (`body`), the hash of the row before it and its own hash:
//   hash = hex(SHA-256(prevHash + "\n" + body)),   prevHash of position 1 = 64 zeros
// (chainHash and GENESIS in chain.ts). The position is not hashed: it is the row's place in the
// chain, which the hashes already fix. Rows are never updated or deleted; the database refuses it.
//
// SIGNED HEADS. Every transaction that adds rows also adds, before it commits, the head of the
// chain after them, signed with the collector's Ed25519 key (as a transparency log signs tree
// heads, RFC 9162 §4.10): {schema: "consentry.head/1", position, hash, time} where position and
// hash are the last row's and time is when it was signed. The signature is over the canonical
// JSON of the head without its signature (signing.ts: the same rule as for receipts; the schema
// field keeps a head from ever reading as a receipt). Heads are append-only too. So each row is
// covered by the head of its own transaction, and a receipt acknowledged with 2xx is covered by a
// signed head on disk.
//
// THE INVARIANT. Before adding rows, a storage checks in the same transaction that the last head
// covers the whole log (its position and hash are the last row's) and was signed with the
// collector's key (log-end.ts). If it does not cover it, rows were added, or heads removed, by
// someone who went around the collector: it refuses to sign over them (the append fails) rather
// than lend them a signature. If another key signed it, a collector with another key writes to
// the log, and heads by both keys would leave the log unverifiable with either: it refuses too.
// A storage makes the same checks when it opens the log, and refuses to open it, saying why. The
// one exception is the operator's: rows no head covers (a log from before signed heads) are
// adopted, a head signed over them as they stand, only when the storage is opened with
// `adoptUnsignedRows` (`--adopt-unsigned-rows`), which says so on stderr.
//
// WHAT VERIFY FINDS (verifyChain in chain.ts, shared by every storage): a gap or a repeat in the
// positions; a row whose prevHash is not the hash before it, or whose hash is not its content's;
// a receipt whose signature is not the collector's; a head whose signature is not, or whose hash
// is not the recomputed hash at its position (a row deleted, inserted or moved and every later
// hash recomputed); rows after the last head (heads deleted); a head past the end (rows cut from
// the end while their heads stayed). What it cannot find alone is a tail cut together with its
// heads: for that an auditor keeps a head from `GET /v1/head` and later passes it as `since`,
// and verify checks that the log still has that hash at that position. Once the chain holds, it
// checks the stats tables against the rows (verifyStats in log-pages.ts): they are derived data,
// but what GET /v1/stats reports, and the collector's PostgreSQL role may insert into them. Rows,
// heads and stats tables are all read from one snapshot, so that receipts stored meanwhile are
// left for the next check rather than reported as rows without a head.
//
// The per-receipt signature (signing.ts) covers the receipt and its receivedAt, not its position:
// it is made before the row has a position, and proves what was received; the heads prove where
// it is in the log and that nothing around it went missing.
//
// A storage is therefore created with the collector's ReceiptSigner (`{ signer }`), and signs
// heads with signHead (chain.ts) inside its transactions.
import type { SignedReceipt } from '../signing';

/** What appending one receipt did: stored it (`created`), or found the same receiptId already stored (`record` is that one). */
export interface AppendOutcome {
  created: boolean;
  record: SignedReceipt;
}

/** An append waiting for its group to commit: how to settle its promise. */
export interface PendingAppend {
  record: SignedReceipt;
  resolve(outcome: AppendOutcome): void;
  reject(error: unknown): void;
}

/** Receipts received in `[from, to)`, both ISO 8601 times of the collector's clock; either may be left open. */
export interface ReceivedRange {
  from?: string;
  to?: string;
}

/** The `schema` of a signed head. */
export const HEAD_SCHEMA = 'consentry.head/1';

/** A head of the log as the collector signs it (see above). */
export interface UnsignedHead {
  schema: typeof HEAD_SCHEMA;
  /** The position of the last row it covers (1 for the first receipt ever stored). */
  position: number;
  /** That row's chain hash (64 hex digits). */
  hash: string;
  /** When the collector signed it (ISO 8601, the collector's clock). */
  time: string;
}

/** A signed head: what `GET /v1/head` serves and what an auditor keeps. */
export interface SignedHead extends UnsignedHead {
  /** Base64 Ed25519 signature over the canonical JSON of the other fields. */
  signature: string;
}

/** One row of the log as stored, for verifyChain. */
export interface ChainLink {
  position: number;
  receiptId: string;
  subjectId: string;
  receivedAt: string;
  /** The stored JSON text of the signed receipt, exactly as hashed. */
  body: string;
  prevHash: string;
  hash: string;
}

/** The first thing that breaks the log, and why. */
export interface BrokenRow {
  /** The position where it breaks. */
  position: number;
  /** The receipt at that position, or null when there is none (the log ends before it). */
  receiptId: string | null;
  reason: string;
}

/**
 * The result of re-checking the whole log. `head` is the latest signed head, which an auditor
 * keeps to pass as `since` next time.
 */
export type ChainReport = { ok: true; checked: number; head: SignedHead | null } | { ok: false; checked: number; broken: BrokenRow };

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

/** What verify is given: how to check signatures, and optionally a head kept from before. */
export interface ChainChecks {
  /** Whether a stored receipt's signature is the collector's. */
  isSignedReceipt(record: SignedReceipt): boolean | Promise<boolean>;
  /** Whether a stored head's signature is the collector's. */
  isSignedHead(head: SignedHead): boolean | Promise<boolean>;
  /** A head an auditor kept (its signature already checked): the log must still hold its hash at its position. */
  since?: SignedHead;
}

/**
 * Where the collector keeps receipts: the append-only, hash-chained log with signed heads described
 * above (SPEC §8). Nothing in it is ever updated or deleted, and nothing in the collector asks it to.
 */
export interface ReceiptStorage {
  /**
   * Appends a signed receipt, or returns the one already stored under its receiptId. Resolves only
   * once the receipt and the signed head covering it are durable: on disk, surviving a crash of
   * the process or of the machine.
   */
  append(record: SignedReceipt): Promise<AppendOutcome>;
  /**
   * A subject's receipts, newest first, at most `limit`; with `before` (the receiptId of one of
   * them), only those stored before it, so that a long history is read a page at a time.
   */
  bySubject(subjectId: string, limit: number, before?: string): Promise<SignedReceipt[]>;
  /** Receipts in order of arrival, read page by page so the log is never held in memory. */
  received(range: ReceivedRange): AsyncIterable<SignedReceipt>;
  /** The latest signed head, or null while the log is empty. */
  head(): Promise<SignedHead | null>;
  /** Recomputes the chain from position 1 and names the first thing that breaks it (verifyChain), then checks the stats tables against it (verifyStats). */
  verify(checks: ChainChecks): Promise<ChainReport>;
  /**
   * Counts receipts per bucket and in total (see ReceiptStats) with aggregate queries over indexed
   * columns: no receipt is read into memory, however many the range holds.
   */
  stats(query: StatsQuery): Promise<ReceiptStats>;
  /**
   * Throws when the storage cannot serve requests or cannot write (for `GET /healthz`); resolves
   * again once the cause has gone.
   */
  check(): Promise<void>;
  /** Writes what is pending, then releases the storage. */
  close(): Promise<void>;
}

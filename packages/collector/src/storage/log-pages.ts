// Reading the log back in order of position, a page at a time, shared by every storage: verify
// walks the rows and the signed heads this way, so a long log is never held in memory, then checks
// the stats tables against the rows the same way; the latest head is read with the same
// conversion (receipt-log.ts describes the log).
import { verifyChain } from './chain';
import { HEAD_SCHEMA, type ChainChecks, type ChainLink, type ChainReport, type SignedHead } from './receipt-log';

/** Rows read per page (per round trip, in PostgreSQL). */
export const PAGE = 500;

/** A signed head as the database returns it: PostgreSQL gives bigints as text and times as Dates. */
export interface HeadRow {
  position: number | string;
  hash: string;
  time: string | Date;
  signature: string;
}

/** A row of the log as the database returns it, its place in the log selected as `position`. */
export interface ReceiptRow {
  position: number | string;
  receipt_id: string;
  subject_id: string;
  received_at: string | Date;
  body: string;
  prev_hash: string;
  hash: string;
}

/** Reads the page of rows after position `after`: at most PAGE, in order of position. */
export type ReadPage<Row> = (after: number) => Row[] | Promise<Row[]>;

const isoTime = (time: string | Date) => (typeof time === 'string' ? time : time.toISOString());

/** A stored head as the collector signed it. */
export function headOf(row: HeadRow): SignedHead {
  return { schema: HEAD_SCHEMA, position: Number(row.position), hash: row.hash, time: isoTime(row.time), signature: row.signature };
}

function linkOf(row: ReceiptRow): ChainLink {
  return {
    position: Number(row.position),
    receiptId: row.receipt_id,
    subjectId: row.subject_id,
    receivedAt: isoTime(row.received_at),
    body: row.body,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** Every row, from position 1, read a page at a time as it is iterated. */
async function* pagesAfter<Row extends { position: number | string }>(readPage: ReadPage<Row>): AsyncGenerator<Row> {
  let after = 0;
  for (;;) {
    const rows = await readPage(after);
    yield* rows;
    if (rows.length < PAGE) return;
    after = Number(rows.at(-1)!.position);
  }
}

/** Recomputes the chain (verifyChain) over the rows and heads that `pages` reads. */
export async function verifyPages(pages: { receipts: ReadPage<ReceiptRow>; heads: ReadPage<HeadRow> }, checks: ChainChecks): Promise<ChainReport> {
  async function* links(): AsyncIterable<ChainLink> {
    for await (const row of pagesAfter(pages.receipts)) yield linkOf(row);
  }
  async function* heads(): AsyncIterable<SignedHead> {
    for await (const row of pagesAfter(pages.heads)) yield headOf(row);
  }
  return verifyChain(links(), heads(), checks);
}

/** A stats row that disagrees with the log: its position, and the receipt there if there is one. */
export interface StatsDisagreement {
  position: number;
  receiptId: string | null;
}

/**
 * What verify reads of a storage's stats tables (sqlite-stats.ts, postgres-stats.ts), in the
 * snapshot it read the log from. Each storage derives the rows from a receipt with the one
 * extraction its trigger uses.
 */
export interface StatsReads {
  /**
   * Of the receipts at positions (after, upTo]: the first whose stats rows are not all stored as
   * its content gives them (null when none), and how many choice rows they give.
   */
  missing(after: number, upTo: number): Promise<{ first: StatsDisagreement | null; choices: number }>;
  /** How many rows each stats table holds. */
  stored(): Promise<{ facts: number; choices: number }>;
  /** The first stats row that no receipt gives, or null. */
  unaccounted(): Promise<StatsDisagreement | null>;
}

/**
 * Once the chain holds, checks that the stats tables count exactly the log's receipts, as their
 * signed content gives them: whoever can write those tables directly (the collector's PostgreSQL
 * role may insert into them) could otherwise change what GET /v1/stats says unseen. Every
 * receipt's rows must be there, a page of positions at a time; then the tables must hold no more
 * rows than the receipts give, and only when they do is the extra row looked for.
 */
export async function verifyStats(report: ChainReport, reads: StatsReads): Promise<ChainReport> {
  if (!report.ok) return report;
  const broken = ({ position, receiptId }: StatsDisagreement, reason: string): ChainReport => ({ ok: false, checked: report.checked, broken: { position, receiptId, reason } });
  // A log that verifies holds positions 1 to `checked`.
  const end = report.checked;
  let choices = 0;
  for (let after = 0; after < end; after += PAGE) {
    const { first, choices: given } = await reads.missing(after, Math.min(after + PAGE, end));
    if (first) return broken(first, 'the stats do not count this receipt as its content says: their tables were written around the collector');
    choices += given;
  }
  const stored = await reads.stored();
  if (stored.facts === end && stored.choices === choices) return report;
  const extra = await reads.unaccounted();
  return extra ? broken(extra, 'the stats count a receipt that the log does not hold as counted: their tables were written around the collector') : report;
}

// Reading the log back in order of position, a page at a time, shared by every storage: verify
// walks the rows and the signed heads this way, so a long log is never held in memory, and the
// latest head is read with the same conversion (receipt-log.ts describes the log).
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

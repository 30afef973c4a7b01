// A subject's history (GET /v1/subjects/:subjectId/receipts): it needs no admin token, so what one
// request may cost is bounded. An answer is one page, newest first: at most
// SUBJECT_HISTORY_LIMIT receipts and about SUBJECT_HISTORY_BYTES of them, with the cursor of the
// next page. It is read from storage a few receipts at a time as the client takes it, so requests
// for long histories hold little memory at once and leave the event loop free between reads.
import type { ReceiptStorage } from './storage/receipt-log';

/** The most receipts one page of `GET /v1/subjects/:subjectId/receipts` holds: more than most visitors ever make. */
export const SUBJECT_HISTORY_LIMIT = 100;

/** The most bytes of receipts one page holds, unless its first receipt alone is larger (a receipt is at most 16 KiB and its signature). */
export const SUBJECT_HISTORY_BYTES = 64 * 1024;

// Receipts read from storage at a time: each read is short.
const BATCH = 10;

const encoder = new TextEncoder();

/** The page's JSON text, `{subjectId, receipts, next}`, in pieces: one per read from storage. */
async function* historyPage(storage: ReceiptStorage, subjectId: string, before: string | undefined): AsyncGenerator<string> {
  let chunk = `{"subjectId":${JSON.stringify(subjectId)},"receipts":[`;
  let cursor = before;
  let count = 0;
  let bytes = 0;
  for (;;) {
    // One more than the page has room for tells whether there is a next page.
    const wanted = Math.min(BATCH, SUBJECT_HISTORY_LIMIT - count + 1);
    const records = await storage.bySubject(subjectId, wanted, cursor);
    for (const record of records) {
      const text = JSON.stringify(record);
      const size = encoder.encode(text).length;
      if (count === SUBJECT_HISTORY_LIMIT || (count > 0 && bytes + size > SUBJECT_HISTORY_BYTES)) {
        yield `${chunk}],"next":${JSON.stringify(cursor)}}`;
        return;
      }
      chunk += count > 0 ? `,${text}` : text;
      count += 1;
      bytes += size;
      cursor = record.receiptId;
    }
    if (records.length < wanted) {
      yield `${chunk}],"next":null}`;
      return;
    }
    yield chunk;
    chunk = '';
  }
}

/**
 * The body of one page of `subjectId`'s history: its receipts stored before the receipt `before`
 * (from the newest when undefined), and in `next` the receiptId to pass as `before` for the page
 * after it, or null on the last page. The first read happens before it resolves, so a storage that
 * fails is answered with an error rather than a broken body.
 */
export async function subjectHistoryBody(storage: ReceiptStorage, subjectId: string, before: string | undefined): Promise<ReadableStream<Uint8Array>> {
  const pieces = historyPage(storage, subjectId, before);
  let next = await pieces.next();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(next.value));
      next = await pieces.next();
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
}

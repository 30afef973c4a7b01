// The audit export (SPEC §8: GET /v1/receipts?format=ndjson|csv). Records are pulled from storage
// as the client reads, so an export of the whole log never sits in memory.
import type { SignedReceipt } from './signing';

/** The formats `GET /v1/receipts` can write. */
export const EXPORT_FORMATS = ['ndjson', 'csv'] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  ndjson: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

// Flush to the client in chunks of about this size rather than one write per receipt.
const CHUNK_CHARS = 64 * 1024;

// One column per field a spreadsheet reader filters on; categories become the space-separated
// names granted and refused, which read better than a JSON cell.
const CSV_COLUMNS: [string, (record: SignedReceipt) => string | boolean | null][] = [
  ['receivedAt', (r) => r.receivedAt],
  ['receiptId', (r) => r.receiptId],
  ['subjectId', (r) => r.subjectId],
  ['eventTime', (r) => r.eventTime],
  ['eventType', (r) => r.eventType],
  ['method', (r) => r.method],
  ['granted', (r) => namesWhere(r.categories, true)],
  ['refused', (r) => namesWhere(r.categories, false)],
  ['previousReceiptId', (r) => r.previousReceiptId],
  ['policyUrl', (r) => r.notice.policyUrl],
  ['revision', (r) => r.notice.revision],
  ['language', (r) => r.notice.language],
  ['textHash', (r) => r.notice.textHash],
  ['gpc', (r) => r.signals.gpc],
  ['page', (r) => r.page],
  ['sdkVersion', (r) => r.sdkVersion],
  ['signature', (r) => r.signature],
];

function namesWhere(categories: Record<string, boolean>, granted: boolean): string {
  return Object.keys(categories)
    .filter((name) => categories[name] === granted)
    .sort()
    .join(' ');
}

// A cell a spreadsheet would read as a formula (OWASP "CSV injection"): = + - @ start one, and a
// leading tab or CR is skipped before the check by some. Receipts pass the schema, but policyUrl,
// page and revision are text the visitor's page chose, so nothing here trusts them.
const FORMULA_START = /^[=+\-@\t\r]/;
// C0 controls (ESC, BEL…) and DEL would reach the file raw; tabs and line breaks stay, quoted.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

// A formula trigger gets a leading apostrophe, which spreadsheets show as text; controls become
// U+FFFD; then RFC 4180 quoting.
function csvCell(value: string | boolean | null): string {
  let text = value === null ? '' : String(value).replace(CONTROL, '\ufffd');
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function formatLine(record: SignedReceipt, format: ExportFormat): string {
  return format === 'ndjson' ? `${JSON.stringify(record)}\n` : `${CSV_COLUMNS.map(([, read]) => csvCell(read(record))).join(',')}\r\n`;
}

/**
 * Streams records as NDJSON (each line a stored receipt, verifiable on its own with the public key)
 * or CSV with a header row.
 */
export function exportStream(records: AsyncIterable<SignedReceipt>, format: ExportFormat): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = records[Symbol.asyncIterator]();
  let header = format === 'csv' ? `${CSV_COLUMNS.map(([name]) => name).join(',')}\r\n` : '';
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk = header;
      header = '';
      while (chunk.length < CHUNK_CHARS) {
        const next = await iterator.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += formatLine(next.value, format);
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

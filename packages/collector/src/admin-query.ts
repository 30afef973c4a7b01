// The query parameters of the admin reads, export (`format`, `from`, `to`) and stats (`bucket`,
// `from`, `to`): checked and turned into what the storage is asked, or the 400's error and field.
import { EXPORT_FORMATS, type ExportFormat } from './export-stream';
import type { ReceivedRange, StatsBucketSize, StatsQuery } from './storage/receipt-log';

/** Why a query parameter is refused: the 400's `error`, and the parameter's name as its `field`. */
export interface QueryError {
  error: string;
  field: string;
}

/** A request's query parameter by name, undefined when absent. */
type QueryParameter = (name: string) => string | undefined;

const DATE_OR_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;

/** The bucket sizes `GET /v1/stats` accepts. */
const STATS_BUCKETS: readonly StatsBucketSize[] = ['day', 'week', 'month'];

const isExportFormat = (value: string): value is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(value);
const isStatsBucket = (value: string): value is StatsBucketSize => (STATS_BUCKETS as readonly string[]).includes(value);
const refused = (field: string, error: string): QueryError => ({ error: `${field}: ${error}`, field });

/** Whether the parts of a DATE_OR_TIME match name a real day and time: Date.parse turns 2026-02-30 into March 2. */
function isRealTime([, year, month, day, hour = '0', minute = '0', second = '0', offsetHour = '0', offsetMinute = '0']: RegExpExecArray): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return (
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day) &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    Number(second) < 60 &&
    Number(offsetHour) < 24 &&
    Number(offsetMinute) < 60
  );
}

/** A `from`/`to` query parameter as a canonical ISO time, undefined when absent, null when malformed or not a real time. */
function queryTime(value: string | undefined): string | undefined | null {
  if (value === undefined || value === '') return undefined;
  const parts = DATE_OR_TIME.exec(value);
  if (!parts || !isRealTime(parts)) return null;
  return new Date(Date.parse(value)).toISOString();
}

/** The `from`/`to` query parameters as a received range. */
function receivedRange(query: QueryParameter): ReceivedRange | QueryError {
  const from = queryTime(query('from'));
  const to = queryTime(query('to'));
  if (from === null) return refused('from', 'must be an ISO 8601 date or time');
  if (to === null) return refused('to', 'must be an ISO 8601 date or time');
  if (from !== undefined && to !== undefined && from > to) return refused('to', 'must not be before from');
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** `GET /v1/receipts`: the export's format (default ndjson) and range. */
export function exportQuery(query: QueryParameter): { format: ExportFormat; range: ReceivedRange } | QueryError {
  const format = query('format') ?? 'ndjson';
  if (!isExportFormat(format)) return refused('format', `must be one of ${EXPORT_FORMATS.join(', ')}`);
  const range = receivedRange(query);
  return 'error' in range ? range : { format, range };
}

/** `GET /v1/stats`: the bucket size (default day) and range. */
export function statsQuery(query: QueryParameter): StatsQuery | QueryError {
  const bucket = query('bucket') ?? 'day';
  if (!isStatsBucket(bucket)) return refused('bucket', `must be one of ${STATS_BUCKETS.join(', ')}`);
  const range = receivedRange(query);
  return 'error' in range ? range : { ...range, bucket };
}

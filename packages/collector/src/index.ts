// '@consentry/collector': the receipt collector as a library (SPEC §8). createCollector is the
// edge-compatible fetch handler; the SQLite and PostgreSQL storages, the key-file signer and
// serveCollector are its Node parts.
export { createCollector, MAX_RECEIPT_BYTES } from './handler';
export { SUBJECT_HISTORY_LIMIT } from './subject-history';
export { readConsoleFiles } from './console-files';
export { createKeyFileSigner, verifyReceiptSignature } from './key-file';
export { serveCollector } from './node-server';
export { DEFAULT_RATE_LIMIT, forwardedClient } from './rate-limit';
export { canonicalJson } from 'consentry/protocol';
export { signReceipt } from './signing';
export { createSqliteStorage } from './storage/sqlite';
export { createPostgresStorage } from './storage/postgres';

export type { Collector, CollectorOptions, RequestContext } from './handler';
export type { RateLimitOptions } from './rate-limit';
export type { RunningServer, ServeOptions } from './node-server';
export type { ReceiptSigner, SignedReceipt } from './signing';
export type {
  AppendOutcome,
  BrokenRow,
  ChainChecks,
  ChainLink,
  ChainReport,
  ChoiceCounts,
  DecisionCounts,
  ReceiptStats,
  ReceiptStorage,
  ReceivedRange,
  SignedHead,
  StatsBucket,
  StatsBucketSize,
  StatsQuery,
  UnsignedHead,
} from './storage/receipt-log';
export type { SqliteStorageOptions } from './storage/sqlite';
export type { PostgresStorageOptions } from './storage/postgres';
export type { Receipt } from 'consentry/protocol';

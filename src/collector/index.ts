// 'consentry/collector': the receipt collector as a library (SPEC §8). createCollector is the
// edge-compatible fetch handler; the SQLite storage, the key-file signer and serveCollector are
// its Node parts.
export { createCollector, MAX_RECEIPT_BYTES, SUBJECT_HISTORY_LIMIT } from './handler';
export { createKeyFileSigner, verifyReceiptSignature } from './key-file';
export { serveCollector } from './node-server';
export { DEFAULT_RATE_LIMIT, forwardedClient } from './rate-limit';
export { canonicalJson } from './canonical-json';
export { createSqliteStorage } from './storage/sqlite';

export type { Collector, CollectorOptions, RequestContext } from './handler';
export type { RateLimitOptions } from './rate-limit';
export type { RunningServer, ServeOptions } from './node-server';
export type { ReceiptSigner, SignedReceipt } from './signing';
export type { AppendOutcome, BrokenRow, ChainReport, ReceiptStorage, ReceivedRange } from './storage/receipt-log';
export type { Receipt } from '../model/receipt-schema';

// Shared set-up for the collector tests: real SQLite files and real key files in a fresh temp dir.
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCollector, type CollectorOptions } from '../src/handler';
import { createKeyFileSigner } from '../src/key-file';
import { chainHash } from '../src/storage/chain';
import { createSqliteStorage } from '../src/storage/sqlite';
import type { Receipt } from 'consentry/protocol';

/** A temporary directory, removed by the returned function. */
export function temporaryDirectory(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'consentry-collector-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A valid receipt as the SDK would post it; `overrides` replace top-level fields. */
export function validReceipt(overrides: Partial<Receipt> = {}): Receipt {
  return {
    schema: 'consentry.receipt/1',
    receiptId: randomUUID(),
    subjectId: randomUUID(),
    eventTime: new Date().toISOString(),
    eventType: 'given',
    method: 'banner.accept_all',
    categories: { necessary: true, functional: true, personalization: false, analytics: true },
    previousReceiptId: null,
    notice: { policyUrl: '/privacy', revision: '2026-01', language: 'en', textHash: 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=' },
    signals: { gpc: false },
    page: 'https://shop.example.com/products/shoes',
    sdkVersion: '0.1.0',
    ...overrides,
  };
}

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

/** A collector over a real SQLite file and key file in `directory`; close the storage after. */
export function openCollector(directory: string, options: Partial<CollectorOptions> = {}) {
  const signer = createKeyFileSigner(join(directory, 'signing.key'));
  const storage = createSqliteStorage(join(directory, 'receipts.sqlite'), { signer });
  const collector = createCollector({ storage, signer, adminToken: ADMIN_TOKEN, rateLimit: false, ...options });
  return { storage, signer, collector };
}

/** Sends one request to a fetch handler as a browser or client would. */
export function request(
  collector: { fetch(request: Request, context?: { remoteAddress?: string }): Promise<Response> },
  path: string,
  init: RequestInit & { remoteAddress?: string } = {},
): Promise<Response> {
  const { remoteAddress = '192.0.2.1', ...rest } = init;
  return collector.fetch(new Request(`http://collector.test${path}`, rest), { remoteAddress });
}

/** Posts a receipt (or any JSON value) to /v1/receipts. */
export function postReceipt(collector: Parameters<typeof request>[0], body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return request(collector, '/v1/receipts', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

export const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

/**
 * Renumbers a SQLite log's rows from 1 and recomputes every hash with the published formula, as an
 * attacker covering their tracks would (its append-only triggers dropped first).
 */
export function rechain(db: Database.Database): void {
  const rows = db.prepare('SELECT seq, body FROM receipts ORDER BY seq').all() as { seq: number; body: string }[];
  db.prepare('UPDATE receipts SET seq = -seq').run();
  let previous = '0'.repeat(64);
  for (const [index, row] of rows.entries()) {
    const hash = chainHash(previous, row.body);
    db.prepare('UPDATE receipts SET seq = ?, prev_hash = ?, hash = ? WHERE seq = ?').run(index + 1, previous, hash, -row.seq);
    previous = hash;
  }
}

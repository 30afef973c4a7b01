// The collector as its users get it (@consentry/collector, built by `npm run build` before the
// tests), over a real SQLite file and key file in a fresh temporary directory: the other side of
// every agreement these tests check.
import { createCollector, createKeyFileSigner, createSqliteStorage, type CollectorOptions } from '@consentry/collector';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A collector in a new temporary directory; `close()` closes its storage and removes the directory. */
export function openCollector(options: Partial<CollectorOptions> = {}) {
  const directory = mkdtempSync(join(tmpdir(), 'consentry-protocol-'));
  const signer = createKeyFileSigner(join(directory, 'signing.key'));
  const storage = createSqliteStorage(join(directory, 'receipts.sqlite'), { signer });
  const collector = createCollector({ storage, signer, rateLimit: false, ...options });
  return {
    collector,
    storage,
    /** Posts `body` as JSON to /v1/receipts, as a page of `origin` would. */
    post: (body: unknown, headers: Record<string, string> = {}) =>
      collector.fetch(new Request('http://collector.test/v1/receipts', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }), {
        remoteAddress: '192.0.2.1',
      }),
    async close() {
      await storage.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

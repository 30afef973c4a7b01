// Stats benchmark for the collector (run by hand: `npm run build && npm run bench:stats`).
// Fills a SQLite receipt log with 1 000 000 receipts spread over a year (the real schema, so the
// insert trigger fills the stats tables as it does in production; rows are written in one
// transaction without the collector's per-group syncs or signed heads, and carry a placeholder
// signature, since none of that matters to stats), then times ReceiptStorage#stats over the whole log and over the last
// 30 days, for each bucket size. Prints the median of 5 runs after one warm-up.
//   --receipts <n>  how many receipts (default 1000000)
//   --db <path>     keep the log at this path and reuse it when it already exists
import Database from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { receipts: { type: 'string', default: '1000000' }, db: { type: 'string' } } });
const RECEIPTS = Number(values.receipts);
const library = fileURLToPath(new URL('../dist/server/index.js', import.meta.url));
if (!existsSync(library)) {
  console.error(`${library} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const { createKeyFileSigner, createSqliteStorage } = await import(library);

const directory = values.db ? null : mkdtempSync(join(tmpdir(), 'consentry-stats-bench-'));
process.once('exit', () => directory && rmSync(directory, { recursive: true, force: true }));
const path = values.db ?? join(directory, 'receipts.sqlite');
const signer = createKeyFileSigner(`${path}.key`);

const DAY = 86_400_000;
const END = Date.parse('2026-12-01T00:00:00.000Z');
const START = END - 365 * DAY;
const DECISIONS = [
  ['given', 'banner.accept_all', () => true],
  ['refused', 'banner.reject_all', () => false],
  ['given', 'preferences.save', (name, index) => (index >> name.length) % 2 === 0],
  ['refused', 'gpc', () => false],
  ['withdrawn', 'preferences.save', (name) => name === 'functional'],
];
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pl', 'nl', 'pt-BR'];

function body(index, receivedAt) {
  const [eventType, method, grant] = DECISIONS[index % 7 < 3 ? 0 : index % DECISIONS.length];
  return JSON.stringify({
    schema: 'consentry.receipt/1',
    receiptId: randomUUID(),
    subjectId: randomUUID(),
    eventTime: receivedAt,
    eventType,
    method,
    categories: { necessary: true, ...Object.fromEntries(['functional', 'personalization', 'analytics'].map((name) => [name, grant(name, index)])) },
    previousReceiptId: null,
    notice: {
      policyUrl: '/privacy',
      revision: index < RECEIPTS / 2 ? '2026-01' : '2026-07',
      language: LANGUAGES[index % LANGUAGES.length],
      textHash: 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
    },
    signals: { gpc: method === 'gpc' },
    page: `https://shop.example.com/products/${index % 500}`,
    sdkVersion: '0.1.0',
    receivedAt,
    signature: 'A'.repeat(86) + '==',
  });
}

if (!existsSync(path)) {
  // The collector creates the file, so the schema and its stats trigger are the real ones.
  await createSqliteStorage(path, { signer }).close();
  const started = performance.now();
  const db = new Database(path);
  db.pragma('synchronous = OFF');
  const insert = db.prepare('INSERT INTO receipts (receipt_id, subject_id, received_at, body, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)');
  let head = '0'.repeat(64);
  const fill = db.transaction(() => {
    for (let index = 0; index < RECEIPTS; index += 1) {
      const receivedAt = new Date(START + Math.floor((index / RECEIPTS) * (END - START))).toISOString();
      const text = body(index, receivedAt);
      const { receiptId, subjectId } = JSON.parse(text);
      const hash = createHash('sha256').update(head).update('\n').update(text).digest('hex');
      insert.run(receiptId, subjectId, receivedAt, text, head, hash);
      head = hash;
    }
  });
  fill();
  db.close();
  console.log(`filled        ${RECEIPTS} receipts in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const storage = createSqliteStorage(path, { signer });
// Wall time, and this process's CPU time, which other work on a shared machine disturbs less.
const median = async (query) => {
  await storage.stats(query);
  const wall = [];
  const cpu = [];
  for (let run = 0; run < 5; run += 1) {
    const started = performance.now();
    const usage = process.cpuUsage();
    const stats = await storage.stats(query);
    const { user, system } = process.cpuUsage(usage);
    wall.push(performance.now() - started);
    cpu.push((user + system) / 1000);
    query.counted = stats.totals.receipts;
  }
  const middle = (values) =>
    values
      .sort((a, b) => a - b)[2]
      .toFixed(0)
      .padStart(5);
  return `${middle(wall)} ms (${middle(cpu)} ms CPU)`;
};
for (const [label, range] of [
  ['whole log', {}],
  ['last 30 days', { from: new Date(END - 30 * DAY).toISOString() }],
]) {
  for (const bucket of ['day', 'week', 'month']) {
    const query = { ...range, bucket };
    const time = await median(query);
    console.log(`stats         ${label.padEnd(12)} by ${bucket.padEnd(5)} ${String(query.counted).padStart(8)} receipts ${time}, median of 5`);
  }
}
await storage.close();

// `npm run demo:seed`: fills the demo's receipt log (data/receipts.sqlite, as demo/serve.mjs uses,
// or CONSENTRY_DATA_DIR) with 90 days of receipts as a small shop's audience would leave them, so
// the console at /consent/admin has something to show. Receipts are signed with the demo's key and
// appended through the storage API, so the chain verifies and every signature is valid; each is
// dated on the collector's clock (receivedAt) as if it had arrived that day.
//   --days <n>    how many days back from now (default 90)
//   --seed <n>    the random seed (default 1): the same seed and end time give the same mix
//   --json        print the tally as JSON (the console's e2e test compares its figures to it)
// It refuses a log that already holds receipts: delete the data directory to start again.
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createKeyFileSigner, createSqliteStorage, signReceipt } from '@consentry/collector';

const { values } = parseArgs({
  options: { days: { type: 'string', default: '90' }, seed: { type: 'string', default: '1' }, json: { type: 'boolean', default: false } },
});
const DAYS = Number(values.days);
const DAY = 86_400_000;
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// mulberry32: a small seeded generator, so a seed gives the same audience every time.
let state = Number(values.seed) >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (weighted) => {
  let roll = random() * weighted.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of weighted) if ((roll -= weight) < 0) return value;
  return weighted.at(-1)[0];
};
const uuid = () => {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)];
  return `${hex.slice(0, 8).join('')}-${hex.slice(8, 12).join('')}-${hex.slice(12, 16).join('')}-${hex.slice(16, 20).join('')}-${hex.slice(20).join('')}`;
};

const OPTIONAL = ['functional', 'personalization', 'analytics'];
const LANGUAGES = [
  ['en', 40],
  ['de', 22],
  ['fr', 14],
  ['es', 9],
  ['pl', 6],
  ['pt-BR', 5],
  ['nl', 4],
];
const PAGES = ['/', '/products/shoes', '/products/bags', '/journal/care-guide', '/cart'];
// How a first-time visitor decides; a custom choice grants each category with its own likelihood.
const FIRST = [
  ['banner.accept_all', 52],
  ['banner.reject_all', 27],
  ['preferences.save', 9],
  ['preferences.accept_all', 3],
  ['preferences.reject_all', 3],
  ['gpc', 6],
];
const CUSTOM_GRANT = { functional: 0.75, personalization: 0.3, analytics: 0.45 };
// The notice changed a month before the end: later visitors see (and decide on) revision 2026-03.
const end = Date.now();
const start = end - DAYS * DAY;
const revisionAt = (time) => (time < end - 30 * DAY ? '2026-01' : '2026-03');
const TEXT_HASH = { '2026-01': 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=', '2026-03': 'sha256-n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=' };

function categoriesFor(method) {
  const all = (granted) => Object.fromEntries(OPTIONAL.map((name) => [name, granted]));
  if (method.endsWith('accept_all')) return { necessary: true, ...all(true) };
  if (method.endsWith('reject_all') || method === 'gpc') return { necessary: true, ...all(false) };
  return { necessary: true, ...Object.fromEntries(OPTIONAL.map((name) => [name, random() < CUSTOM_GRANT[name]])) };
}

const dataDir = resolve(process.env.CONSENTRY_DATA_DIR ?? 'data');
const signer = createKeyFileSigner(join(dataDir, 'signing.key'));
const storage = createSqliteStorage(join(dataDir, 'receipts.sqlite'), { signer });
if ((await storage.stats({ bucket: 'month' })).totals.receipts > 0) {
  await storage.close();
  console.error(`${dataDir}/receipts.sqlite already holds receipts; delete ${dataDir} to seed a fresh demo log.`);
  process.exit(1);
}

const tally = { receipts: 0, eventTypes: {}, methods: {}, decisions: {}, granted: {}, revisions: {}, languages: {} };
const count = (table, key) => (table[key] = (table[key] ?? 0) + 1);
const visitors = [];
const signed = [];

// How the console classes each way of deciding (the seed knows what it made each visitor do).
const DECISION_OF = {
  'banner.accept_all': 'acceptAll',
  'preferences.accept_all': 'acceptAll',
  'banner.reject_all': 'rejectAll',
  'preferences.reject_all': 'rejectAll',
  'preferences.save': 'custom',
  gpc: 'gpc',
};

/** One receipt, as the SDK would build it for this visitor and decision, received at `time`. */
function receiptOf(visitor, time, eventType, method, categories, decision = DECISION_OF[method]) {
  const revision = revisionAt(time);
  const shown = method !== 'gpc' && method !== 'api';
  const receipt = {
    schema: 'consentry.receipt/1',
    receiptId: uuid(),
    subjectId: visitor.subjectId,
    eventTime: new Date(time - Math.floor(random() * 400)).toISOString(),
    eventType,
    method,
    categories,
    previousReceiptId: visitor.last?.receiptId ?? null,
    notice: { policyUrl: '/privacy.html', revision, language: visitor.language, textHash: shown ? TEXT_HASH[revision] : null },
    signals: { gpc: method === 'gpc' },
    page: `https://shop.example.com${PAGES[Math.floor(random() * PAGES.length)]}`,
    sdkVersion: version,
  };
  visitor.last = { receiptId: receipt.receiptId, categories, revision };
  count(tally.eventTypes, eventType);
  count(tally.methods, method);
  count(tally.decisions, decision);
  count(tally.revisions, revision);
  count(tally.languages, visitor.language);
  for (const [name, granted] of Object.entries(categories)) if (granted) count(tally.granted, name);
  tally.receipts += 1;
  return receipt;
}

/** A returning visitor changes their mind: turning categories off is a withdrawal, anything else an update. */
function changeOfMind(visitor, time) {
  const before = visitor.last.categories;
  const categories = { ...before, ...Object.fromEntries(OPTIONAL.map((name) => [name, random() < 0.5 ? !before[name] : before[name]])) };
  const revoked = OPTIONAL.some((name) => before[name] && !categories[name]);
  const added = OPTIONAL.some((name) => !before[name] && categories[name]);
  return revoked && !added ? receiptOf(visitor, time, 'withdrawn', 'preferences.save', categories, 'withdrawn') : receiptOf(visitor, time, 'updated', 'preferences.save', categories);
}

for (let day = 0; day < DAYS; day += 1) {
  const dayStart = start + day * DAY;
  const weekday = new Date(dayStart).getUTCDay();
  // A few hundred new visitors a day, fewer at weekends, slowly growing.
  const newcomers = Math.round((weekday === 0 || weekday === 6 ? 140 : 220) * (1 + day / DAYS / 2) * (0.85 + random() * 0.3));
  const events = [];
  for (let index = 0; index < newcomers; index += 1) events.push({ time: dayStart + Math.floor(random() * DAY), kind: 'first' });
  for (let index = 0; index < Math.round(newcomers * 0.06) && visitors.length > 0; index += 1) {
    events.push({ time: dayStart + Math.floor(random() * DAY), kind: 'return', visitor: visitors[Math.floor(random() * visitors.length)] });
  }
  events.sort((a, b) => a.time - b.time);
  const receipts = [];
  for (const event of events) {
    if (event.time > end) continue;
    let receipt;
    if (event.kind === 'first') {
      const visitor = { subjectId: uuid(), language: pick(LANGUAGES), last: null };
      visitors.push(visitor);
      const method = pick(FIRST);
      const categories = categoriesFor(method);
      receipt = receiptOf(visitor, event.time, OPTIONAL.some((name) => categories[name]) ? 'given' : 'refused', method, categories);
    } else if (event.visitor.last.revision !== revisionAt(event.time)) {
      // A new revision asks again: the returning visitor decides afresh, from the banner.
      const method = pick(FIRST.filter(([name]) => name.startsWith('banner.')));
      const categories = categoriesFor(method);
      receipt = receiptOf(event.visitor, event.time, OPTIONAL.some((name) => categories[name]) ? 'given' : 'refused', method, categories);
    } else {
      receipt = changeOfMind(event.visitor, event.time);
    }
    receipts.push([receipt, new Date(event.time).toISOString()]);
  }
  // The signer batches the signatures asked for in one turn, on its own thread.
  signed.push(...(await Promise.all(receipts.map(([receipt, receivedAt]) => signReceipt(signer, receipt, receivedAt)))));
  // Appended in arrival order, a few thousand at a time: the writer commits each lot in a few
  // groups (one sync each), in this order.
  if (signed.length >= 5000 || day === DAYS - 1) await Promise.all(signed.splice(0).map((record) => storage.append(record)));
}
await storage.close();

if (values.json) console.log(JSON.stringify(tally));
else console.log(`Seeded ${tally.receipts} receipts over ${DAYS} days into ${join(dataDir, 'receipts.sqlite')}. Start the demo (npm start) and open /consent/admin.`);

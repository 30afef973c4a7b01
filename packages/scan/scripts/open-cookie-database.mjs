// Regenerates src/data/open-cookie-database.json, the compact table the scanner classifies
// cookies and storage keys with, from the Open Cookie Database CSV (Apache 2.0).
//
//   node scripts/open-cookie-database.mjs [path/to/open-cookie-database.csv] [output folder]
//
// Default input: ../shared/data/open-cookie-database/open-cookie-database.csv beside this checkout.
// Only this script reads it: the build and the tests use the committed JSON. The CSV's LICENSE is
// copied beside the JSON, and SOURCE.md there names where and which version it came from
// (Apache 2.0 §4: redistributed derived data carries the licence and says it was changed).
// The JSON keeps what the scanner uses: name, prefix match, the database's own category (the
// mapping to Consentry's categories is made in src/cookie-database.ts, on purpose, in code),
// platform, data controller and retention. Descriptions are left out: they are most of the size.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const input = process.argv[2] ?? join(root, '..', 'shared', 'data', 'open-cookie-database', 'open-cookie-database.csv');
const outDir = process.argv[3] ?? fileURLToPath(new URL('../src/data', import.meta.url));

const rows = parse(readFileSync(input, 'utf8'), { columns: true, skip_empty_lines: true, trim: true });

/** Interns strings into a list so each row stores small indexes instead of repeated text. */
function table() {
  const list = [];
  const index = new Map();
  return {
    list,
    id(text) {
      if (!index.has(text)) index.set(text, list.push(text) - 1);
      return index.get(text);
    },
  };
}
const categories = table();
const platforms = table();
const controllers = table();
const retentions = table();

// A name listed twice (a few, mostly ad-tech ids like `token`) keeps its first generic
// row (no domain) when there is one, else its first row: the scanner does not match domains.
const chosen = new Map();
for (const row of rows) {
  const name = row['Cookie / Data Key name'];
  if (!name) continue;
  const key = `${row['Wildcard match'] === '1' ? 'prefix' : 'exact'}:${name}`;
  const previous = chosen.get(key);
  if (previous && (previous.Domain === '' || row.Domain !== '')) continue;
  chosen.set(key, row);
}

const entries = [...chosen.values()]
  .map((row) => [
    row['Cookie / Data Key name'],
    row['Wildcard match'] === '1' ? 1 : 0,
    categories.id(row.Category),
    platforms.id(row.Platform),
    controllers.id(row['Data Controller']),
    retentions.id(row['Retention period'].toLowerCase()),
  ])
  .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));

const data = {
  columns: ['name', 'prefix', 'category', 'platform', 'controller', 'retention'],
  categories: categories.list,
  platforms: platforms.list,
  controllers: controllers.list,
  retentions: retentions.list,
  entries,
};
// One entry a line: readable diffs when the database is updated.
const json = `{\n${Object.entries(data)
  .map(([key, value]) => (key === 'entries' ? `"entries": [\n${value.map((e) => JSON.stringify(e)).join(',\n')}\n]` : `${JSON.stringify(key)}: ${JSON.stringify(value)}`))
  .join(',\n')}\n}\n`;
writeFileSync(join(outDir, 'open-cookie-database.json'), json);
copyFileSync(join(dirname(input), 'LICENSE'), join(outDir, 'LICENSE'));
console.log(`open-cookie-database.json: ${entries.length} entries from ${rows.length} rows, ${json.length} bytes`);

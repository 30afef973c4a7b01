// Subresource Integrity for the script-tag files (issue 7): a site that loads consentry.js from a
// CDN pins it with `integrity="sha384-…"`. The build computes the hashes so they are never typed by
// hand: it writes dist/sri.json (for tooling) and refreshes the table between the markers in the
// README, so the README always shows the hashes of the files the current sources build to.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** The files a site serves for the script-tag build in dist/, and what each one is for. */
export function scriptTagFiles(dist = 'dist') {
  const files = {
    'consentry.js': 'the loader, in `<head>`: every page view downloads it',
    'consentry-receipts.js': 'receipts and their outbox, imported by the loader when a decision is made, the interface shows or receipts wait',
    'consentry-ui.js': 'the interface: the banner, painted from prerendered markup; imported by the loader only when something must show',
    'consentry-ui-interface.js': 'Preact and the components (the preferences, the reopen button, placeholders), imported by the interface only when one must show',
  };
  // Two chunks of texts per built-in language (bg, pt-BR, zh-Hant…), the banner's and the rest;
  // the interface imports only those of the language it shows.
  for (const name of readdirSync(dist).sort()) {
    const [, language, rest] = /^consentry-ui-([a-z]{2,3}(?:-[A-Z][a-z]{3}|-[A-Z]{2})?)(-rest)?\.js$/.exec(name) ?? [];
    if (!language) continue;
    files[name] = rest
      ? `the rest of the \`${language}\` texts, imported by the components when they show that language`
      : `the \`${language}\` banner texts, imported by the interface when it shows that language`;
  }
  return files;
}

const README_START = '<!-- sri:start (written by scripts/sri.mjs during the build) -->';
const README_END = '<!-- sri:end -->';

/** `sha384-<base64>` of a file's bytes, the form the `integrity` attribute takes. */
export function sriHash(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** The README block listing every script-tag file with its gzip size and hash. */
export function readmeBlock(entries) {
  const rows = entries.map(({ file, purpose, gzip, integrity }) => `| \`dist/${file}\` | ${purpose} | ${gzip} B | \`${integrity}\` |`);
  return [README_START, '| file | what | gzip | integrity |', '|---|---|---|---|', ...rows, README_END].join('\n');
}

function main() {
  const entries = Object.entries(scriptTagFiles()).map(([file, purpose]) => {
    const bytes = readFileSync(`dist/${file}`);
    return { file, purpose, gzip: gzipSync(bytes, { level: 9 }).length, integrity: sriHash(bytes) };
  });
  writeFileSync('dist/sri.json', JSON.stringify(Object.fromEntries(entries.map((e) => [e.file, e.integrity])), null, 2) + '\n');

  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  // Without the markers there is nothing to refresh; sri.json is still written.
  if (start < 0 || end < start) return;
  const updated = readme.slice(0, start) + readmeBlock(entries) + readme.slice(end + README_END.length);
  if (updated !== readme) writeFileSync('README.md', updated);
}

if (import.meta.url === `file://${process.argv[1]}`) main();

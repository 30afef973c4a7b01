// @vitest-environment node
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { describe, expect, test } from 'vitest';

// What each framework binding adds to an app's bundle, as the README's table says: the
// binding's own code, minified by Vite as an app build does, gzip level 9. Everything it imports
// stays out: the framework and Consentry are in the app already. Builds run after `npm run build`.
const BINDINGS: { row: string; entry: string; budget: number }[] = [
  { row: '`consentry/react`', entry: 'dist/esm/react.js', budget: 512 },
  { row: 'Vue composable', entry: 'test/frameworks/vue/useConsentState.ts', budget: 512 },
  { row: 'Svelte store', entry: 'test/frameworks/svelte/consentState.ts', budget: 512 },
];

async function minifiedGzip(entry: string): Promise<number> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'binding' },
      rollupOptions: { external: (_id, importer) => importer !== undefined },
    },
  })) as Rolldown.RolldownOutput[];
  const code = output.flatMap(({ output: files }) => files.flatMap((file) => (file.type === 'chunk' ? [file.code] : []))).join('');
  return gzipSync(code, { level: 9 }).length;
}

const readmeRow = (first: string) =>
  readFileSync('README.md', 'utf8')
    .split('\n')
    .find((line) => line.startsWith(`| ${first} |`)) ?? '';

describe('bytes a framework binding adds (gzip)', () => {
  for (const { row, entry, budget } of BINDINGS) {
    test(`${row} ≤ ${budget} B, as the README says`, async () => {
      const size = await minifiedGzip(entry);
      expect(size).toBeLessThanOrEqual(budget);
      expect(readmeRow(row)).toMatch(new RegExp(`\\| ${size} B \\|$`));
    });
  }
});

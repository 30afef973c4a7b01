// @vitest-environment node
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { BUILT_IN_LANGUAGES } from '../../src/model/language';

// Size is a feature (STYLE 4): every page view downloads the loader, so it has a hard budget.
// Budgets are gzip bytes of the built files (npm test builds before it runs vitest).
const BUDGETS: Record<string, number> = {
  // SPEC §1: a returning visitor downloads only this: config, cookie, state, gating and Consent
  // Mode, with @preact/signals-core and js-cookie inside. Receipts are not in it: they are the
  // module below, which a returning visitor's page never loads. 9 KiB, about 0.6 of what
  // vanilla-cookieconsent downloads for everything (docs/benchmarks.md).
  'dist/consentry.js': 9216,
  // Receipts, their outbox and transport: imported by the loader when a decision is recorded, the
  // interface shows or receipts wait; so a first visit downloads it, a returning one does not.
  'dist/consentry-receipts.js': 2048,
};

function gzipSize(file: string): number {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

// A first visit also downloads the interface: dist/consentry-ui.js (Preact, the components and
// their CSS, which is adopted as a constructed stylesheet and so ships inside the module) plus one
// language chunk, the visitor's; the largest language counts. It holds with services' disclosure
// and cookie tables and the 38 languages' matcher in: the module is minified by swc like the
// loader, and its JSX compiles to preact's h() rather than through preact/jsx-runtime (vite.config.ts).
const UI_BUDGET = 15360;

// STYLE 4: the README's Size table quotes the real numbers, so it must agree with the build.
const readmeRow = (first: string) =>
  readFileSync('README.md', 'utf8')
    .split('\n')
    .find((line) => line.startsWith(`| ${first} |`)) ?? '';

describe('size budgets (gzip)', () => {
  for (const [file, budget] of Object.entries(BUDGETS)) {
    test(`${file} ≤ ${budget} B, as the README says`, () => {
      const size = gzipSize(file);
      expect(size).toBeLessThanOrEqual(budget);
      expect(readmeRow(`\`${file}\``)).toMatch(new RegExp(`\\| ${size} B \\| ${budget} B \\|$`));
    });
  }

  test(`dist/consentry-ui.js + its largest language chunk ≤ ${UI_BUDGET} B, as the README says`, () => {
    const largestLanguage = Math.max(...BUILT_IN_LANGUAGES.map((language) => gzipSize(`dist/consentry-ui-${language}.js`)));
    const ui = gzipSize('dist/consentry-ui.js');
    expect(ui + largestLanguage).toBeLessThanOrEqual(UI_BUDGET);
    expect(readmeRow('`dist/consentry-ui.js` + the largest language')).toMatch(new RegExp(`\\| ${ui} \\+ ${largestLanguage} B \\| ${UI_BUDGET} B \\|$`));
  });
});

// @vitest-environment node
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';

// Size is a feature (STYLE 4): every page view downloads the loader, so it has a hard budget.
// Budgets are gzip bytes of the built files (npm test builds before it runs vitest).
const BUDGETS: Record<string, number> = {
  // SPEC §1: a returning visitor downloads only this: core, gating, Consent Mode and receipts.
  // The goal is 6144 B (issues 4 and 5); today's loader is 6359 B, so this is the ceiling that
  // stops it growing further while the remaining 215 B are found (see the README's Size section).
  'dist/consentry.js': 6400,
};

export function gzipSize(file: string): number {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

// A first visit also downloads the interface: dist/consentry-ui.js (Preact, the components and
// their CSS, which is adopted as a constructed stylesheet and so ships inside the module) plus one
// language chunk, the visitor's; the largest language counts.
const UI_BUDGET = 12288;
const UI_LANGUAGES = ['en', 'bg', 'de', 'fr', 'es'];

describe('size budgets (gzip)', () => {
  for (const [file, budget] of Object.entries(BUDGETS)) {
    test(`${file} ≤ ${budget} B`, () => {
      expect(gzipSize(file)).toBeLessThanOrEqual(budget);
    });
  }

  test(`dist/consentry-ui.js + its largest language chunk ≤ ${UI_BUDGET} B`, () => {
    const largestLanguage = Math.max(...UI_LANGUAGES.map((language) => gzipSize(`dist/consentry-ui-${language}.js`)));
    expect(gzipSize('dist/consentry-ui.js') + largestLanguage).toBeLessThanOrEqual(UI_BUDGET);
  });
});

// @vitest-environment node
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';

// Size is a feature (STYLE 4): every page view downloads the loader, so it has a hard budget.
// Budgets are gzip bytes of the built files (npm test builds before it runs vitest).
const BUDGETS: Record<string, number> = {
  // SPEC §1: a returning visitor downloads only this. Core, gating and receipts together.
  'dist/consentry.js': 6144,
};

export function gzipSize(file: string): number {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

describe('size budgets (gzip)', () => {
  for (const [file, budget] of Object.entries(BUDGETS)) {
    test(`${file} ≤ ${budget} B`, () => {
      expect(gzipSize(file)).toBeLessThanOrEqual(budget);
    });
  }
});

// @vitest-environment node
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { BUILT_IN_LANGUAGES } from '../../src/model/language';

// Size is a feature (STYLE 4): every page view downloads the loader, so it has a hard budget.
// Budgets are gzip bytes of the built files (npm test builds before it runs vitest).
const BUDGETS: Record<string, number> = {
  // SPEC §1: a returning visitor downloads only this: core, gating, Consent Mode and receipts, with
  // @preact/signals-core and js-cookie inside. Issue 11 set 8704 B for the user's stack, and the
  // core met it (8582 B); services (issue 16, about 530 B), the hostile review's Trusted Types and
  // outbox checks (issue 19, about 320 B), the Safari cookie header (44 B) and the parallel language
  // request (issue 12, about 120 B) took it to 9.5 KB. This ceiling keeps it from growing while
  // issue 16 stays open to bring it back under 8704 B.
  'dist/consentry.js': 9728,
  // The collector's console (Preact, signals, uPlot): only site owners download it, once a session.
  'dist/console/assets/console.js': 40960,
};

export function gzipSize(file: string): number {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

// A first visit also downloads the interface: dist/consentry-ui.js (Preact, the components and
// their CSS, which is adopted as a constructed stylesheet and so ships inside the module) plus one
// language chunk, the visitor's; the largest language counts. Issue 11 set 15360 B; services'
// disclosure and cookie tables (issue 16) and the 38 languages' matcher (issue 17) took it past
// that, so this ceiling holds it while issue 16 stays open.
const UI_BUDGET = 15872;

// STYLE 4: the README's Size table quotes the real numbers, so it must agree with the build.
const readmeRow = (first: string) => readFileSync('README.md', 'utf8').split('\n').find((line) => line.startsWith(`| ${first} |`)) ?? '';

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

// The console is downloaded by site owners only, but it still has a budget (gzip level 9 of the
// built file; npm test builds before it runs the tests), and the README's Size table must state
// the size the sources build to.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';

const CONSOLE = 'dist/console/assets/console.js';
const BUDGET = 40960;

test(`${CONSOLE} ≤ ${BUDGET} B, as the README says`, () => {
  if (!existsSync(CONSOLE)) throw new Error(`${CONSOLE} is missing: run \`npm run build\` first`);
  const size = gzipSync(readFileSync(CONSOLE), { level: 9 }).length;
  expect(size).toBeLessThanOrEqual(BUDGET);
  const row =
    readFileSync('README.md', 'utf8')
      .split('\n')
      .find((line) => line.startsWith(`| \`${CONSOLE}\` |`)) ?? '';
  expect(row).toMatch(new RegExp(`\\| ${size} B \\| ${BUDGET} B \\|$`));
});

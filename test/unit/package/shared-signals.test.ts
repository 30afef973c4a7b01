// @vitest-environment node
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// SPEC §5: one signals instance across the loader and the interface it loads (src/embed-signals.ts).
// @preact/signals-core says 'Cycle detected' in its one copy; the loader must hold that copy and
// the interface none. (test/e2e/ui-signals.spec.ts shows what it is for.)
test('the script-tag interface carries no copy of @preact/signals-core: it uses the loader’s', () => {
  const copies = (file: string) => readFileSync(file, 'utf8').split('Cycle detected').length - 1;
  expect(copies('dist/consentry.js')).toBeGreaterThan(0);
  expect(copies('dist/consentry-ui.js')).toBe(0);
});

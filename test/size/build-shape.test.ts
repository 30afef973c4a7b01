// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

// Two properties of the shipped script-tag files that their memory and start-up time depend on
// and that no behaviour test would notice losing (vite.config.ts's minifyLoader gives both).
describe('the script-tag build', () => {
  const read = (file: string) => readFileSync(`dist/${file}`, 'utf8');

  test('the loader starts with the compile-hints comment, so Chromium compiles it while it streams in', () => {
    // V8 honours the comment only before the first token of the script.
    expect(read('consentry.js').split('\n', 1)[0]).toBe('//# allFunctionsCalledOnLoad');
  });

  test.each(['consentry.js', 'consentry-receipts.js', 'consentry-ui.js', 'consentry-ui-interface.js'])('%s is ASCII only, so Chromium keeps its source at 8 bits a character', (file) => {
    expect(read(file)).toMatch(/^[\x00-\x7f]*$/);
  });
});

// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';

// The framework apps of test/frameworks/ (and the README recipes they hold) compile against the
// built package's types under noPropertyAccessFromIndexSignature and noUncheckedIndexedAccess.
// Their @ts-expect-error lines are type tests: each must be an error, or tsc fails. Run after the build.
test('the framework apps type-check against dist/types', () => {
  let output = '';
  try {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'test/frameworks/tsconfig.json'], { encoding: 'utf8' });
  } catch (error) {
    output = (error as { stdout: string }).stdout;
  }
  expect(output).toBe('');
});

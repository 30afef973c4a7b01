// @vitest-environment node
// The SDK runs in a page: tsconfig.json gives src/ the DOM's types and no Node's, so a Node global
// there does not compile (tsconfig.tools.json adds Node's for the tests and scripts alone). This
// compiles a file under src/'s options twice: with a page API it passes, with Buffer it fails.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const folder = mkdtempSync(join(tmpdir(), 'consentry-types-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function compile(source: string): { ok: boolean; output: string } {
  writeFileSync(join(folder, 'planted.ts'), source);
  writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify({ extends: resolve('tsconfig.json'), include: ['planted.ts'] }));
  try {
    execFileSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '--noEmit', '-p', join(folder, 'tsconfig.json')], { encoding: 'utf8' });
    return { ok: true, output: '' };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout) };
  }
}

test('a page API compiles under the SDK options', () => {
  expect(compile('export const language = document.documentElement.lang || navigator.language;\n')).toEqual({ ok: true, output: '' });
});

test('Buffer does not', () => {
  const { ok, output } = compile("export const planted = Buffer.from('x').length;\n");
  expect(ok).toBe(false);
  expect(output).toContain("Cannot find name 'Buffer'");
});

// @vitest-environment node
// SPEC §6, STYLE 8: every cookie read, write and deletion goes through js-cookie in one module,
// src/storage/cookies.ts (the dependency rules keep js-cookie's import there; this keeps
// document.cookie out of every other module).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );

test('no module in src/ touches document.cookie: src/storage/cookies.ts reaches cookies through js-cookie', () => {
  const touching = sources('src').filter((file) =>
    // Comments may name it; code may not.
    /\bdocument\s*\.\s*cookie\b/.test(readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')),
  );
  expect(touching).toEqual([]);
  expect(readFileSync('src/storage/cookies.ts', 'utf8')).toMatch(/^import Cookies from 'js-cookie';$/m);
});

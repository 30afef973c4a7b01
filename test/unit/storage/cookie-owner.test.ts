// @vitest-environment node
// SPEC §6, STYLE 8: every cookie write and deletion goes through js-cookie in one module,
// src/storage/cookies.ts (the dependency rules keep js-cookie's import there; this keeps
// document.cookie out of every other module). That module reads document.cookie itself, and only
// reads it: js-cookie's get() shows one cookie of a name, the choice needs all of them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sources(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : []));

// Comments may name it; code may not.
const code = (file: string) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

test('only src/storage/cookies.ts touches document.cookie, to read it; it writes through js-cookie', () => {
  const touching = sources('src').filter((file) => /\bdocument\s*\.\s*cookie\b/.test(code(file)));
  expect(touching).toEqual([join('src', 'storage', 'cookies.ts')]);
  expect(code('src/storage/cookies.ts')).not.toMatch(/\bdocument\s*\.\s*cookie\s*=[^=]/);
  expect(readFileSync('src/storage/cookies.ts', 'utf8')).toMatch(/^import Cookies from 'js-cookie';$/m);
});

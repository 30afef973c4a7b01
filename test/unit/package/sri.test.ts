// @vitest-environment node
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without declarations
import { scriptTagFiles, sriHash } from '../../../scripts/sri.mjs';

// Sites pin the script-tag files with these hashes (README "Script-tag files"): a stale hash makes
// the browser refuse the file, so the recorded hashes must be those of the files that ship.
describe('SRI hashes of the script-tag files', () => {
  if (!existsSync('dist/sri.json')) throw new Error('dist/sri.json is missing: run `npm run build` first');
  const recorded = JSON.parse(readFileSync('dist/sri.json', 'utf8')) as Record<string, string>;
  const files = Object.keys(scriptTagFiles() as Record<string, string>);

  test('every consentry-*.js in dist/ is a script-tag file, language chunks with a region or script (pt-BR, zh-Hant) too', () => {
    expect(files.sort()).toEqual(
      readdirSync('dist')
        .filter((name) => /^consentry.*\.js$/.test(name))
        .sort(),
    );
    expect(files).toEqual(expect.arrayContaining(['consentry-ui-pt-BR.js', 'consentry-ui-sr-Latn.js', 'consentry-ui-zh-Hant.js']));
  });

  test('dist/sri.json lists every script-tag file and nothing else', () => {
    expect(Object.keys(recorded).sort()).toEqual([...files].sort());
  });

  for (const file of files) {
    test(`${file}: sha384 of the built file, as in the README`, () => {
      const integrity = sriHash(readFileSync(`dist/${file}`));
      expect(recorded[file]).toBe(integrity);
      expect(readFileSync('README.md', 'utf8')).toContain(`| \`dist/${file}\` |`);
      expect(readFileSync('README.md', 'utf8')).toContain(integrity);
    });
  }
});

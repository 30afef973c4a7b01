// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

// What an app gets from `npm install consentry`: the package as npm packs it, and nothing of the
// collector's or the scanner's, which are packages of their own (packages/). Each project is a
// temporary directory whose node_modules holds the built package (package.json and dist/, as npm
// unpacks it) and, as links, only the packages it names. Run after the build.
const projects: string[] = [];
afterAll(() => {
  for (const project of projects) rmSync(project, { recursive: true, force: true });
});

function project(packages: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'consentry-install-'));
  projects.push(root);
  const installed = join(root, 'node_modules/consentry');
  mkdirSync(installed, { recursive: true });
  for (const file of ['package.json', 'dist']) cpSync(file, join(installed, file), { recursive: true });
  for (const name of packages) {
    mkdirSync(join(root, 'node_modules', name, '..'), { recursive: true });
    symlinkSync(resolve('node_modules', name), join(root, 'node_modules', name));
  }
  return root;
}

const runModule = (cwd: string, script: string) => spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' });

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; peerDependencies?: Record<string, string>; bin?: unknown };
const FRONTEND = Object.keys(manifest.dependencies);

describe('the package as npm packs it', () => {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' })) as [{ files: { path: string }[] }];
  const files = packed[0].files.map((file) => file.path);

  test('depends on preact, @preact/signals, @preact/signals-core and js-cookie only, with no server peers and no bins', () => {
    expect(FRONTEND.sort()).toEqual(['@preact/signals', '@preact/signals-core', 'js-cookie', 'preact']);
    expect(Object.keys(manifest.peerDependencies ?? {})).toEqual(['react']);
    expect(manifest.bin).toBeUndefined();
  });

  test('holds no file of the collector, its console or the scanner', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((path) => /collector|console|scan|sqlite|postgres|cookie-database/i.test(path))).toEqual([]);
    expect(files).toContain('dist/consentry.js');
    expect(files).toContain('dist/esm/protocol.js');
  });
});

describe('a frontend install (the four dependencies, nothing else)', () => {
  test('consentry, consentry/core and consentry/protocol import and run in Node', () => {
    const { status, stdout, stderr } = runModule(
      project(FRONTEND),
      `
      const { createConsent } = await import('consentry');
      const core = await import('consentry/core');
      const { checkReceipt } = await import('consentry/protocol');
      createConsent().acceptAll();
      process.stdout.write(String(core.createConsent().state.decided) + ' ' + checkReceipt({}).ok);`,
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toBe('false false');
  });
});

test('the script-tag files resolve by package path, for build tools that copy or link them', () => {
  const { stdout } = runModule(
    project([]),
    `
    for (const path of ['consentry/dist/consentry.js', 'consentry/dist/consentry-ui.js', 'consentry/dist/consentry-ui-en.js', 'consentry/dist/sri.json'])
      console.log(import.meta.resolve(path).replace(/^.*node_modules/, ''));`,
  );
  expect(stdout.trim().split('\n')).toEqual(['/consentry/dist/consentry.js', '/consentry/dist/consentry-ui.js', '/consentry/dist/consentry-ui-en.js', '/consentry/dist/sri.json']);
});

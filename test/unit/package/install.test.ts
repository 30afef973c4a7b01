// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

// Issue 20: what an app gets from `npm install consentry` with only some of its optional peer
// dependencies. Each case is a project in a temporary directory whose node_modules holds the built
// package (package.json and dist/, as npm unpacks it) and, as links, only the packages it names.
// Run after the build.
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

const runModule = (cwd: string, script: string) =>
  spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' });
const runBin = (cwd: string, args: string[]) =>
  spawnSync(process.execPath, [join(cwd, 'node_modules/consentry/dist/collector/bin.js'), ...args], { cwd, encoding: 'utf8' });

const SERVER = ['hono', '@hono/node-server', 'valibot'];
// What the browser entries import (the interface's renderer), as `npm install consentry` brings it.
const FRONTEND = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies);

describe('a frontend install (no server packages)', () => {
  test('consentry and consentry/core import and run in Node', () => {
    const { status, stdout, stderr } = runModule(project(FRONTEND), `
      const { createConsent } = await import('consentry');
      const core = await import('consentry/core');
      createConsent().acceptAll();
      process.stdout.write(String(core.createConsent().state.decided));`);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toBe('false');
  });

  test('consentry-collector names the missing server packages in one line', () => {
    const { status, stderr } = runBin(project(FRONTEND), ['--port', '0']);
    expect(status).toBe(1);
    expect(stderr).toBe('consentry-collector: needs hono, @hono/node-server, valibot (optional peer dependencies of consentry): npm install hono @hono/node-server valibot\n');
  });
});

describe('a collector install without its database drivers (better-sqlite3, pg)', () => {
  test('consentry/collector imports; opening a SQLite log says what to install', () => {
    const { status, stdout } = runModule(project([...FRONTEND, ...SERVER]), `
      const { createCollector, createSqliteStorage } = await import('consentry/collector');
      try { createSqliteStorage('./receipts.sqlite', { signer: {} }); } catch (error) { process.stdout.write(typeof createCollector + ' ' + error.message); }`);
    expect(status).toBe(0);
    expect(stdout).toBe('function the SQLite storage needs better-sqlite3, an optional peer dependency: npm install better-sqlite3');
  });

  test('opening a PostgreSQL log without pg says what to install', () => {
    const { status, stdout } = runModule(project([...FRONTEND, ...SERVER]), `
      const { createPostgresStorage } = await import('consentry/collector');
      await createPostgresStorage('postgres://127.0.0.1:1/consent', { signer: {} }).catch((error) => process.stdout.write(error.message));`);
    expect(status).toBe(0);
    expect(stdout).toBe('the PostgreSQL storage needs pg and pg-cursor, optional peer dependencies: npm install pg pg-cursor');
  });

  test('consentry-collector --help says so, and starting it fails with that one line', () => {
    const cwd = project([...FRONTEND, ...SERVER]);
    const help = runBin(cwd, ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('npm install better-sqlite3');
    expect(help.stdout).toContain('npm install pg pg-cursor');
    const { status, stderr } = runBin(cwd, ['--port', '0']);
    expect(status).toBe(1);
    expect(stderr).toBe('consentry-collector: the SQLite storage needs better-sqlite3, an optional peer dependency: npm install better-sqlite3\n');
  });
});

test('the script-tag files resolve by package path, for build tools that copy or link them', () => {
  const { stdout } = runModule(project([]), `
    for (const path of ['consentry/dist/consentry.js', 'consentry/dist/consentry-ui.js', 'consentry/dist/consentry-ui-en.js', 'consentry/dist/sri.json'])
      console.log(import.meta.resolve(path).replace(/^.*node_modules/, ''));`);
  expect(stdout.trim().split('\n')).toEqual(['/consentry/dist/consentry.js', '/consentry/dist/consentry-ui.js', '/consentry/dist/consentry-ui-en.js', '/consentry/dist/sri.json']);
});

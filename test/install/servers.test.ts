// @vitest-environment node
// The collector and the scanner as a new user installs each on its own: the tarball `npm pack`
// makes, unpacked into a fresh folder's node_modules beside its declared dependencies (linked from
// this workspace's node_modules, which hold the same versions) and nothing else — no SDK, no
// devDependencies. What the package imports must be what it declares; each bin then runs as its
// README says, and a dependency missing from the install ends with exit 2 and the reason.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { validReceipt } from '../fixtures/receipt';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

interface Manifest {
  name: string;
  dependencies: Record<string, string>;
  bin: Record<string, string>;
}

/** Packs packages/<name> and installs the tarball in a fresh folder with its dependencies, less `without`. */
function install(name: string, without: string[] = []): { folder: string; manifest: Manifest; root: string } {
  const folder = mkdtempSync(join(tmpdir(), `consentry-${name}-install-`));
  folders.push(folder);
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', folder], { cwd: `packages/${name}`, encoding: 'utf8' })) as [{ filename: string }];
  const manifest = JSON.parse(readFileSync(`packages/${name}/package.json`, 'utf8')) as Manifest;
  const root = join(folder, 'node_modules', manifest.name);
  mkdirSync(root, { recursive: true });
  execFileSync('tar', ['-xzf', join(folder, filename), '-C', root, '--strip-components=1']);
  for (const dependency of Object.keys(manifest.dependencies).filter((dependency) => !without.includes(dependency))) {
    mkdirSync(join(folder, 'node_modules', dependency, '..'), { recursive: true });
    symlinkSync(resolve('node_modules', dependency), join(folder, 'node_modules', dependency));
  }
  return { folder, manifest, root };
}

/** Every package a built file imports by name (static or dynamic), without Node's own modules. */
function importedPackages(folder: string): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.js'))) {
    const code = readFileSync(join(folder, file), 'utf8');
    // Static imports and re-exports start a line in the built code; dynamic ones are import('…').
    for (const [, fromStatement, dynamic] of code.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*["']([^"'.][^"']*)["']|\bimport\(\s*["']([^"'.][^"']*)["']\s*\)/gm)) {
      const specifier = (fromStatement ?? dynamic)!;
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
      if (!name.startsWith('node:') && !builtinModules.includes(name)) names.add(name);
    }
  }
  return names;
}

const bin = (installed: { root: string; manifest: Manifest }, command: string) => join(installed.root, installed.manifest.bin[command]!);

describe('@consentry/collector from its tarball', () => {
  const installed = install('collector');

  test('ships its build and README only, and imports no package it does not declare', () => {
    const files = readdirSync(installed.root).sort();
    expect(files).toEqual(['LICENSE', 'README.md', 'dist', 'package.json']);
    expect([...importedPackages(join(installed.root, 'dist/server'))].sort()).toEqual(Object.keys(installed.manifest.dependencies).sort());
  });

  test('consentry-collector starts on a SQLite file and stores a receipt (201)', async () => {
    const child = spawn(process.execPath, [bin(installed, 'consentry-collector'), '--port', '0', '--db', join(installed.folder, 'consent.sqlite')], { cwd: installed.folder });
    try {
      const url = await new Promise<string>((done, fail) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk;
          const match = /listening on (http:\/\/\S+)/.exec(output);
          if (match) done(match[1]!);
        });
        child.once('exit', (code) => fail(new Error(`exited with ${code}: ${output}`)));
      });
      const response = await fetch(`${url}/v1/receipts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(validReceipt()) });
      expect(response.status).toBe(201);
    } finally {
      child.kill('SIGTERM');
    }
  });

  test('without its SQLite build it cannot start (exit 1), and says what to do', () => {
    const broken = install('collector', ['better-sqlite3']);
    const { status, stderr } = spawnSync(process.execPath, [bin(broken, 'consentry-collector'), '--port', '0'], { cwd: broken.folder, encoding: 'utf8' });
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /^consentry-collector: the SQLite storage cannot load better-sqlite3 \(Cannot find module 'better-sqlite3'.*\); reinstall @consentry\/collector with this Node\.js, which builds it\n$/,
    );
  });

  test('a dependency missing from the install: exit 2, naming it', () => {
    const broken = install('collector', ['hono']);
    const { status, stderr } = spawnSync(process.execPath, [bin(broken, 'consentry-collector'), '--port', '0'], { cwd: broken.folder, encoding: 'utf8' });
    expect(status).toBe(2);
    expect(stderr).toMatch(/^consentry-collector: could not start: Cannot find package 'hono'/);
  });
});

describe('@consentry/scan from its tarball', () => {
  const installed = install('scan');

  test('ships its build, the cookie database with its licence, and README only; imports no package it does not declare', () => {
    expect(readdirSync(installed.root).sort()).toEqual(['LICENSE', 'README.md', 'dist', 'package.json']);
    expect(readdirSync(join(installed.root, 'dist/data')).sort()).toEqual(['LICENSE', 'SOURCE.md', 'open-cookie-database.json']);
    expect([...importedPackages(join(installed.root, 'dist'))].sort()).toEqual(Object.keys(installed.manifest.dependencies).sort());
  });

  test('consentry-scan --help prints the usage (exit 0)', () => {
    const { status, stdout } = spawnSync(process.execPath, [bin(installed, 'consentry-scan'), '--help'], { cwd: installed.folder, encoding: 'utf8' });
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: consentry-scan <url>/);
  });
});

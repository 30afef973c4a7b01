// @vitest-environment node
// The built `consentry-collector` CLI (dist/collector/cli.js, built by `npm test` before vitest):
// its flags, and the durability promise of SPEC §8: a receipt acknowledged with 201 is still there
// after the process is killed without warning.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ADMIN_TOKEN, temporaryDirectory, validReceipt } from './fixtures';

// Child processes and real fsyncs on a shared 2-core machine can be slow: these bounds only catch a hang.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const CLI = fileURLToPath(new URL('../../../dist/collector/cli.js', import.meta.url));

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` (npm test builds before vitest runs).`);
});

const directory = temporaryDirectory();
afterAll(() => directory.remove());

/** Runs the CLI to completion, for flags that exit at once. */
function runCli(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 25_000, cwd: directory.path });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the CLI and resolves with its base URL once it listens. */
function startCli(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, '--port', '0', ...args], {
    env: { ...process.env, CONSENTRY_ADMIN_TOKEN: ADMIN_TOKEN },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the collector did not start:\n${output}`)), 25_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]! });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`the collector exited with ${code}:\n${output}`)));
  });
}

function exited(child: ChildProcess): Promise<NodeJS.Signals | number | null> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
}

describe('consentry-collector flags', () => {
  it('prints its usage with --help', () => {
    const { status, stdout } = runCli(['--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: consentry-collector \[options\]/);
    for (const flag of ['--port', '--host', '--db', '--allow-origin', '--admin-token', '--key', '--rate-limit', '--trust-proxy']) expect(stdout).toContain(flag);
  });

  it.each([
    [['--prot', '8787'], /Unknown option '--prot'/],
    [['--port', 'eighty'], /--port must be a whole number from 0 to 65535, not "eighty"/],
    [['--port', '70000'], /--port must be a whole number from 0 to 65535/],
    [['--rate-limit', 'lots'], /--rate-limit must be a whole number from 0 to 1000000, not "lots"/],
    [['--allow-origin', 'example.com', '--db', 'refused.sqlite'], /allowOrigins: "example.com" is not an origin/],
    [['--admin-token', 'short', '--db', 'refused.sqlite'], /adminToken must be at least 16 characters long/],
    [['--base-path', 'consent'], /--base-path must be a path such as \/consent, not "consent"/],
  ])('refuses %j with a clear error and status 2', (args, message) => {
    const { status, stderr } = runCli(args);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^consentry-collector: /);
    expect(stderr).toMatch(message);
  });
});

describe('consentry-collector durability', () => {
  it('keeps a receipt acknowledged with 201 through a SIGKILL right after it', async () => {
    const db = join(directory.path, 'killed.sqlite');
    const first = await startCli(['--db', db]);
    const receipt = validReceipt();
    const response = await fetch(`${first.url}/v1/receipts`, { method: 'POST', body: JSON.stringify(receipt) });
    expect(response.status).toBe(201);
    const acknowledgement = await response.json();
    first.child.kill('SIGKILL');
    expect(await exited(first.child)).toBe('SIGKILL');

    const second = await startCli(['--db', db]);
    try {
      const history = await (await fetch(`${second.url}/v1/subjects/${receipt.subjectId}/receipts`)).json();
      expect(history.receipts).toEqual([{ ...receipt, ...acknowledgement }]);
      const verify = await fetch(`${second.url}/v1/verify`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      expect(await verify.json()).toMatchObject({ ok: true, checked: 1 });
    } finally {
      second.child.kill('SIGTERM');
      expect(await exited(second.child)).toBe(0);
    }
    expect(statSync(`${db}.key`).mode & 0o777).toBe(0o600);
  });
});

describe('consentry-collector --base-path', () => {
  it('serves the routes under the prefix, as a dev proxy that keeps the path forwards them', async () => {
    const { child, url } = await startCli(['--db', join(directory.path, 'prefixed.sqlite'), '--base-path', '/consent/']);
    try {
      const receipt = validReceipt();
      const posted = await fetch(`${url}/consent/v1/receipts`, { method: 'POST', body: JSON.stringify(receipt) });
      expect(posted.status).toBe(201);
      expect((await fetch(`${url}/consent/v1/subjects/${receipt.subjectId}/receipts`)).status).toBe(200);
      expect((await fetch(`${url}/v1/receipts`, { method: 'POST', body: JSON.stringify(validReceipt()) })).status).toBe(404);
    } finally {
      child.kill('SIGTERM');
      await exited(child);
    }
  });
});

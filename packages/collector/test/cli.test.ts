// @vitest-environment node
// The built `consentry-collector` CLI (dist/server/cli.js, built by `npm test` before vitest):
// its flags, and the durability promise of SPEC §8: a receipt acknowledged with 201 is still there
// after the process is killed without warning.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CLI, exited, requireBuiltCli, runCli as runCliIn, startCli } from './cli-process';
import { ADMIN_TOKEN, openCollector, rechain, temporaryDirectory, validReceipt } from './fixtures';
import { encodeChoice } from 'consentry/protocol';

// Child processes and real fsyncs on a shared 2-core machine can be slow: these bounds only catch a hang.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

beforeAll(requireBuiltCli);

const directory = temporaryDirectory();
afterAll(() => directory.remove());

const runCli = (args: string[]) => runCliIn(args, directory.path);

describe('consentry-collector flags', () => {
  it('prints its usage with --help', () => {
    const { status, stdout } = runCli(['--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: consentry-collector \[options\]/);
    for (const flag of ['--port', '--host', '--db', '--database', '--allow-origin', '--admin-token', '--key', '--rate-limit', '--trust-proxy']) expect(stdout).toContain(flag);
    expect(stdout).toContain('--set-cookie');
  });

  it.each([
    [['--prot', '8787'], /Unknown option '--prot'/],
    [['--port', 'eighty'], /--port must be a whole number from 0 to 65535, not "eighty"/],
    [['--port', '70000'], /--port must be a whole number from 0 to 65535/],
    [['--rate-limit', 'lots'], /--rate-limit must be a whole number from 0 to 1000000, not "lots"/],
    [['--allow-origin', 'example.com', '--db', 'refused.sqlite'], /allowOrigins: "example.com" is not an origin/],
    [['--admin-token', 'short', '--db', 'refused.sqlite'], /adminToken must be at least 16 characters long/],
    [['--database', 'mysql://db.internal/consent', '--key', 'shared.key'], /the database must be a postgres:\/\/ or postgresql:\/\/ URL/],
    [['--database', 'postgres://db.internal/consent'], /--key is required with --database: every instance must sign with the same key file/],
    [['--db', 'refused.sqlite', '--database', 'postgres://db.internal/consent', '--key', 'shared.key'], /--db and --database each name where receipts go: give one/],
    [['--base-path', 'consent'], /--base-path must be a path such as \/consent, not "consent"/],
    [['--cookie-name', 'site_consent'], /--cookie-name names the cookie --set-cookie sets: give --set-cookie too/],
  ])('refuses %j with a clear error and status 2', (args, message) => {
    const { status, stderr } = runCli(args);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^consentry-collector: /);
    expect(stderr).toMatch(message);
  });
});

describe('consentry-collector threads', () => {
  it('runs its writer and signer from module files built beside it, never from source text', () => {
    const built = dirname(CLI);
    for (const entry of ['sqlite-writer.js', 'signing-thread.js']) expect(existsSync(join(built, entry))).toBe(true);
    const code = readdirSync(built, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(built, file), 'utf8'))
      .join('\n');
    expect(code).not.toMatch(/eval:\s*true|toString\(\)\}\)\(require\)/);
  });
});

describe('consentry-collector durability', () => {
  it('keeps a receipt acknowledged with 201 through a SIGKILL right after it', async () => {
    const db = join(directory.path, 'killed.sqlite');
    const first = await startCli(['--db', db]);
    const receipt = validReceipt();
    const response = await fetch(`${first.url}/v1/receipts`, { method: 'POST', body: JSON.stringify(receipt) });
    expect(response.status).toBe(201);
    const acknowledgement = (await response.json()) as Record<string, string>;
    first.child.kill('SIGKILL');
    expect(await exited(first.child)).toBe('SIGKILL');

    const second = await startCli(['--db', db]);
    try {
      const history = (await (await fetch(`${second.url}/v1/subjects/${receipt.subjectId}/receipts`)).json()) as { receipts: unknown[] };
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

describe('consentry-collector and the log it is given', () => {
  /** Starts the CLI on `db`, posts `receipts` (each must get 201), and stops it. */
  async function store(args: string[], receipts: ReturnType<typeof validReceipt>[]) {
    const { child, url } = await startCli(args);
    try {
      for (const receipt of receipts) expect((await fetch(`${url}/v1/receipts`, { method: 'POST', body: JSON.stringify(receipt) })).status).toBe(201);
    } finally {
      child.kill('SIGTERM');
      expect(await exited(child)).toBe(0);
    }
  }

  it('refuses a rewritten log passed off as one from before signed heads, naming its rows, and adopts it only with --adopt-unsigned-rows', async () => {
    const db = join(directory.path, 'rewritten.sqlite');
    const given = validReceipt();
    const withdrawal = validReceipt({
      subjectId: given.subjectId,
      previousReceiptId: given.receiptId,
      eventType: 'withdrawn',
      method: 'preferences.save',
      categories: { necessary: true, functional: false, personalization: false, analytics: false },
    });
    await store(['--db', db], [given, withdrawal, validReceipt()]);
    // The database's owner, without the key: the withdrawal deleted, the rest renumbered and
    // rechained with the published formula, the heads and what came with them dropped, and the
    // file marked as a log from before signed heads.
    const file = new Database(db);
    file.exec('DROP TRIGGER receipts_no_update; DROP TRIGGER receipts_no_delete;');
    file.prepare('DELETE FROM receipts WHERE receipt_id = ?').run(withdrawal.receiptId);
    rechain(file);
    file.exec('DROP TABLE heads; DROP TABLE health; DROP TRIGGER receipts_stats; DROP TABLE receipt_facts; DROP TABLE receipt_choices; PRAGMA user_version = 1;');
    file.close();

    const refused = runCli(['--db', db, '--port', '0']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^consentry-collector: cannot use the receipt log .*rewritten\.sqlite: no signed head covers its rows 1 to 2: .*--adopt-unsigned-rows/);
    expect(runCli(['--help']).stdout).toContain('--adopt-unsigned-rows');

    const { child, url, said } = await startCli(['--db', db, '--adopt-unsigned-rows']);
    try {
      await said(/^consentry-collector: WARNING: adopting the receipt log's rows 1 to 2, which no signed head covers/m);
      // The adopted head is signed before the next receipt's group.
      expect((await fetch(`${url}/v1/receipts`, { method: 'POST', body: JSON.stringify(validReceipt()) })).status).toBe(201);
      const verify = await fetch(`${url}/v1/verify`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      expect(await verify.json()).toMatchObject({ ok: true, checked: 3, head: { position: 3 } });
    } finally {
      child.kill('SIGTERM');
      expect(await exited(child)).toBe(0);
    }
  });

  it('refuses to start, saying why, on a log another key signed', async () => {
    const db = join(directory.path, 'signed.sqlite');
    await store(['--db', db], [validReceipt()]);
    const { status, stderr } = runCli(['--db', db, '--key', join(directory.path, 'another.key'), '--port', '0']);
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /^consentry-collector: cannot use the receipt log .*signed\.sqlite: its latest signed head was signed with another key than this collector's: give every instance the same key file\n$/,
    );
  });
});

describe('consentry-collector start-up checks', () => {
  // Permissions bind everyone but root, so as root the CLI runs as nobody (uid 65534).
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? { uid: 65534, gid: 65534 } : {};
  const own = (path: string) => {
    if (asRoot) chownSync(path, 65534, 65534);
  };

  /** A directory the CLI's user may enter, holding a signing key that user owns. */
  async function place(name: string) {
    const path = join(directory.path, name);
    mkdirSync(path);
    chmodSync(directory.path, 0o755);
    const { storage } = openCollector(path);
    await storage.close();
    own(join(path, 'signing.key'));
    return path;
  }

  function runAsUser(cwd: string, args: string[]) {
    const result = spawnSync(process.execPath, [CLI, '--port', '0', ...args], { encoding: 'utf8', timeout: 25_000, cwd, ...user });
    return { status: result.status, stderr: result.stderr };
  }

  it('refuses to start, saying why, when the database file is read-only', async () => {
    const path = await place('read-only-file');
    own(path);
    own(join(path, 'receipts.sqlite'));
    chmodSync(join(path, 'receipts.sqlite'), 0o444);
    const { status, stderr } = runAsUser(path, ['--db', 'receipts.sqlite', '--key', 'signing.key']);
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /^consentry-collector: cannot write to the receipt log receipts\.sqlite \(check the permissions of the file and its directory, and free space\): attempt to write a readonly database/,
    );
  });

  it('refuses to start, saying why, when the database directory is read-only', async () => {
    const path = await place('read-only-directory');
    chmodSync(path, 0o555);
    const { status, stderr } = runAsUser(path, ['--db', 'new.sqlite', '--key', 'signing.key']);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^consentry-collector: cannot open the receipt log new\.sqlite: unable to open database file/);
  });
});

describe('consentry-collector --set-cookie', () => {
  it('answers a receipt from a page of its own origin with the choice cookie the SDK describes', async () => {
    const { child, url } = await startCli(['--db', join(directory.path, 'set-cookie.sqlite'), '--set-cookie']);
    try {
      const receipt = validReceipt();
      const value = encodeChoice({
        subjectId: receipt.subjectId,
        lastReceiptId: receipt.receiptId,
        decidedAt: Date.parse(receipt.eventTime),
        method: receipt.method,
        categories: { functional: true, personalization: false, analytics: true },
        revision: receipt.notice.revision,
      });
      const response = await fetch(`${url}/v1/receipts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: url, 'consentry-cookie': 'consentry; Max-Age=86400', cookie: `consentry=${value}` },
        body: JSON.stringify(receipt),
      });
      expect(response.status).toBe(201);
      expect(response.headers.get('set-cookie')).toBe(`consentry=${value}; Path=/; Max-Age=86400; SameSite=Lax`);
    } finally {
      child.kill('SIGTERM');
      await exited(child);
    }
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

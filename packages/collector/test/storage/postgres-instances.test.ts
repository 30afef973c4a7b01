// Several `consentry-collector` processes on one PostgreSQL database, as SPEC §8 deploys them
// behind a load balancer: a receipt posted to two at once is stored once and both answer alike, an
// instance killed under load loses no acknowledged receipt and leaves a chain that verifies, and
// a database that is missing, refuses the password or goes away is reported, never acknowledged.
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKeyFileSigner } from '../../src/key-file';
import { exited, requireBuiltCli, runCli, startCli } from '../cli-process';
import { admin, temporaryDirectory, validReceipt } from '../fixtures';
import { clusterUrl, createTestDatabase, type TestDatabase } from './postgres-database';
import { closedPort, startTcpProxy } from './tcp-proxy';

// Child processes on a shared 2-core machine can be slow: these bounds only catch a hang.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

const directory = temporaryDirectory();
afterAll(() => directory.remove());
// Every instance is given the same key, as the README tells operators to do.
const key = join(directory.path, 'shared.key');
beforeAll(() => {
  requireBuiltCli();
  createKeyFileSigner(key);
});

let database: TestDatabase;
const running: ChildProcess[] = [];

async function startInstance(url = database.url, keyFile = key): Promise<Awaited<ReturnType<typeof startCli>>> {
  const instance = await startCli(['--database', url, '--key', keyFile, '--rate-limit', '0']);
  running.push(instance.child);
  return instance;
}

function post(base: string, body: unknown): Promise<Response> {
  return fetch(`${base}/v1/receipts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

async function exportedIds(base: string): Promise<Set<string>> {
  const text = await (await fetch(`${base}/v1/receipts?format=ndjson`, { headers: admin })).text();
  return new Set(
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { receiptId: string }).receiptId),
  );
}

async function verify(base: string) {
  return (await fetch(`${base}/v1/verify`, { headers: admin })).json();
}

beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  for (const child of running.splice(0)) {
    child.kill('SIGKILL');
    await exited(child);
  }
  await database.drop();
});

describe('instances sharing one database', () => {
  it('store a receipt posted to two of them at once exactly once, and both answer with the same body', async () => {
    const [first, second] = (await Promise.all([startInstance(), startInstance()])).map((instance) => instance.url) as [string, string];
    const receipts = Array.from({ length: 30 }, () => validReceipt());
    const answers = await Promise.all(
      receipts.map(async (receipt) => {
        const responses = await Promise.all([post(first, receipt), post(second, receipt)]);
        return Promise.all(responses.map(async (response) => ({ status: response.status, body: await response.json() })));
      }),
    );
    for (const [a, b] of answers) {
      expect([a!.status, b!.status].sort()).toEqual([200, 201]);
      expect(a!.body).toEqual(b!.body);
    }
    expect((await exportedIds(first)).size).toBe(30);
    expect(await verify(second)).toMatchObject({ ok: true, checked: 30 });
  });

  it('lose no acknowledged receipt when one is killed under load, and the chain verifies after its restart', async () => {
    const [{ url: doomed, child: doomedChild }, { url: survivor }] = await Promise.all([startInstance(), startInstance()]);
    const acknowledged: string[] = [];
    let acknowledgedByDoomed = 0;
    let next = 0;
    const TOTAL = 800;
    let killed: Promise<unknown> | null = null;
    // Eight clients, half on each instance; the doomed instance is killed once it has
    // acknowledged 150 receipts, and its clients move to the survivor.
    const client = async (start: string) => {
      let base = start;
      while (next < TOTAL) {
        next += 1;
        const receipt = validReceipt();
        const response = await post(base, receipt).catch(() => null);
        if (response === null) {
          base = survivor;
          continue;
        }
        if (response.status === 201) {
          acknowledged.push(receipt.receiptId);
          if (base === doomed && (acknowledgedByDoomed += 1) === 150) {
            doomedChild.kill('SIGKILL');
            killed = exited(doomedChild);
          }
        } else {
          await response.body?.cancel();
        }
      }
    };
    await Promise.all([doomed, doomed, doomed, doomed, survivor, survivor, survivor, survivor].map(client));
    expect(await killed).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThan(150);

    const { url: restarted } = await startInstance();
    const stored = await exportedIds(restarted);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    expect(await verify(restarted)).toMatchObject({ ok: true, checked: stored.size });
  });
});

describe('instances given different keys', () => {
  it('never both acknowledge receipts on one log: the one whose key did not sign its latest head refuses them, saying why', async () => {
    // Both start on the empty database, where no head says which key the log is signed with.
    const [first, second] = await Promise.all([startInstance(), startInstance(database.url, join(directory.path, 'another.key'))]);
    expect((await post(first.url, validReceipt())).status).toBe(201);
    expect((await post(second.url, validReceipt())).status).toBe(503);
    await second.said(/storing receipts failed .*: the receipt log was extended by a collector with another key: its latest signed head was signed with another key than this collector's/);
    expect((await post(first.url, validReceipt())).status).toBe(201);
    expect(await verify(first.url)).toMatchObject({ ok: true, checked: 2 });
  });
});

describe('a database that is missing, refuses the password, or goes away', () => {
  it('stops an instance at start with an error that names the database without its password', async () => {
    const port = await closedPort();
    const url = clusterUrl({ host: '127.0.0.1', port, password: 'hunter2-secret' });
    const { status, stderr } = runCli(['--database', url, '--key', key], directory.path);
    expect(status).toBe(1);
    expect(stderr).toMatch(new RegExp(`^consentry-collector: cannot use the PostgreSQL database postgres://postgres@127\\.0\\.0\\.1:${port}/postgres: .*ECONNREFUSED`));
    expect(stderr).not.toContain('hunter2');
  });

  it('stops an instance whose password is refused, saying so', () => {
    const { status, stderr } = runCli(['--database', clusterUrl({ password: 'hunter2-secret' }), '--key', key], directory.path);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^consentry-collector: cannot use the PostgreSQL database postgres:\/\/postgres@[^/]+\/postgres: password authentication failed for user "postgres"\n$/);
    expect(stderr).not.toContain('hunter2');
  });

  it('answers 503, never 2xx, while the database is gone, and stores receipts again when it is back', async () => {
    const { hostname, port, pathname } = new URL(database.url);
    const proxy = await startTcpProxy({ host: hostname, port: Number(port) });
    try {
      const { url: base } = await startInstance(clusterUrl({ database: pathname.slice(1), host: '127.0.0.1', port: proxy.port }));
      expect((await post(base, validReceipt())).status).toBe(201);
      proxy.cut();
      const lost = validReceipt();
      const statuses = [];
      for (let attempt = 0; attempt < 5; attempt += 1) statuses.push((await post(base, lost)).status);
      expect(statuses).toEqual([503, 503, 503, 503, 503]);
      expect((await fetch(`${base}/healthz`)).status).toBe(503);
      proxy.restore();
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await post(base, lost)).status).toBe(201);
      expect(await verify(base)).toMatchObject({ ok: true, checked: 2 });
    } finally {
      await proxy.close();
    }
  });
});

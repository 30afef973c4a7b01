// @vitest-environment node
// serveCollector: the collector over Node's HTTP server, on loopback. The body is read straight
// from the socket there, so the 16 KiB limit is checked on that path too.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { serveCollector, type RunningServer } from '../src/node-server';
import { admin, openCollector, temporaryDirectory, validReceipt } from './fixtures';

// Child processes and real fsyncs on a shared 2-core machine can be slow: these bounds only catch a hang.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const directory = temporaryDirectory();
let setup: ReturnType<typeof openCollector>;
let server: RunningServer;

beforeAll(async () => {
  setup = openCollector(directory.path);
  server = await serveCollector(setup.collector, { port: 0 });
});
afterAll(async () => {
  await server.close();
  await setup.storage.close();
  directory.remove();
});

const post = (body: NonNullable<RequestInit['body']>) => fetch(`${server.url}/v1/receipts`, { method: 'POST', body, duplex: 'half' } as RequestInit);

describe('serveCollector', () => {
  it('listens on loopback by default and reports the port it got', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('stores a posted receipt', async () => {
    expect((await post(JSON.stringify(validReceipt()))).status).toBe(201);
  });

  it('refuses an oversized body with 413, whether its length is declared or it is streamed in chunks', async () => {
    expect((await post('x'.repeat(16 * 1024 + 1))).status).toBe(413);
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let index = 0; index < 40; index += 1) controller.enqueue(new TextEncoder().encode('y'.repeat(1024)));
        controller.close();
      },
    });
    expect((await post(chunked)).status).toBe(413);
  });

  it("rate-limits by the connection's address", async () => {
    const other = openCollector(directory.path, { rateLimit: { perMinute: 1, burst: 1 } });
    const limited = await serveCollector(other.collector, { port: 0 });
    const postTo = () => fetch(`${limited.url}/v1/receipts`, { method: 'POST', body: JSON.stringify(validReceipt()) });
    try {
      expect((await postTo()).status).toBe(201);
      const response = await postTo();
      expect(response.status).toBe(429);
      // A minute less the time since the first post, which a busy machine stretches past a second
      // (rate-limit.test.ts checks the exact figure on a fake clock).
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Number(response.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    } finally {
      await limited.close();
      await other.storage.close();
    }
  });

  it('serves the console on a listener of its own, apart from the site’s origin, with the routes it calls', async () => {
    const page = new TextEncoder().encode('<!doctype html><title>Consentry console</title>');
    const other = openCollector(directory.path, { consoleFiles: new Map([['index.html', page]]) });
    const served = await serveCollector(other.collector, { port: 0 });
    try {
      expect(served.consoleUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(new URL(served.consoleUrl!).origin).not.toBe(new URL(served.url).origin);
      expect((await fetch(`${served.url}/admin/`)).status).toBe(404);
      const answer = await fetch(`${served.consoleUrl}/admin/`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(await answer.text()).toBe('<!doctype html><title>Consentry console</title>');
      expect((await fetch(`${served.consoleUrl}/v1/stats`, { headers: admin })).status).toBe(200);
      expect(server.consoleUrl).toBeNull();
    } finally {
      await served.close();
      await other.storage.close();
    }
  });
});

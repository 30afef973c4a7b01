// Serves a fetch handler over Node's HTTP server (through @hono/node-server), passing the
// connection's address for the rate limiter. Used by the CLI and the demo server.
import { serve } from '@hono/node-server';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Collector } from './handler';

/**
 * Reads a request body straight from Node's stream. Past `limit` it resolves null at once (so the
 * 413 goes out) and discards the rest as it arrives; requestTimeout bounds how long that lasts.
 */
function readBody(incoming: IncomingMessage, limit: number): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    incoming.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) resolve(null);
      else chunks.push(chunk);
    });
    incoming.once('end', () => resolve(size > limit ? null : Buffer.concat(chunks)));
    incoming.once('error', reject);
  });
}

/** Where to listen. */
export interface ServeOptions {
  /** Default 8787; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1: only this machine, until you choose to expose it. */
  host?: string;
}

/** A listening server. */
export interface RunningServer {
  /** The base URL, with the real port when 0 was asked for. */
  url: string;
  port: number;
  /** Stops accepting connections and resolves once the open ones are done. */
  close(): Promise<void>;
}

/**
 * Serves a collector (or any `{ fetch }` handler taking the same context) on a Node HTTP server.
 *
 * @example
 * ```ts
 * const server = await serveCollector(createCollector({ storage, signer }), { port: 8787 });
 * console.log(`receipts go to ${server.url}/v1/receipts`);
 * ```
 */
export function serveCollector(handler: Collector, { port = 8787, host = '127.0.0.1' }: ServeOptions = {}): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({
      fetch: (request, { incoming }) => handler.fetch(request, { remoteAddress: incoming.socket.remoteAddress, readBody: (limit) => readBody(incoming as IncomingMessage, limit) }),
      port,
      hostname: host,
    }) as Server;
    // A receipt is 16 KiB at most: a client that takes longer than this to send one is stalling.
    server.headersTimeout = 10_000;
    server.requestTimeout = 30_000;
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      const actual = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${actual}`,
        port: actual,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeIdleConnections();
          }),
      });
    });
  });
}

// Serves a fetch handler over Node's HTTP server (through @hono/node-server), passing the
// connection's address for the rate limiter, and the collector's console on a listener of its own:
// another port is another origin, out of reach of the scripts of the site's. Used by the CLI and
// the demo server.
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
  /**
   * The console's port, when the collector has a console: an origin of its own, apart from the
   * site's. Default the port after `port`, or a free one when `port` is 0. On the same host.
   */
  consolePort?: number;
}

/** A listening server. */
export interface RunningServer {
  /** The base URL, with the real port when 0 was asked for. */
  url: string;
  port: number;
  /** The console listener's base URL, or null when the collector has no console. */
  consoleUrl: string | null;
  /** Stops accepting connections and resolves once the open ones are done. */
  close(): Promise<void>;
}

type Listener = Omit<RunningServer, 'consoleUrl'>;

/** Serves one fetch handler on a Node HTTP server at host:port. */
function listen(handler: Pick<Collector, 'fetch'>, port: number, host: string): Promise<Listener> {
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

/**
 * Serves a collector (or any `{ fetch }` handler taking the same context) on a Node HTTP server,
 * and its console, if it has one, on a second one at `consolePort`.
 *
 * @example
 * ```ts
 * const server = await serveCollector(createCollector({ storage, signer }), { port: 8787 });
 * console.log(`receipts go to ${server.url}/v1/receipts`);
 * ```
 */
export async function serveCollector(
  handler: Pick<Collector, 'fetch'> & Partial<Pick<Collector, 'console'>>,
  { port = 8787, host = '127.0.0.1', consolePort = port === 0 ? 0 : port + 1 }: ServeOptions = {},
): Promise<RunningServer> {
  const site = await listen(handler, port, host);
  if (!handler.console) return { ...site, consoleUrl: null };
  let admin: Listener;
  try {
    admin = await listen(handler.console, consolePort, host);
  } catch (error) {
    await site.close();
    throw error;
  }
  const close = async () => {
    await Promise.all([site.close(), admin.close()]);
  };
  return { ...site, consoleUrl: admin.url, close };
}

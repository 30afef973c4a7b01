// Fixture sites for the scanner's end-to-end tests (test/sites), served on
// 127.0.0.1 with `localhost` on the same port as the "other site": two hosts, two sites to the
// browser. The server remembers which paths were asked for, so tests can check the crawl's manners.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

// The repository's root: the Consentry fixture site loads the SDK's built loader (/dist/), and the
// vanilla-cookieconsent one the package from the workspace's node_modules (/vendor/).
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const sites = fileURLToPath(new URL('sites', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.gif': 'image/gif' };
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
// What Meta's pixel does on load: keep a browser id in a first-party cookie.
const FBEVENTS = "document.cookie = '_fbp=fb.1.' + Date.now() + '.42; Path=/; Max-Age=7776000';\n";
// What a machine inside a network serves to whoever asks from there, and no one outside.
const INTERNAL_ADMIN = '<!doctype html><title>Internal admin</title><h1>Internal admin: database password hunter2</h1>';

export interface ScanSites {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** http://localhost:PORT, the other site. */
  third: string;
  /** Paths requested so far, in order. */
  requested: string[];
  close(): Promise<void>;
}

function fileFor(pathname: string): string | null {
  if (pathname.startsWith('/dist/')) return join(ROOT, normalize(pathname));
  if (pathname.startsWith('/vendor/')) return join(ROOT, 'node_modules', 'vanilla-cookieconsent', 'dist', normalize(pathname.slice('/vendor/'.length)));
  const path = normalize(pathname.endsWith('/') ? pathname + 'index.html' : pathname);
  return path.includes('..') ? null : join(sites, path);
}

export async function serveScanSites(): Promise<ScanSites> {
  const requested: string[] = [];
  let third = '';
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://fixture');
    requested.push(pathname);
    if (pathname === '/tp/pixel.gif') return response.writeHead(200, { 'content-type': 'image/gif' }).end(PIXEL);
    if (pathname === '/tp/fbevents.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(FBEVENTS);
    if (pathname.startsWith('/internal-admin/')) return response.writeHead(200, { 'content-type': 'text/html' }).end(INTERNAL_ADMIN);
    // The runaway site's partner link: its server sends the browser to the other site.
    if (pathname === '/runaway/away') return response.writeHead(302, { location: `${third}/internal-admin/redirected` }).end();
    const file = fileFor(pathname);
    try {
      let body: Buffer | string = await readFile(file ?? '');
      const type = TYPES[extname(file!)] ?? 'application/octet-stream';
      if (type.startsWith('text/html')) body = body.toString('utf8').replaceAll('{{THIRD}}', third);
      // The leaking shop's server keeps a session, as most do: a necessary cookie set by HTTP.
      const session = pathname === '/leaky/' ? { 'set-cookie': 'PHPSESSID=0123456789abcdef; Path=/; HttpOnly' } : {};
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...session }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  third = `http://localhost:${port}`;
  return {
    origin: `http://127.0.0.1:${port}`,
    third,
    requested,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface ScanRun {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built `consentry-scan` bin (we test what ships) with `args`. `killAfterMs` ends a scan
 * that does not end by itself, so that a test of its deadlines fails instead of hanging.
 */
export function runScan(args: string[], options: { cwd?: string; bin?: string; killAfterMs?: number } = {}): Promise<ScanRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [options.bin ?? fileURLToPath(new URL('../dist/bin.js', import.meta.url)), ...args],
      { cwd: options.cwd ?? ROOT, env: { ...process.env, CHROMIUM_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, timeout: options.killAfterMs },
      (error, stdout, stderr) => {
        done({ status: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

// The benchmark's static server, on 127.0.0.1 only: the test page for each tool (/page/<tool>?tags=N),
// the tools' files from node_modules and Consentry's dist/ (/lib/<tool>/…), the "external" tagged
// script (/vendor/tag.js), and a receipt endpoint that accepts everything. Responses are gzipped on
// the wire (Chromium accepts only gzip and deflate over plain http) and carry their gzip and brotli
// sizes in x-bench-* headers, so the runner can report both without a TLS set-up.
// `node bench/compare/server.mjs` serves it on port 8130 for a person to look at the pages.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { constants, brotliCompressSync, gzipSync } from 'node:zlib';
import { renderPage, tagCode, TOOLS } from './tools.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json' };
const MAX_TAGS = 1000;

/** Compressed forms of a body: what a production server would send (gzip -9, brotli -11). */
function encodings(body) {
  return {
    gzip: gzipSync(body, { level: 9 }),
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  };
}

/** The file under a tool's folder that a /lib/ path names, or null. */
function libraryFile(pathname) {
  for (const tool of Object.values(TOOLS)) {
    for (const [prefix, folder] of Object.entries(tool.files)) {
      if (!pathname.startsWith(prefix)) continue;
      const relative = normalize(decodeURIComponent(pathname.slice(prefix.length)));
      return relative.startsWith('..') ? null : join(folder, relative);
    }
  }
  return null;
}

async function route(method, url) {
  if (method === 'POST' && url.pathname === '/consent/v1/receipts') {
    return { status: 201, type: TYPES['.json'], body: JSON.stringify({ receiptId: 'bench', receivedAt: new Date().toISOString(), signature: 'bench' }) };
  }
  const page = /^\/page\/([a-z-]+)$/.exec(url.pathname);
  if (page && page[1] in TOOLS) {
    const count = Number(url.searchParams.get('tags') ?? 3);
    if (!Number.isInteger(count) || count < 1 || count > MAX_TAGS) return { status: 400, type: 'text/plain', body: `tags must be 1..${MAX_TAGS}` };
    return { status: 200, type: TYPES['.html'], body: renderPage(page[1], count) };
  }
  if (url.pathname === '/vendor/tag.js') {
    return { status: 200, type: TYPES['.js'], body: `${tagCode(Number(url.searchParams.get('i')))};\n` };
  }
  if (url.pathname === '/privacy') {
    return { status: 200, type: TYPES['.html'], body: await readFile(new URL('pages/privacy.html', import.meta.url)) };
  }
  const file = libraryFile(url.pathname);
  if (file) {
    try {
      return { status: 200, type: TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file), cacheable: true };
    } catch {
      // Falls through to 404: a tool asking for a file it does not ship shows in the run as a 404.
    }
  }
  return { status: 404, type: 'text/plain', body: 'not found' };
}

/** Starts the server; resolves to its origin and a close function. */
export function startServer(port = 0) {
  // Library files never change during a run: compress each once.
  const compressed = new Map();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    // The receipt endpoint's body is irrelevant here; reading it lets keepalive requests complete.
    request.resume();
    const { status, type, body, cacheable } = await route(request.method, url);
    const bytes = Buffer.from(body);
    let encoded = cacheable ? compressed.get(url.pathname) : undefined;
    if (!encoded) {
      encoded = encodings(bytes);
      if (cacheable) compressed.set(url.pathname, encoded);
    }
    const headers = {
      'content-type': type,
      // Every visit fetches again, so "returning visit" bytes are those the tool needs with a
      // cold HTTP cache: what a cache would save, it saves for every tool alike. The warm visits
      // ask with x-bench-cache, and the tools' files may then be kept, as a real site's would.
      'cache-control': cacheable && request.headers['x-bench-cache'] ? 'max-age=3600' : 'no-store',
      'x-bench-raw': String(bytes.length),
      'x-bench-gzip': String(encoded.gzip.length),
      'x-bench-brotli': String(encoded.brotli.length),
    };
    if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      response.writeHead(status, { ...headers, 'content-encoding': 'gzip' }).end(encoded.gzip);
    } else {
      response.writeHead(status, headers).end(bytes);
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({ origin, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { origin } = await startServer(Number(process.env.PORT ?? 8130));
  console.log(`Benchmark pages on ${origin}/page/<${Object.keys(TOOLS).join('|')}>?tags=N`);
}

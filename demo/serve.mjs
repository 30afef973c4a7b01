// The demo server behind `npm start` and the e2e tests: serves demo/ at / and the built files at
// /dist/. PORT and HOST come from the environment (default 127.0.0.1:8080).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

/** Maps a URL path to a file under demo/ or dist/, or null when it points anywhere else. */
function fileFor(pathname) {
  const path = normalize(decodeURIComponent(pathname));
  if (path.includes('..')) return null;
  if (path.startsWith('/dist/')) return join(root, path);
  return join(root, 'demo', path.endsWith('/') ? path + 'index.html' : path);
}

const server = createServer(async (request, response) => {
  const file = fileFor(new URL(request.url ?? '/', 'http://localhost').pathname);
  try {
    if (!file) throw new Error('outside');
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
});

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
server.listen(port, host, () => console.log(`Consentry demo on http://${host}:${port}/`));

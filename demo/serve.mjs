// The demo server behind `npm start` and the e2e tests: serves demo/ at /, the built files at
// /dist/, and the receipt collector under /consent, so the banner's receipts go to
// /consent/v1/receipts and are stored for real in SQLite under CONSENTRY_DATA_DIR (default ./data).
// PORT and HOST come from the environment (default 127.0.0.1:8080); CONSENTRY_ADMIN_TOKEN turns on
// the collector's export, stats and verify routes, and with them the console at /consent/admin/ on a
// port of its own (CONSOLE_PORT, default a free one): the site's origin never serves it.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCollector, createKeyFileSigner, createSqliteStorage, readConsoleFiles, serveCollector } from '@consentry/collector';

const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
const COLLECTOR_PREFIX = '/consent';

/** Maps a URL path to a file under demo/ or dist/, or null when it points anywhere else. */
function fileFor(pathname) {
  const path = normalize(decodeURIComponent(pathname));
  if (path.includes('..')) return null;
  if (path.startsWith('/dist/')) return join(root, path);
  return join(root, 'demo', path.endsWith('/') ? path + 'index.html' : path);
}

async function staticFile(pathname) {
  try {
    const file = fileFor(pathname);
    if (!file) throw new Error('outside');
    const body = await readFile(file);
    return new Response(body, { headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' } });
  } catch {
    return new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  }
}

const dataDir = resolve(process.env.CONSENTRY_DATA_DIR ?? 'data');
const signer = createKeyFileSigner(join(dataDir, 'signing.key'));
const storage = createSqliteStorage(join(dataDir, 'receipts.sqlite'), { signer });
const collector = createCollector({
  storage,
  signer,
  basePath: COLLECTOR_PREFIX,
  adminToken: process.env.CONSENTRY_ADMIN_TOKEN,
  // One visitor on loopback, and the e2e suite posting from one address: a limit would only get in the way.
  rateLimit: false,
  // The collector behind the site's own origin, as the README advises: it sets the choice cookie
  // again from the server, so Safari keeps it for its whole lifetime (SPEC §6).
  setCookie: true,
  // The console, at /consent/admin/ on its own port (`npm run demo:seed` gives it 90 days of receipts to show).
  consoleFiles: readConsoleFiles(),
});

const server = await serveCollector(
  {
    fetch(request, context) {
      const { pathname } = new URL(request.url);
      return pathname.startsWith(`${COLLECTOR_PREFIX}/`) ? collector.fetch(request, context) : staticFile(pathname);
    },
    console: collector.console,
  },
  { port: Number(process.env.PORT ?? 8080), host: process.env.HOST ?? '127.0.0.1', consolePort: Number(process.env.CONSOLE_PORT ?? 0) },
);
console.log(`Consentry demo on ${server.url}/ (receipts in ${dataDir})`);
console.log(`Consentry console on ${server.consoleUrl}${COLLECTOR_PREFIX}/admin/`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await server.close();
    await storage.close();
    process.exit(0);
  });
}

#!/usr/bin/env node
// `consentry-collector`: runs the receipt collector on an embedded SQLite file, or as one of any
// number of instances on a PostgreSQL database (SPEC §8).
import { parseArgs } from 'node:util';
import { createCollector, type CollectorOptions } from './handler';
import { readConsoleFiles } from './console-files';
import { createKeyFileSigner } from './key-file';
import { logError, logInfo } from './log';
import { serveCollector } from './node-server';
import { DEFAULT_RATE_LIMIT, forwardedClient } from './rate-limit';
import { createPostgresStorage, describeDatabaseUrl } from './storage/postgres';
import type { ReceiptStorage } from './storage/receipt-log';
import { createSqliteStorage } from './storage/sqlite';

const USAGE = `Usage: consentry-collector [options]

Stores consent receipts posted by Consentry: signed, hash-chained, durable, in an
embedded SQLite file or, with --database, in PostgreSQL.

Options:
  --port <n>            port to listen on (default 8787; 0 picks a free one)
  --host <address>      address to listen on (default 127.0.0.1)
  --db <path>           SQLite file, created if missing (default ./consent.sqlite)
  --database <url>      PostgreSQL instead of SQLite, e.g. postgres://consentry@db:5432/consent
                        (or the DATABASE_URL environment variable; prefer it, or PGPASSWORD,
                        for the password); any number of instances may share one database
  --allow-origin <url>  an origin whose pages may post receipts, e.g. https://example.com;
                        repeat for more (the collector's own origin is always allowed)
  --admin-token <t>     bearer token for export, stats, verify and the console, 16+ characters
                        (prefer the CONSENTRY_ADMIN_TOKEN environment variable: arguments
                        are visible to other users in the process list)
  --console-port <n>    port of the console (/admin/, with an admin token), on --host: an
                        origin apart from the site's, whose scripts could otherwise take the
                        token (default the port after --port; a free one when --port is 0)
  --key <path>          Ed25519 signing key, generated (mode 0600) if missing (default <db>.key:
                        beside the database, where whoever administers it can read it too; keep
                        it elsewhere, readable only by the collector's user). Required with
                        --database: every instance must sign with the same key. A log whose
                        latest signed head another key signed is refused
  --adopt-unsigned-rows sign a head over the rows no signed head covers (a log written before
                        signed heads), vouching for them as they stand though nothing shows
                        whether they were changed; logged as a warning. Without it such a log
                        is refused, naming the rows
  --rate-limit <n>      requests a minute per client, 0 for no limit (default ${DEFAULT_RATE_LIMIT.perMinute})
  --trust-proxy         count clients by the last X-Forwarded-For address (behind one proxy)
  --set-cookie          answer each receipt from a page of this host with a Set-Cookie that
                        stores the visitor's choice for its configured lifetime (Safari keeps
                        cookies written by script for 7 days); serve the collector behind
                        the site's own origin
  --cookie-name <name>  the SDK's cookie.name (default consentry): the only cookie
                        --set-cookie sets, and only to the choice the receipt records
  --base-path <path>    serve every route under this prefix, e.g. /consent for
                        /consent/v1/receipts behind a proxy that keeps the path (default /)
  --help                show this help

Example:
  consentry-collector --port 8787 --db ./consent.sqlite --allow-origin https://example.com
`;

/** Exit status for a usage mistake, as most Unix tools use. */
const USAGE_ERROR = 2;

function fail(message: string, status: number): never {
  logError(message);
  process.exit(status);
}

function readOptions(args: string[]) {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string', default: '8787' },
      'console-port': { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      db: { type: 'string' },
      database: { type: 'string' },
      'allow-origin': { type: 'string', multiple: true, default: [] },
      'admin-token': { type: 'string' },
      key: { type: 'string' },
      'adopt-unsigned-rows': { type: 'boolean', default: false },
      'rate-limit': { type: 'string', default: String(DEFAULT_RATE_LIMIT.perMinute) },
      'trust-proxy': { type: 'boolean', default: false },
      'set-cookie': { type: 'boolean', default: false },
      'cookie-name': { type: 'string' },
      'base-path': { type: 'string', default: '/' },
      help: { type: 'boolean', default: false },
    },
  });
  const whole = (flag: string, text: string, max: number) => {
    if (!/^\d+$/.test(text) || Number(text) > max) throw new Error(`--${flag} must be a whole number from 0 to ${max}, not ${JSON.stringify(text)}`);
    return Number(text);
  };
  const perMinute = whole('rate-limit', values['rate-limit'], 1_000_000);
  const port = whole('port', values.port, 65_535);
  const consolePort = values['console-port'] === undefined ? undefined : whole('console-port', values['console-port'], 65_535);
  // A prefix is a path of segments; a trailing slash would make Hono's routes end in '//'.
  if (!/^(\/[\w.~-]+)*\/?$/.test(values['base-path'])) throw new Error(`--base-path must be a path such as /consent, not ${JSON.stringify(values['base-path'])}`);
  const database = values.database ?? (values.db === undefined ? process.env.DATABASE_URL || undefined : undefined);
  if (database !== undefined && values.db !== undefined) throw new Error('--db and --database each name where receipts go: give one');
  // Instances that generated a key each would sign with different keys: one is given to all.
  if (database !== undefined && values.key === undefined && !values.help) throw new Error('--key is required with --database: every instance must sign with the same key file');
  const cookieName = values['cookie-name'];
  if (cookieName !== undefined && !values['set-cookie']) throw new Error('--cookie-name names the cookie --set-cookie sets: give --set-cookie too');
  const db = values.db ?? './consent.sqlite';
  return {
    help: values.help,
    port,
    consolePort,
    host: values.host,
    db,
    database: database === undefined ? undefined : { url: database, description: describeDatabaseUrl(database) },
    key: values.key ?? `${db}.key`,
    adoptUnsignedRows: values['adopt-unsigned-rows'],
    allowOrigins: values['allow-origin'],
    adminToken: values['admin-token'] ?? process.env.CONSENTRY_ADMIN_TOKEN,
    rateLimit: perMinute === 0 ? (false as const) : { perMinute, burst: Math.min(perMinute, DEFAULT_RATE_LIMIT.burst) },
    trustProxy: values['trust-proxy'],
    setCookie: values['set-cookie'] && (cookieName === undefined || { name: cookieName }),
    basePath: values['base-path'].replace(/(.)\/$/, '$1'),
  };
}

async function main(): Promise<void> {
  let options: ReturnType<typeof readOptions>;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    fail(`${(error as Error).message}\nRun consentry-collector --help for the options.`, USAGE_ERROR);
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return;
  }
  // Refuses to start, saying why, when the key or the database cannot be read or written, when
  // another key signed the log, or when rows no signed head covers are not to be adopted.
  const signer = createKeyFileSigner(options.key);
  const { database, adoptUnsignedRows } = options;
  const storage: ReceiptStorage = database ? await createPostgresStorage(database.url, { signer, adoptUnsignedRows }) : createSqliteStorage(options.db, { signer, adoptUnsignedRows });
  let collector: ReturnType<typeof createCollector>;
  const { adminToken } = options;
  try {
    const collectorOptions: CollectorOptions = {
      storage,
      signer,
      allowOrigins: options.allowOrigins,
      adminToken,
      rateLimit: options.rateLimit,
      setCookie: options.setCookie,
      ...(adminToken === undefined ? {} : { consoleFiles: readConsoleFiles() }),
      basePath: options.basePath,
      ...(options.trustProxy ? { clientKey: forwardedClient } : {}),
    };
    collector = createCollector(collectorOptions);
  } catch (error) {
    await storage.close();
    fail((error as Error).message, USAGE_ERROR);
  }
  const server = await serveCollector(collector, { port: options.port, host: options.host, ...(options.consolePort === undefined ? {} : { consolePort: options.consolePort }) });
  logInfo(`listening on ${server.url} (receipts in ${database?.description ?? options.db}, signing key ${options.key})`);
  if (server.consoleUrl === null) logInfo('no admin token: export, stats, verify and the console are off (set CONSENTRY_ADMIN_TOKEN to turn them on)');
  else logInfo(`the console is at ${server.consoleUrl}${options.basePath.replace(/\/$/, '')}/admin/`);

  const shutdown = async () => {
    await server.close();
    await storage.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error), 1));

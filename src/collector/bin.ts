#!/usr/bin/env node
// `consentry-collector`'s entry. The collector's server packages are optional peer dependencies of
// consentry, so a frontend install never pulls them in; this names the missing ones in one line,
// before the CLI's own imports would fail with Node's module-resolution error. better-sqlite3 is
// checked where it is loaded (storage/sqlite.ts): only the SQLite storage needs it.
import { logError } from './log';

const SERVER_PACKAGES = ['hono', '@hono/node-server', 'valibot'];

const missing = SERVER_PACKAGES.filter((name) => {
  try {
    import.meta.resolve(name);
    return false;
  } catch {
    return true;
  }
});

if (missing.length > 0) {
  logError(`needs ${missing.join(', ')} (optional peer dependencies of consentry): npm install ${missing.join(' ')}`);
  process.exit(1);
}
await import('./cli');

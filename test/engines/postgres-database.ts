// A fresh database in the run's throwaway PostgreSQL cluster (see postgres-cluster.ts) for each
// test that needs one, so tests running side by side never see each other's receipts.
import { randomUUID } from 'node:crypto';
import postgres, { type Sql } from 'postgres';
import { inject } from 'vitest';

export interface TestDatabase {
  /** The database's URL, with the superuser's password. */
  url: string;
  /** A superuser connection to it, for what the tests do from outside the collector. */
  admin: Sql;
  /** Closes `admin` and drops the database, ending any connection left to it. */
  drop(): Promise<void>;
}

const quiet = { onnotice: () => {} };

/** The URL of another database (or another user) in the cluster. */
export function clusterUrl(changes: { database?: string; username?: string; password?: string; port?: number }): string {
  const url = new URL(inject('postgresUrl'));
  if (changes.database !== undefined) url.pathname = `/${changes.database}`;
  if (changes.username !== undefined) url.username = changes.username;
  if (changes.password !== undefined) url.password = encodeURIComponent(changes.password);
  if (changes.port !== undefined) url.port = String(changes.port);
  return url.href;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `consentry_${randomUUID().replaceAll('-', '')}`;
  const cluster = postgres(inject('postgresUrl'), { ...quiet, max: 1 });
  await cluster.unsafe(`CREATE DATABASE ${name}`);
  const url = clusterUrl({ database: name });
  const admin = postgres(url, quiet);
  return {
    url,
    admin,
    async drop() {
      await admin.end();
      await cluster.unsafe(`DROP DATABASE ${name} WITH (FORCE)`);
      await cluster.end();
    },
  };
}

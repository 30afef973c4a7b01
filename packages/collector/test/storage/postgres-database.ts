// A fresh database in the run's throwaway PostgreSQL cluster (see postgres-cluster.ts) for each
// test that needs one, so tests running side by side never see each other's receipts.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export interface TestDatabase {
  /** The database's URL, with the superuser's password. */
  url: string;
  /** Runs statements as the superuser, for what the tests do from outside the collector. */
  admin(text: string, values?: unknown[]): Promise<pg.QueryResult>;
  /** Drops the database, ending any connection left to it. */
  drop(): Promise<void>;
}

/** The URL of another database (or user, or address) in the cluster. */
export function clusterUrl(changes: { database?: string; username?: string; password?: string; host?: string; port?: number }): string {
  const url = new URL(inject('postgresUrl'));
  if (changes.database !== undefined) url.pathname = `/${changes.database}`;
  if (changes.username !== undefined) url.username = changes.username;
  if (changes.password !== undefined) url.password = encodeURIComponent(changes.password);
  if (changes.host !== undefined) url.hostname = changes.host;
  if (changes.port !== undefined) url.port = String(changes.port);
  return url.href;
}

/** Runs statements on a connection of its own to `url`. */
export async function runAs(url: string, text: string, values?: unknown[]): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `consentry_${randomUUID().replaceAll('-', '')}`;
  await runAs(inject('postgresUrl'), `CREATE DATABASE ${name}`);
  const url = clusterUrl({ database: name });
  return {
    url,
    admin: (text, values) => runAs(url, text, values),
    drop: async () => {
      await runAs(inject('postgresUrl'), `DROP DATABASE ${name} WITH (FORCE)`);
    },
  };
}

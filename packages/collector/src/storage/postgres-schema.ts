// The PostgreSQL receipt log's schema, created and migrated by the collector itself (SPEC §8).
//
// Every instance migrates when it starts, and several may start at once (a rolling deploy, a
// scaled-out service): a transaction-scoped advisory lock makes them take turns, so one applies
// the missing versions and the others find them applied. PostgreSQL's DDL is transactional: a
// migration that fails leaves no half-made schema behind, and its version is not recorded.
import type pg from 'pg';
import { POSTGRES_STATS_MIGRATION } from './postgres-stats';

/** The advisory lock key the instances take turns on while migrating (any constant unique to Consentry). */
const MIGRATION_LOCK = 0x636f6e73; // "cons" in ASCII

/**
 * The migrations, in order: version N is MIGRATIONS[N - 1]. A released migration is never edited,
 * only followed by a new one.
 */
const MIGRATIONS: readonly string[] = [
  // 1: the log, its signed heads, the append lock and the append-only triggers.
  `
  CREATE SCHEMA IF NOT EXISTS consentry;
  CREATE TABLE consentry.schema_migrations (
    version integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
  );
  -- position: the receipt's place in the one chain, contiguous from 1, assigned while the group
  -- holds the append lock. receipt_id UNIQUE is what stores a receipt exactly once, whichever
  -- instance receives it and however often it is retried.
  CREATE TABLE consentry.receipts (
    position bigint PRIMARY KEY,
    receipt_id uuid NOT NULL UNIQUE,
    subject_id uuid NOT NULL,
    received_at timestamptz NOT NULL,
    body text NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL
  );
  CREATE INDEX receipts_by_subject ON consentry.receipts (subject_id, position);
  CREATE INDEX receipts_by_received ON consentry.receipts (received_at, position);
  -- One signed head per group transaction, covering the chain up to its last row.
  CREATE TABLE consentry.heads (
    position bigint PRIMARY KEY,
    hash text NOT NULL,
    time timestamptz NOT NULL,
    signature text NOT NULL
  );
  -- The one row every group locks (SELECT ... FOR UPDATE) before it reads the chain's head, so
  -- groups from all instances append one after another, each continuing the chain where the
  -- previous one ended. It holds nothing: the head is the last row and the last signed head.
  CREATE TABLE consentry.append_lock (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row)
  );
  INSERT INTO consentry.append_lock DEFAULT VALUES;
  -- Append-only is enforced by the database: a bug or a stray tool cannot rewrite history without
  -- first visibly turning these triggers off (and the collector's role may lack UPDATE and DELETE).
  CREATE FUNCTION consentry.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION '% are append-only', TG_TABLE_NAME;
  END
  $$;
  CREATE TRIGGER receipts_append_only BEFORE UPDATE OR DELETE ON consentry.receipts
    FOR EACH ROW EXECUTE FUNCTION consentry.refuse_change();
  CREATE TRIGGER receipts_no_truncate BEFORE TRUNCATE ON consentry.receipts
    FOR EACH STATEMENT EXECUTE FUNCTION consentry.refuse_change();
  CREATE TRIGGER heads_append_only BEFORE UPDATE OR DELETE ON consentry.heads
    FOR EACH ROW EXECUTE FUNCTION consentry.refuse_change();
  CREATE TRIGGER heads_no_truncate BEFORE TRUNCATE ON consentry.heads
    FOR EACH STATEMENT EXECUTE FUNCTION consentry.refuse_change();
  `,
  // 2: the stats tables, filled from the receipts already stored.
  POSTGRES_STATS_MIGRATION,
];

/** The schema version this collector reads and writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings the database's schema to SCHEMA_VERSION inside the transaction `client` has open, or
 * throws if it is newer than this collector knows. A schema that is already current needs no
 * privilege beyond reading the version, so instances may run as a role that cannot create tables
 * (see the README).
 */
export async function migrate(client: pg.PoolClient): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
  const found = await client.query<{ present: boolean }>("SELECT to_regclass('consentry.schema_migrations') IS NOT NULL AS present");
  const applied = found.rows[0]!.present ? (await client.query<{ version: number }>('SELECT coalesce(max(version), 0) AS version FROM consentry.schema_migrations')).rows[0]!.version : 0;
  if (applied > SCHEMA_VERSION) {
    throw new Error(`the database holds receipt log version ${applied}; this collector reads version ${SCHEMA_VERSION}`);
  }
  for (let version = applied + 1; version <= SCHEMA_VERSION; version += 1) {
    await client.query(MIGRATIONS[version - 1]!);
    await client.query('INSERT INTO consentry.schema_migrations (version) VALUES ($1)', [version]);
  }
}

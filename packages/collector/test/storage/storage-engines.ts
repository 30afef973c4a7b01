// The storage engines the contract suite runs against, each with what a test does to its database
// from outside the collector: an operator's or attacker's own connection to it.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { createPostgresStorage } from '../../src/storage/postgres';
import type { ReceiptSigner } from '../../src/signing';
import type { ReceiptStorage } from '../../src/storage/receipt-log';
import { createSqliteStorage } from '../../src/storage/sqlite';
import { temporaryDirectory } from '../fixtures';
import { createTestDatabase } from './postgres-database';

/** How a test opens a storage: with the engine's signer unless it gives another. */
export interface OpenOptions {
  signer?: ReceiptSigner;
  adoptUnsignedRows?: boolean;
}

/** One empty receipt log, and raw access to the database it lives in. */
export interface LogUnderTest {
  /** Opens a storage on the log; again after closing it, to test a restart. */
  open(options?: OpenOptions): Promise<ReceiptStorage>;
  /** Tries to change the row of `table` at `position` through the database (the triggers refuse). */
  update(table: 'receipts' | 'heads', position: number): Promise<void>;
  /** Tries to delete the row of `table` at `position` through the database (the triggers refuse). */
  delete(table: 'receipts' | 'heads', position: number): Promise<void>;
  /** Makes the database fail any transaction that writes a receipt of this subject, as a failing disk would. */
  failWritesFor(subjectId: string): Promise<void>;
  /** Turns off append-only and edits the stored JSON of the row at `position`, replacing `from` with `to`. */
  tamperBody(position: number, from: string, to: string): Promise<void>;
  /** Turns off append-only and deletes the row at `position`. */
  tamperDelete(position: number): Promise<void>;
  /** Turns off append-only and deletes the signed heads from `position` on. */
  tamperDeleteHeads(position: number): Promise<void>;
  /** Turns off append-only and cuts the log from `position` on, rows, heads and what the stats count of them. */
  tamperCut(position: number): Promise<void>;
  /** Inserts into the stats a receipt counted at `position` (given, by the banner's Accept all), as a role with INSERT on the stats tables can. */
  forgeFact(position: number, receivedAt: string): Promise<void>;
  /** Inserts into the stats a grant of category `name` counted at `position`, as a role with INSERT on the stats tables can. */
  forgeGrant(position: number, receivedAt: string, name: string): Promise<void>;
  /** Deletes the stats rows counted at `position` (the stats tables have no append-only triggers). */
  dropStatsOf(position: number): Promise<void>;
  /** Removes the log and its database. */
  remove(): Promise<void>;
}

export interface Engine {
  name: string;
  /** A new, empty log whose storages sign heads with `signer`. */
  create(signer: ReceiptSigner): Promise<LogUnderTest>;
}

const sqlite: Engine = {
  name: 'SQLite',
  async create(signer) {
    const directory = temporaryDirectory();
    const path = join(directory.path, 'receipts.sqlite');
    const run = async (statements: string) => {
      const db = new Database(path);
      try {
        db.exec(statements);
      } finally {
        db.close();
      }
    };
    const unguarded = ['receipts', 'heads'].map((table) => `DROP TRIGGER ${table}_no_update; DROP TRIGGER ${table}_no_delete;`).join(' ');
    const positionOf = { receipts: 'seq', heads: 'position' };
    return {
      open: async (options) => createSqliteStorage(path, { signer, ...options }),
      update: (table, position) => run(`UPDATE ${table} SET hash = hash WHERE ${positionOf[table]} = ${position}`),
      delete: (table, position) => run(`DELETE FROM ${table} WHERE ${positionOf[table]} = ${position}`),
      failWritesFor: (subjectId) =>
        run(`CREATE TRIGGER fail_writes BEFORE INSERT ON receipts WHEN NEW.subject_id = '${subjectId}'
             BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END;`),
      tamperBody: (position, from, to) => run(`${unguarded} UPDATE receipts SET body = replace(body, '${from}', '${to}') WHERE seq = ${position}`),
      tamperDelete: (position) => run(`${unguarded} DELETE FROM receipts WHERE seq = ${position}`),
      tamperDeleteHeads: (position) => run(`${unguarded} DELETE FROM heads WHERE position >= ${position}`),
      tamperCut: (position) =>
        run(`${unguarded} DELETE FROM receipts WHERE seq >= ${position}; DELETE FROM heads WHERE position >= ${position};
             DELETE FROM receipt_facts WHERE seq >= ${position}; DELETE FROM receipt_choices WHERE seq >= ${position}`),
      forgeFact: (position, receivedAt) => run(`INSERT INTO receipt_facts VALUES ('${receivedAt.slice(0, 10)}', '${receivedAt}', ${position}, 'given', 'banner.accept_all', '2026-03', 'en')`),
      forgeGrant: (position, receivedAt, name) => run(`INSERT INTO receipt_choices VALUES ('${receivedAt.slice(0, 10)}', '${receivedAt}', ${position}, 'category', '${name}', 1)`),
      dropStatsOf: (position) => run(`DELETE FROM receipt_facts WHERE seq = ${position}; DELETE FROM receipt_choices WHERE seq = ${position}`),
      remove: async () => directory.remove(),
    };
  },
};

const postgresql: Engine = {
  name: 'PostgreSQL',
  async create(signer) {
    const database = await createTestDatabase();
    const run = async (statements: string) => {
      await database.admin(statements);
    };
    // Only the append-only guards: the stats go on counting what is inserted after a tampering.
    const unguarded = 'ALTER TABLE consentry.receipts DISABLE TRIGGER receipts_append_only; ALTER TABLE consentry.heads DISABLE TRIGGER heads_append_only;';
    return {
      open: (options) => createPostgresStorage(database.url, { signer, ...options }),
      update: (table, position) => run(`UPDATE consentry.${table} SET hash = hash WHERE position = ${position}`),
      delete: (table, position) => run(`DELETE FROM consentry.${table} WHERE position = ${position}`),
      failWritesFor: (subjectId) =>
        run(`CREATE FUNCTION fail_writes() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'simulated write failure'; END $$;
             CREATE TRIGGER fail_writes BEFORE INSERT ON consentry.receipts FOR EACH ROW
             WHEN (NEW.subject_id = '${subjectId}') EXECUTE FUNCTION fail_writes();`),
      tamperBody: (position, from, to) => run(`${unguarded} UPDATE consentry.receipts SET body = replace(body, '${from}', '${to}') WHERE position = ${position}`),
      tamperDelete: (position) => run(`${unguarded} DELETE FROM consentry.receipts WHERE position = ${position}`),
      tamperDeleteHeads: (position) => run(`${unguarded} DELETE FROM consentry.heads WHERE position >= ${position}`),
      tamperCut: (position) =>
        run(`${unguarded} DELETE FROM consentry.receipts WHERE position >= ${position}; DELETE FROM consentry.heads WHERE position >= ${position};
             DELETE FROM consentry.receipt_facts WHERE position >= ${position}; DELETE FROM consentry.receipt_choices WHERE position >= ${position}`),
      forgeFact: (position, receivedAt) => run(`INSERT INTO consentry.receipt_facts VALUES (${position}, '${receivedAt}', 'given', 'banner.accept_all', '2026-03', 'en')`),
      forgeGrant: (position, receivedAt, name) => run(`INSERT INTO consentry.receipt_choices VALUES (${position}, '${receivedAt}', 'category', '${name}', true)`),
      dropStatsOf: (position) => run(`DELETE FROM consentry.receipt_facts WHERE position = ${position}; DELETE FROM consentry.receipt_choices WHERE position = ${position}`),
      remove: () => database.drop(),
    };
  },
};

export const ENGINES: readonly Engine[] = [sqlite, postgresql];

// The storage engines the contract suite runs against, each with what a test does to its database
// from outside the collector: an operator's or attacker's own connection to it.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { createPostgresStorage } from '../../src/collector/storage/postgres';
import type { ReceiptStorage } from '../../src/collector/storage/receipt-log';
import { createSqliteStorage } from '../../src/collector/storage/sqlite';
import { temporaryDirectory } from '../unit/collector/fixtures';
import { createTestDatabase } from './postgres-database';

/** One empty receipt log, and raw access to the database it lives in. */
export interface LogUnderTest {
  /** Opens a storage on the log; again after closing it, to test a restart. */
  open(): Promise<ReceiptStorage>;
  /** Tries to change the row at `seq` through the database (the triggers refuse). */
  update(seq: number): Promise<void>;
  /** Tries to delete the row at `seq` through the database (the triggers refuse). */
  delete(seq: number): Promise<void>;
  /** Makes the database fail any transaction that writes a receipt of this subject, as a failing disk would. */
  failWritesFor(subjectId: string): Promise<void>;
  /** Turns off append-only and edits the stored JSON of row `seq`, replacing `from` with `to`. */
  tamperBody(seq: number, from: string, to: string): Promise<void>;
  /** Turns off append-only and deletes row `seq`. */
  tamperDelete(seq: number): Promise<void>;
  /** Removes the log and its database. */
  remove(): Promise<void>;
}

export interface Engine {
  name: string;
  create(): Promise<LogUnderTest>;
}

const sqlite: Engine = {
  name: 'SQLite',
  async create() {
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
    const unguarded = 'DROP TRIGGER IF EXISTS receipts_no_update; DROP TRIGGER IF EXISTS receipts_no_delete;';
    return {
      open: async () => createSqliteStorage(path),
      update: (seq) => run(`UPDATE receipts SET body = body WHERE seq = ${seq}`),
      delete: (seq) => run(`DELETE FROM receipts WHERE seq = ${seq}`),
      failWritesFor: (subjectId) =>
        run(`CREATE TRIGGER fail_writes BEFORE INSERT ON receipts WHEN NEW.subject_id = '${subjectId}'
             BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END;`),
      tamperBody: (seq, from, to) => run(`${unguarded} UPDATE receipts SET body = replace(body, '${from}', '${to}') WHERE seq = ${seq}`),
      tamperDelete: (seq) => run(`${unguarded} DELETE FROM receipts WHERE seq = ${seq}`),
      remove: async () => directory.remove(),
    };
  },
};

const postgresql: Engine = {
  name: 'PostgreSQL',
  async create() {
    const database = await createTestDatabase();
    const run = async (statements: string) => {
      await database.admin(statements);
    };
    const unguarded = 'ALTER TABLE consentry.receipts DISABLE TRIGGER USER;';
    return {
      open: () => createPostgresStorage(database.url),
      update: (seq) => run(`UPDATE consentry.receipts SET body = body WHERE position = ${seq}`),
      delete: (seq) => run(`DELETE FROM consentry.receipts WHERE position = ${seq}`),
      failWritesFor: (subjectId) =>
        run(`CREATE FUNCTION fail_writes() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'simulated write failure'; END $$;
             CREATE TRIGGER fail_writes BEFORE INSERT ON consentry.receipts FOR EACH ROW
             WHEN (NEW.subject_id = '${subjectId}') EXECUTE FUNCTION fail_writes();`),
      tamperBody: (seq, from, to) => run(`${unguarded} UPDATE consentry.receipts SET body = replace(body, '${from}', '${to}') WHERE position = ${seq}`),
      tamperDelete: (seq) => run(`${unguarded} DELETE FROM consentry.receipts WHERE position = ${seq}`),
      remove: () => database.drop(),
    };
  },
};

export const ENGINES: readonly Engine[] = [sqlite, postgresql];

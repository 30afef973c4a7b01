// Receipt statistics in SQLite (SPEC §8: GET /v1/stats, computed by the database).
//
// Receipts are stored as signed JSON text, and parsing a million bodies per query would take
// seconds. So the fields that stats count are copied, once, at insert time into two narrow tables,
// and an AFTER INSERT trigger fills them in the transaction that stores the receipt, so they can
// never miss one and the writer thread needs no code for them.
//
// Each table is WITHOUT ROWID, its primary key the very order the queries group by, day first: a
// range of days is one sequential read, counted group by group as it streams past, with no sort
// and no receipt body touched. (With the key on received_at alone, SQLite sorted every row of the
// range: 8 times slower on the choices table.) received_at is kept beside the key for ranges that
// start or end inside a day.
//
// They are derived data, not evidence: they could be rebuilt from the receipts at any time (the
// migration below does exactly that), and verify() checks them against the receipts
// (createSqliteStatsReads, below). A position already counted is not counted again (OR IGNORE):
// that happens only when rows were deleted behind the collector's back and their positions
// refilled, which verify reports, and the collector must go on storing receipts meanwhile.
import type Database from 'better-sqlite3';
import type { StatsDisagreement, StatsReads } from './log-pages';
import { foldStats, type ActivityRow, type ChoiceRow } from './receipt-stats';
import type { ReceiptStats, StatsBucketSize, StatsQuery } from './receipt-log';

// One extraction of the counted fields from a stored receipt, used by the trigger (for the new
// row) and by the migration (for every row already stored). A receipt carries `services` only
// once services exist (SPEC §9); json_each over a missing path yields no rows.
const FACT_COLUMNS = '(day, received_at, seq, event_type, method, revision, language)';
const FACTS_OF_RECEIPTS = `
  SELECT substr(received_at, 1, 10), received_at, seq, body ->> '$.eventType', body ->> '$.method', body ->> '$.notice.revision', body ->> '$.notice.language'
  FROM receipts`;
const CHOICE_COLUMNS = '(day, received_at, seq, kind, name, granted)';
const CHOICES_OF_RECEIPTS = `
  SELECT substr(receipts.received_at, 1, 10), receipts.received_at, receipts.seq, kinds.kind, choice.key, choice.value
  FROM receipts, (SELECT 'category' AS kind, '$.categories' AS path UNION ALL SELECT 'service', '$.services') AS kinds,
       json_each(receipts.body, kinds.path) AS choice`;

/**
 * Adds the stats tables to a receipt log and fills them from the receipts already stored. Run once,
 * inside the migration's transaction (sqlite.ts keeps the schema version).
 */
export const STATS_MIGRATION = `
CREATE TABLE receipt_facts (
  day TEXT NOT NULL,
  received_at TEXT NOT NULL,
  seq INTEGER NOT NULL,
  event_type TEXT NOT NULL,
  method TEXT NOT NULL,
  revision TEXT NOT NULL,
  language TEXT NOT NULL,
  PRIMARY KEY (day, event_type, method, revision, language, seq)
) STRICT, WITHOUT ROWID;
CREATE TABLE receipt_choices (
  day TEXT NOT NULL,
  received_at TEXT NOT NULL,
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  granted INTEGER NOT NULL,
  PRIMARY KEY (day, kind, name, granted, seq)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER receipts_stats AFTER INSERT ON receipts BEGIN
  INSERT OR IGNORE INTO receipt_facts ${FACT_COLUMNS} ${FACTS_OF_RECEIPTS} WHERE seq = NEW.seq;
  INSERT OR IGNORE INTO receipt_choices ${CHOICE_COLUMNS} ${CHOICES_OF_RECEIPTS} WHERE receipts.seq = NEW.seq;
END;
INSERT INTO receipt_facts ${FACT_COLUMNS} ${FACTS_OF_RECEIPTS};
INSERT INTO receipt_choices ${CHOICE_COLUMNS} ${CHOICES_OF_RECEIPTS};
`;

// The first day of a day's bucket. Stored times are toISOString() text, so a day is its first ten
// characters. 'weekday 1' moves forward to a Monday (staying on one), hence the six days back.
const BUCKET_START: Record<StatsBucketSize, string> = {
  day: 'day',
  week: "date(day, '-6 days', 'weekday 1')",
  month: "substr(day, 1, 7) || '-01'",
};

// The days the range touches (the key's range), then the exact times within them.
const IN_RANGE = 'day BETWEEN substr(@from, 1, 10) AND substr(@to, 1, 10) AND received_at >= @from AND received_at < @to';

// Rows are counted per day first, streaming in key order; the few per-day rows are then summed
// into weeks or months, so the date arithmetic runs per day rather than per receipt.
const activitySql = (bucket: StatsBucketSize) => `
  SELECT ${BUCKET_START[bucket]} AS start, eventType, method, revision, language, sum(receipts) AS receipts FROM (
    SELECT day, event_type AS eventType, method, revision, language, count(*) AS receipts
    FROM receipt_facts WHERE ${IN_RANGE} GROUP BY day, event_type, method, revision, language)
  GROUP BY start, eventType, method, revision, language`;
const choicesSql = (bucket: StatsBucketSize) => `
  SELECT ${BUCKET_START[bucket]} AS start, kind, name, granted, sum(receipts) AS receipts FROM (
    SELECT day, kind, name, granted, count(*) AS receipts
    FROM receipt_choices WHERE ${IN_RANGE} GROUP BY day, kind, name, granted)
  GROUP BY start, kind, name, granted`;

/** The stats query over a receipt log's read connection (the log must have had STATS_MIGRATION). */
export function createSqliteStats(db: Database.Database): (query: StatsQuery) => ReceiptStats {
  const statements = (bucket: StatsBucketSize) => ({
    activity: db.prepare<{ from: string; to: string }, ActivityRow>(activitySql(bucket)),
    choices: db.prepare<{ from: string; to: string }, Omit<ChoiceRow, 'granted'> & { granted: 0 | 1 }>(choicesSql(bucket)),
  });
  const byBucket = { day: statements('day'), week: statements('week'), month: statements('month') };
  // One read transaction: the two queries see the same snapshot while the writer goes on.
  return db.transaction((query: StatsQuery) => {
    // As in received(): '\uffff' sorts after every stored time.
    const range = { from: query.from ?? '', to: query.to ?? '\uffff' };
    const { activity, choices } = byBucket[query.bucket];
    return foldStats(query, {
      activity: activity.all(range),
      choices: choices.all(range).map((row) => ({ ...row, granted: row.granted === 1 })),
    });
  });
}

// The receipts at positions (@after, @upTo], as the trigger counts them.
const FACTS_OF_PAGE = `facts (day, received_at, seq, event_type, method, revision, language) AS (${FACTS_OF_RECEIPTS} WHERE seq > @after AND seq <= @upTo)`;
const CHOICES_OF_PAGE = `choices (day, received_at, seq, kind, name, granted) AS (${CHOICES_OF_RECEIPTS} WHERE receipts.seq > @after AND receipts.seq <= @upTo)`;

// Each row a receipt gives is looked up by the stored table's whole key, so a page costs one index
// probe per row, whatever the tables hold.
const MISSING_SQL = `
  WITH ${FACTS_OF_PAGE}, ${CHOICES_OF_PAGE},
  missing (seq) AS (
    SELECT min(seq) FROM (
      SELECT seq FROM facts WHERE NOT EXISTS (
        SELECT 1 FROM receipt_facts AS stored
        WHERE (stored.day, stored.event_type, stored.method, stored.revision, stored.language, stored.seq, stored.received_at)
            = (facts.day, facts.event_type, facts.method, facts.revision, facts.language, facts.seq, facts.received_at))
      UNION ALL
      SELECT seq FROM choices WHERE NOT EXISTS (
        SELECT 1 FROM receipt_choices AS stored
        WHERE (stored.day, stored.kind, stored.name, stored.granted, stored.seq, stored.received_at)
            = (choices.day, choices.kind, choices.name, choices.granted, choices.seq, choices.received_at))))
  SELECT missing.seq AS position, receipts.receipt_id AS receiptId, (SELECT count(*) FROM choices) AS choices
  FROM missing LEFT JOIN receipts ON receipts.seq = missing.seq`;

// Read only when the tables hold more rows than the receipts give: a scan of both.
const UNACCOUNTED_SQL = `
  WITH extra (seq) AS (
    SELECT min(seq) FROM (
      SELECT seq FROM (SELECT day, received_at, seq, event_type, method, revision, language FROM receipt_facts EXCEPT ${FACTS_OF_RECEIPTS})
      UNION ALL
      SELECT seq FROM (SELECT day, received_at, seq, kind, name, granted FROM receipt_choices EXCEPT ${CHOICES_OF_RECEIPTS})))
  SELECT extra.seq AS position, receipts.receipt_id AS receiptId FROM extra LEFT JOIN receipts ON receipts.seq = extra.seq WHERE extra.seq IS NOT NULL`;

type Disagreement = { position: number | null; receiptId: string | null };

/** What verify reads of the stats tables (log-pages.ts), on the connection and in the snapshot it reads the log from. */
export function createSqliteStatsReads(db: Database.Database): StatsReads {
  const missing = db.prepare<{ after: number; upTo: number }, Disagreement & { choices: number }>(MISSING_SQL);
  const stored = db.prepare<[], { facts: number; choices: number }>('SELECT (SELECT count(*) FROM receipt_facts) AS facts, (SELECT count(*) FROM receipt_choices) AS choices');
  const unaccounted = db.prepare<[], StatsDisagreement>(UNACCOUNTED_SQL);
  return {
    async missing(after, upTo) {
      // Let requests keep being served while a long log is checked.
      await new Promise((resolve) => setImmediate(resolve));
      const { position, receiptId, choices } = missing.get({ after, upTo })!;
      return { first: position === null ? null : { position, receiptId }, choices };
    },
    async stored() {
      return stored.get()!;
    },
    async unaccounted() {
      return unaccounted.get() ?? null;
    },
  };
}

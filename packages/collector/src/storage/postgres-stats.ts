// Receipt statistics in PostgreSQL (SPEC §8: GET /v1/stats, computed by the database), the
// counterpart of sqlite-stats.ts, which explains the design: the counted fields are copied once,
// when a receipt is stored, into two narrow tables, so the stats queries aggregate them without
// parsing a receipt body. Here a statement-level trigger does the copying, from the transition
// table of each group's one INSERT, in the group's transaction; PostgreSQL then groups with a hash
// aggregate over an index-only scan of the range. As in SQLite, a position already counted (its
// row deleted behind the collector's back, then refilled) is not counted again, and verify checks
// the tables against the receipts (createPostgresStatsReads, below): the collector's role may
// insert into them.
import type pg from 'pg';
import type { StatsDisagreement, StatsReads } from './log-pages';
import type { ReceiptStats, StatsQuery } from './receipt-log';
import { foldStats, type ActivityRow, type ChoiceRow } from './receipt-stats';

// One extraction of the counted fields, for the trigger (from the rows just inserted) and for the
// migration (from every row already stored). A receipt carries `services` only once services
// exist (SPEC §9); jsonb_each of a missing member yields no rows.
const factsOf = (source: string) => `
  SELECT r.position, r.received_at, b->>'eventType', b->>'method', b->'notice'->>'revision', b->'notice'->>'language'
  FROM ${source} AS r CROSS JOIN LATERAL (SELECT r.body::jsonb AS b) AS parsed`;
const choicesOf = (source: string) => `
  SELECT r.position, r.received_at, kinds.kind, choice.key, choice.value::boolean
  FROM ${source} AS r
  CROSS JOIN LATERAL (SELECT r.body::jsonb AS b) AS parsed
  CROSS JOIN LATERAL (VALUES ('category', b->'categories'), ('service', b->'services')) AS kinds (kind, choices)
  CROSS JOIN LATERAL jsonb_each(kinds.choices) AS choice`;

/**
 * The migration that adds the stats tables and their trigger, and fills them from the receipts
 * already stored (postgres-schema.ts runs it as version 2). A collector's role needs SELECT and
 * INSERT on both tables.
 */
export const POSTGRES_STATS_MIGRATION = `
  CREATE TABLE consentry.receipt_facts (
    position bigint PRIMARY KEY,
    received_at timestamptz NOT NULL,
    event_type text NOT NULL,
    method text NOT NULL,
    revision text NOT NULL,
    language text NOT NULL
  );
  CREATE INDEX receipt_facts_by_received ON consentry.receipt_facts (received_at) INCLUDE (event_type, method, revision, language);
  CREATE TABLE consentry.receipt_choices (
    position bigint NOT NULL,
    received_at timestamptz NOT NULL,
    kind text NOT NULL,
    name text NOT NULL,
    granted boolean NOT NULL,
    PRIMARY KEY (position, kind, name)
  );
  CREATE INDEX receipt_choices_by_received ON consentry.receipt_choices (received_at) INCLUDE (kind, name, granted);
  CREATE FUNCTION consentry.count_receipts() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO consentry.receipt_facts ${factsOf('inserted')} ON CONFLICT DO NOTHING;
    INSERT INTO consentry.receipt_choices ${choicesOf('inserted')} ON CONFLICT DO NOTHING;
    RETURN NULL;
  END
  $$;
  CREATE TRIGGER receipts_stats AFTER INSERT ON consentry.receipts
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION consentry.count_receipts();
  INSERT INTO consentry.receipt_facts ${factsOf('consentry.receipts')};
  INSERT INTO consentry.receipt_choices ${choicesOf('consentry.receipts')};
`;

// $1, $2: the range (null for an open end); $3: day, week or month. Buckets are UTC calendar days,
// ISO weeks (date_trunc's weeks start on Monday) and months, as in SQLite.
const IN_RANGE = '($1::timestamptz IS NULL OR received_at >= $1) AND ($2::timestamptz IS NULL OR received_at < $2)';
const BUCKET_START = `to_char(date_trunc($3, received_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD')`;
const ACTIVITY_SQL = `
  SELECT ${BUCKET_START} AS start, event_type AS "eventType", method, revision, language, count(*)::integer AS receipts
  FROM consentry.receipt_facts WHERE ${IN_RANGE} GROUP BY 1, 2, 3, 4, 5`;
const CHOICES_SQL = `
  SELECT ${BUCKET_START} AS start, kind, name, granted, count(*)::integer AS receipts
  FROM consentry.receipt_choices WHERE ${IN_RANGE} GROUP BY 1, 2, 3, 4`;

/** The stats of `query`, read on `client` inside a transaction it has open (one snapshot for both queries). */
export async function queryPostgresStats(client: pg.PoolClient, query: StatsQuery): Promise<ReceiptStats> {
  const values = [query.from ?? null, query.to ?? null, query.bucket];
  const activity = await client.query<ActivityRow>(ACTIVITY_SQL, values);
  const choices = await client.query<ChoiceRow>(CHOICES_SQL, values);
  return foldStats(query, { activity: activity.rows, choices: choices.rows });
}

// The stored rows of each table, in the columns factsOf and choicesOf give.
const STORED_FACTS = 'SELECT position, received_at, event_type, method, revision, language FROM consentry.receipt_facts';
const STORED_CHOICES = 'SELECT position, received_at, kind, name, granted FROM consentry.receipt_choices';

// $1, $2: the receipts at positions ($1, $2]. Their stored rows are read by position, the tables'
// key: the rows the receipts give, less those stored, leaves what is missing or changed.
const PAGE_OF_RECEIPTS = '(SELECT * FROM consentry.receipts WHERE position > $1 AND position <= $2)';
const IN_PAGE = 'WHERE position > $1 AND position <= $2';
const MISSING_SQL = `
  WITH choices AS (${choicesOf(PAGE_OF_RECEIPTS)}),
  missing AS (
    SELECT min(position) AS position FROM (
      SELECT position FROM (${factsOf(PAGE_OF_RECEIPTS)} EXCEPT ALL ${STORED_FACTS} ${IN_PAGE}) AS facts
      UNION ALL
      SELECT position FROM (TABLE choices EXCEPT ALL ${STORED_CHOICES} ${IN_PAGE}) AS choices) AS differing)
  SELECT missing.position::float8 AS position, receipts.receipt_id AS "receiptId", (SELECT count(*)::integer FROM choices) AS choices
  FROM missing LEFT JOIN consentry.receipts AS receipts ON receipts.position = missing.position`;

// Read only when the tables hold more rows than the receipts give: a scan of both.
const UNACCOUNTED_SQL = `
  WITH extra AS (
    SELECT min(position) AS position FROM (
      SELECT position FROM (${STORED_FACTS} EXCEPT ${factsOf('consentry.receipts')}) AS facts
      UNION ALL
      SELECT position FROM (${STORED_CHOICES} EXCEPT ${choicesOf('consentry.receipts')}) AS choices) AS unaccounted)
  SELECT extra.position::float8 AS position, receipts.receipt_id AS "receiptId"
  FROM extra LEFT JOIN consentry.receipts AS receipts ON receipts.position = extra.position WHERE extra.position IS NOT NULL`;

/** What verify reads of the stats tables (log-pages.ts), on `client`, inside the transaction it reads the log in. */
export function createPostgresStatsReads(client: pg.PoolClient): StatsReads {
  return {
    async missing(after, upTo) {
      const { rows } = await client.query<{ position: number | null; receiptId: string | null; choices: number }>(MISSING_SQL, [after, upTo]);
      const { position, receiptId, choices } = rows[0]!;
      return { first: position === null ? null : { position, receiptId }, choices };
    },
    async stored() {
      const { rows } = await client.query<{ facts: number; choices: number }>(
        'SELECT (SELECT count(*)::integer FROM consentry.receipt_facts) AS facts, (SELECT count(*)::integer FROM consentry.receipt_choices) AS choices',
      );
      return rows[0]!;
    },
    async unaccounted() {
      const { rows } = await client.query<StatsDisagreement>(UNACCOUNTED_SQL);
      return rows[0] ?? null;
    },
  };
}

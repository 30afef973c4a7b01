// Receipt statistics in PostgreSQL (SPEC §8: GET /v1/stats, computed by the database), the
// counterpart of sqlite-stats.ts, which explains the design: the counted fields are copied once,
// when a receipt is stored, into two narrow tables, so the stats queries aggregate them without
// parsing a receipt body. Here a statement-level trigger does the copying, from the transition
// table of each group's one INSERT, in the group's transaction; PostgreSQL then groups with a hash
// aggregate over an index-only scan of the range. As in SQLite, a position already counted (its
// row deleted behind the collector's back, then refilled) is not counted again.
import type pg from 'pg';
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

// The statistics of the chosen range: totals, the opt-in rate per category over time, how
// visitors decide over time, and the breakdowns by notice revision and language. Each chart has a
// one-sentence summary and its figures as a table (WCAG 1.1.1: the canvas is not the only way in).
import { useMemo } from 'preact/hooks';
import type { DecisionCounts, ReceiptStats, StatsBucket } from '../storage/receipt-log';
import { bucketLabel, BUCKET_HEADINGS, bucketTime, categoryTotal, decisionTotals, DECISIONS, formatCount, formatPercent, optInRate, optionalCategories, share } from './figures';
import { ScrollingTable } from './ScrollingTable';
import { TimeChart } from './TimeChart';

const RATE_RANGE: [number, number] = [0, 100];
const formatAxisPercent = (value: number) => `${value} %`;
const formatAxisCount = (value: number) => formatCount(value);

interface BucketTableProps {
  stats: ReceiptStats;
  summary: string;
  caption: string;
  /** [key, heading] of each column after the bucket's. */
  columns: readonly (readonly [string, string])[];
  cell: (bucket: StatsBucket, key: string) => string;
}

/** A chart's figures as a table, one row per bucket, folded away under `summary`. */
function BucketTable({ stats, summary, caption, columns, cell }: BucketTableProps) {
  return (
    <details>
      <summary>{summary}</summary>
      <ScrollingTable label={summary}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{BUCKET_HEADINGS[stats.bucket]}</th>
              {columns.map(([key, heading]) => (
                <th scope="col" key={key}>
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {stats.buckets.map((bucket) => (
              <tr key={bucket.start}>
                <th scope="row">{bucketLabel(bucket.start, stats.bucket)}</th>
                {columns.map(([key]) => (
                  <td key={key}>{cell(bucket, key)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollingTable>
    </details>
  );
}

function Totals({ stats }: { stats: ReceiptStats }) {
  const decisions = decisionTotals(stats);
  const receipts = stats.totals.receipts;
  return (
    <section aria-labelledby="totals-title">
      <h2 id="totals-title">Totals</h2>
      <dl class="totals">
        <div>
          <dt>Receipts</dt>
          <dd data-figure="receipts">{formatCount(receipts)}</dd>
        </div>
        {DECISIONS.map(([key, label]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd data-figure={key}>
              {formatCount(decisions[key])} <small>({formatPercent(share(decisions[key], receipts))})</small>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function OptInRates({ stats }: { stats: ReceiptStats }) {
  const categories = optionalCategories(stats);
  const chart = useMemo(
    () => ({
      times: stats.buckets.map((bucket) => bucketTime(bucket.start)),
      series: categories.map((name) => ({ label: name, values: stats.buckets.map((bucket) => optInRate(bucket.categories[name])) })),
    }),
    [stats],
  );
  const overall = categories.map((name) => [name, optInRate(categoryTotal(stats, name))] as const);
  return (
    <section aria-labelledby="optin-title">
      <h2 id="optin-title">Opt-in rate per category</h2>
      <p id="optin-summary">
        Share of receipts naming a category that granted it, per {stats.bucket}. Over the whole range: {overall.map(([name, rate]) => `${name} ${formatPercent(rate)}`).join(', ') || 'no receipts'}.
      </p>
      <TimeChart times={chart.times} series={chart.series} formatValue={formatAxisPercent} range={RATE_RANGE} />
      <BucketTable
        stats={stats}
        summary="Opt-in rates as a table"
        caption={`Opt-in rate per category and ${stats.bucket}`}
        columns={categories.map((name) => [name, name])}
        cell={(bucket, name) => formatPercent(optInRate(bucket.categories[name]))}
      />
    </section>
  );
}

function Decisions({ stats }: { stats: ReceiptStats }) {
  const chart = useMemo(
    () => ({
      times: stats.buckets.map((bucket) => bucketTime(bucket.start)),
      series: DECISIONS.map(([key, label]) => ({ label, values: stats.buckets.map((bucket) => bucket.decisions[key]) })),
    }),
    [stats],
  );
  const totals = decisionTotals(stats);
  const [topKey, topLabel] = DECISIONS.reduce((best, entry) => (totals[entry[0]] > totals[best[0]] ? entry : best));
  return (
    <section aria-labelledby="decisions-title">
      <h2 id="decisions-title">How visitors decide</h2>
      <p>
        Receipts per {stats.bucket} by how the decision was made.{' '}
        {stats.totals.receipts > 0 ? `Most often: ${topLabel}, ${formatPercent(share(totals[topKey], stats.totals.receipts))} of receipts.` : 'No receipts in this range.'}
      </p>
      <TimeChart times={chart.times} series={chart.series} formatValue={formatAxisCount} />
      <BucketTable
        stats={stats}
        summary="Decisions as a table"
        caption={`Receipts per ${stats.bucket} by decision`}
        columns={DECISIONS}
        cell={(bucket, key) => formatCount(bucket.decisions[key as keyof DecisionCounts])}
      />
    </section>
  );
}

function Breakdown({ id, title, heading, counts, total }: { id: string; title: string; heading: string; counts: Record<string, number>; total: number }) {
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return (
    <section aria-labelledby={`${id}-title`} class="breakdown">
      <h2 id={`${id}-title`}>{title}</h2>
      <table data-breakdown={id}>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col">Receipts</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([value, count]) => (
            <tr key={value}>
              <th scope="row">{value}</th>
              <td>{formatCount(count)}</td>
              <td>
                {/* 5rem for the whole: a bar beside the figure, not instead of it. */}
                <span class="share-bar" aria-hidden="true" style={{ inlineSize: `${((share(count, total) ?? 0) * 5) / 100}rem` }} />
                {formatPercent(share(count, total))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function Statistics({ stats }: { stats: ReceiptStats }) {
  return (
    <>
      <Totals stats={stats} />
      <OptInRates stats={stats} />
      <Decisions stats={stats} />
      <div class="breakdowns">
        <Breakdown id="revisions" title="By notice revision" heading="Revision" counts={stats.totals.revisions} total={stats.totals.receipts} />
        <Breakdown id="languages" title="By language" heading="Language" counts={stats.totals.languages} total={stats.totals.receipts} />
      </div>
    </>
  );
}

// The console once signed in: the range and bucket controls, the statistics of that range, its
// export, the chain's verification and a visitor's history.
import { useSignal, useSignalEffect } from '@preact/signals';
import type { ReceiptStats, StatsBucketSize } from '../storage/receipt-log';
import { downloadExport, fetchStats, type DayRange } from './api';
import { Chain } from './Chain';
import { adminToken } from './session';
import { Statistics } from './Statistics';
import { SubjectHistory } from './SubjectHistory';

const DAY = 86_400_000;
const today = () => new Date().toISOString().slice(0, 10);
/** The last 90 days, today included (all dates are UTC, as the collector's buckets are). */
const lastNinetyDays = (): DayRange => ({ from: new Date(Date.now() - 89 * DAY).toISOString().slice(0, 10), to: today() });

type Loaded = { state: 'loading' } | { state: 'ready'; stats: ReceiptStats } | { state: 'failed'; error: string };

function Export({ range }: { range: DayRange }) {
  const problem = useSignal<string | null>(null);
  const download = (format: 'ndjson' | 'csv') => async () => {
    problem.value = null;
    try {
      await downloadExport(range, format);
    } catch (error) {
      problem.value = (error as Error).message;
    }
  };
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <p>
        The receipts received from {range.from} to {range.to}, as signed: NDJSON (each line verifiable with the collector's public key) or CSV for a spreadsheet.
      </p>
      <div class="buttons">
        <button type="button" onClick={download('ndjson')}>
          Download NDJSON
        </button>
        <button type="button" onClick={download('csv')}>
          Download CSV
        </button>
      </div>
      <p role="alert" class="error">
        {problem.value}
      </p>
    </section>
  );
}

export function Dashboard() {
  const range = useSignal<DayRange>(lastNinetyDays());
  const bucket = useSignal<StatsBucketSize>('day');
  const loaded = useSignal<Loaded>({ state: 'loading' });
  useSignalEffect(() => {
    const query = [range.value, bucket.value] as const;
    let current = true;
    loaded.value = { state: 'loading' };
    fetchStats(...query).then(
      (stats) => current && (loaded.value = { state: 'ready', stats }),
      (error: Error) => current && (loaded.value = { state: 'failed', error: error.message }),
    );
    return () => {
      current = false;
    };
  });
  const setRange = (key: keyof DayRange) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    const next = { ...range.value, [key]: value };
    // An empty or reversed range is left for the visitor to finish typing.
    if (value && next.from <= next.to) range.value = next;
  };
  const current = loaded.value;
  return (
    <>
      <header class="topbar">
        <h1>Consentry console</h1>
        <button type="button" class="quiet" onClick={() => (adminToken.value = null)}>
          Sign out
        </button>
      </header>
      <main>
        <form class="range" aria-label="Range" onSubmit={(event) => event.preventDefault()}>
          <div>
            <label for="range-from">From</label>
            <input id="range-from" type="date" required value={range.value.from} max={range.value.to} onChange={setRange('from')} />
          </div>
          <div>
            <label for="range-to">To (included)</label>
            <input id="range-to" type="date" required value={range.value.to} min={range.value.from} onChange={setRange('to')} />
          </div>
          <div>
            <label for="range-bucket">Group by</label>
            <select id="range-bucket" value={bucket.value} onChange={(event) => (bucket.value = event.currentTarget.value as StatsBucketSize)}>
              <option value="day">day</option>
              <option value="week">week</option>
              <option value="month">month</option>
            </select>
          </div>
        </form>
        <p role="status" class="loading">
          {current.state === 'loading' ? 'Loading the statistics…' : ''}
        </p>
        {current.state === 'failed' && (
          <p role="alert" class="error">
            The statistics could not be loaded: {current.error}
          </p>
        )}
        {current.state === 'ready' && <Statistics stats={current.stats} />}
        <Export range={range.value} />
        <Chain />
        <SubjectHistory />
      </main>
    </>
  );
}

// The chain's verification (GET /v1/verify) on request: it re-reads and re-checks every receipt,
// which takes a while on a long log. The head hash is shown to be noted down: a later check that
// finds the same row with the same hash proves nothing was cut from the end since.
import { useSignal } from '@preact/signals';
import type { ChainReport } from '../storage/receipt-log';
import { fetchVerification } from './api';
import { formatCount } from './figures';

type Check = { state: 'idle' | 'checking' } | { state: 'done'; report: ChainReport } | { state: 'failed'; error: string };

export function Chain() {
  const check = useSignal<Check>({ state: 'idle' });
  const run = async () => {
    check.value = { state: 'checking' };
    try {
      check.value = { state: 'done', report: await fetchVerification() };
    } catch (error) {
      check.value = { state: 'failed', error: (error as Error).message };
    }
  };
  const current = check.value;
  return (
    <section aria-labelledby="chain-title">
      <h2 id="chain-title">Chain verification</h2>
      <p>Re-checks every stored receipt: its hash link to the one before, its content and its signature.</p>
      <button type="button" onClick={run} disabled={current.state === 'checking'}>
        Verify the chain
      </button>
      <div role="status" class="chain-result" data-chain={current.state === 'done' ? (current.report.ok ? 'intact' : 'broken') : current.state}>
        {current.state === 'checking' && <p>Checking every receipt…</p>}
        {current.state === 'failed' && <p class="error">The check failed: {current.error}</p>}
        {current.state === 'done' && current.report.ok && (
          <>
            <p>
              <strong>Intact.</strong> {formatCount(current.report.checked)} receipts checked.
            </p>
            {current.report.head ? (
              <p>
                Head: row {current.report.head.seq}, hash <code class="hash">{current.report.head.hash}</code>
              </p>
            ) : (
              <p>The log is empty.</p>
            )}
          </>
        )}
        {current.state === 'done' && !current.report.ok && (
          <p class="error">
            <strong>Broken</strong> at row {current.report.broken.seq} (receipt <code>{current.report.broken.receiptId}</code>): {current.report.broken.reason}.{' '}
            {formatCount(current.report.checked)} rows before it are intact.
          </p>
        )}
      </div>
    </section>
  );
}

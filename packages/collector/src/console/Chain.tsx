// The chain's verification (GET /v1/verify) on request: it re-reads and re-checks every receipt
// and signed head, which takes a while on a long log. The latest signed head is shown whole, to be
// kept: pasted back later as a kept head, verify proves the log still holds it, that is that
// nothing was cut from the end since (receipt-log.ts).
import { useSignal } from '@preact/signals';
import type { ChainReport } from '../storage/receipt-log';
import { fetchVerification } from './api';
import { formatCount } from './figures';

type Check = { state: 'idle' | 'checking' } | { state: 'done'; report: ChainReport } | { state: 'failed'; error: string };

export function Chain() {
  const check = useSignal<Check>({ state: 'idle' });
  const keptHead = useSignal('');
  const run = async (event: Event) => {
    event.preventDefault();
    check.value = { state: 'checking' };
    try {
      check.value = { state: 'done', report: await fetchVerification(keptHead.value.trim() || undefined) };
    } catch (error) {
      check.value = { state: 'failed', error: (error as Error).message };
    }
  };
  const current = check.value;
  return (
    <section aria-labelledby="chain-title">
      <h2 id="chain-title">Chain verification</h2>
      <p>Re-checks every stored receipt and signed head: hash links, content, signatures, and that nothing is missing.</p>
      <form onSubmit={run}>
        <label for="kept-head">A head you kept (optional)</label>
        <textarea id="kept-head" rows={2} spellcheck={false} aria-describedby="kept-head-help" value={keptHead.value} onInput={(event) => (keptHead.value = event.currentTarget.value)} />
        <p id="kept-head-help" class="help">
          Paste a signed head noted earlier (its JSON) to prove the log still holds it.
        </p>
        <button type="submit" disabled={current.state === 'checking'}>
          Verify the chain
        </button>
      </form>
      <div role="status" class="chain-result" data-chain={current.state === 'done' ? (current.report.ok ? 'intact' : 'broken') : current.state}>
        {current.state === 'checking' && <p>Checking every receipt…</p>}
        {current.state === 'failed' && <p class="error">The check failed: {current.error}</p>}
        {current.state === 'done' && current.report.ok && (
          <>
            <p>
              <strong>Intact.</strong> {formatCount(current.report.checked)} receipts checked.
            </p>
            {current.report.head ? (
              <>
                <p>
                  Head: position {current.report.head.position}, hash <code class="hash">{current.report.head.hash}</code>, signed {current.report.head.time}. Keep this signed head to check against
                  later:
                </p>
                <pre class="hash" data-head>
                  {JSON.stringify(current.report.head)}
                </pre>
              </>
            ) : (
              <p>The log is empty.</p>
            )}
          </>
        )}
        {current.state === 'done' && !current.report.ok && (
          <p class="error">
            <strong>Broken</strong> at position {current.report.broken.position}
            {current.report.broken.receiptId && (
              <>
                {' '}
                (receipt <code>{current.report.broken.receiptId}</code>)
              </>
            )}
            : {current.report.broken.reason}. {formatCount(current.report.checked)} rows before it are intact.
          </p>
        )}
      </div>
    </section>
  );
}

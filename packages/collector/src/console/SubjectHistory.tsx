// One visitor's receipts by subject id (GET /v1/subjects/:id/receipts), newest first: what an
// access request under GDPR Art. 15 or a dispute about one visitor's consent needs.
import { useSignal } from '@preact/signals';
import type { SignedReceipt } from '../signing';
import { fetchSubjectHistory } from './api';
import { ScrollingTable } from './ScrollingTable';

const UUID_V4 = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';

const granted = (categories: Record<string, boolean>) =>
  Object.keys(categories)
    .filter((name) => categories[name])
    .join(', ');

export function SubjectHistory() {
  const subjectId = useSignal('');
  const result = useSignal<{ subjectId: string; receipts: SignedReceipt[] } | { error: string } | null>(null);
  const search = async (event: Event) => {
    event.preventDefault();
    const id = subjectId.value.trim().toLowerCase();
    try {
      result.value = { subjectId: id, receipts: await fetchSubjectHistory(id) };
    } catch (error) {
      result.value = { error: (error as Error).message };
    }
  };
  const current = result.value;
  return (
    <section aria-labelledby="subject-title">
      <h2 id="subject-title">A visitor's history</h2>
      <form onSubmit={search} class="inline-form">
        <label for="subject-id">Subject id</label>
        <input
          id="subject-id"
          name="subjectId"
          required
          pattern={UUID_V4}
          spellcheck={false}
          autocomplete="off"
          aria-describedby="subject-help"
          value={subjectId.value}
          onInput={(event) => (subjectId.value = event.currentTarget.value)}
        />
        <button type="submit">Show receipts</button>
      </form>
      <p id="subject-help" class="help">
        The id in the visitor's <code>consentry</code> cookie or in any of their receipts (a version 4 UUID).
      </p>
      <div role="status">
        {current && 'error' in current && <p class="error">{current.error}</p>}
        {current && 'receipts' in current && current.receipts.length === 0 && <p>No receipts for {current.subjectId}.</p>}
      </div>
      {current && 'receipts' in current && current.receipts.length > 0 && (
        <ScrollingTable label="Receipts table">
          <table data-history>
            <caption>
              {current.receipts.length} receipts of {current.subjectId}, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Received</th>
                <th scope="col">Event</th>
                <th scope="col">Method</th>
                <th scope="col">Granted</th>
                <th scope="col">Revision</th>
                <th scope="col">Language</th>
              </tr>
            </thead>
            <tbody>
              {current.receipts.map((receipt) => (
                <tr key={receipt.receiptId}>
                  <th scope="row">{receipt.receivedAt.replace('T', ' ').slice(0, 19)}</th>
                  <td>{receipt.eventType}</td>
                  <td>{receipt.method}</td>
                  <td>{granted(receipt.categories)}</td>
                  <td>{receipt.notice.revision}</td>
                  <td>{receipt.notice.language}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollingTable>
      )}
    </section>
  );
}

// Asks for the admin token and keeps it for this page once the collector accepts it.
import { useSignal } from '@preact/signals';
import { isAcceptedToken } from './api';
import { adminToken } from './session';

export function TokenForm() {
  const token = useSignal('');
  const problem = useSignal<string | null>(null);
  const busy = useSignal(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    busy.value = true;
    try {
      if (await isAcceptedToken(token.value)) adminToken.value = token.value;
      else problem.value = 'The collector refused this token.';
    } catch (error) {
      problem.value = (error as Error).message;
    } finally {
      busy.value = false;
    }
  };
  return (
    <main class="sign-in">
      <h1>Consentry console</h1>
      <form onSubmit={submit}>
        <label for="admin-token">Admin token</label>
        <input
          id="admin-token"
          type="password"
          required
          autocomplete="off"
          aria-describedby="token-help"
          aria-invalid={problem.value ? 'true' : undefined}
          value={token.value}
          onInput={(event) => (token.value = event.currentTarget.value)}
        />
        <p id="token-help" class="help">
          The collector's <code>CONSENTRY_ADMIN_TOKEN</code>. It is kept by this page only, until you leave or reload it, and sent in a header, never in an address.
        </p>
        <button type="submit" disabled={busy.value}>
          Open the console
        </button>
        <p role="alert" class="error">
          {problem.value}
        </p>
      </form>
    </main>
  );
}

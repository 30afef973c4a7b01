import { useSyncExternalStore } from 'react';
import { useConsent } from 'consentry/react';
import { consent } from './consent';

// The pre-binding README recipe, which passed the live state as the server snapshot: the e2e test
// uses it (`?naive`) to show that a returning visit then fails to hydrate, so the test can fail.
const subscribe = (onChange: () => void) => consent.on('change', onChange);
const useNaiveConsent = () =>
  useSyncExternalStore(
    subscribe,
    () => consent.state,
    () => consent.state,
  );

export function App({ naive = false }: { naive?: boolean }) {
  // biome-ignore lint/correctness/useHookAtTopLevel: `naive` comes from the URL and never changes while mounted, so each render calls the same hook.
  const state = naive ? useNaiveConsent() : useConsent(consent);
  return (
    <main>
      <h1>Shop</h1>
      <p id="analytics">{state.categories.analytics ? 'Statistics on' : 'Statistics off'}</p>
      <button type="button" onClick={() => consent.set({ analytics: !state.categories.analytics })}>
        Toggle statistics
      </button>
    </main>
  );
}

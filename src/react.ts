// 'consentry/react': a consent instance's state as a React hook, safe to render on the server.
import { useCallback, useSyncExternalStore } from 'react';
import type { Consent } from './model/consent';
import { NECESSARY, type ConsentState } from './model/decision';

// useSyncExternalStore needs the same server snapshot on every call, so each instance's is built once.
const serverSnapshots = new WeakMap<Consent<string, string>, ConsentState>();

/**
 * The state a server renders: nothing decided, every optional category off. The server cannot
 * read the visitor's choice, and hydration must see what the server saw, or React reports a
 * mismatch (error #418) and re-renders the whole root. The subject id is empty: the server's
 * instance has no visitor.
 */
function undecidedState<Category extends string, Service extends string>(consent: Consent<Category, Service>): ConsentState<Category, Service> {
  let snapshot = serverSnapshots.get(consent);
  if (snapshot === undefined) {
    const { categories, services, revision } = consent.state;
    const off = (names: object) => Object.freeze(Object.fromEntries(Object.keys(names).map((name) => [name, name === NECESSARY])));
    snapshot = Object.freeze({ decided: false, categories: off(categories), services: off(services), revision, updatedAt: null, subjectId: '', method: null });
    serverSnapshots.set(consent, snapshot);
  }
  return snapshot as ConsentState<Category, Service>;
}

/**
 * The instance's current state; the component re-renders after every decision. On the server, and
 * while hydrating, it is the undecided state (every optional category off), so a page rendered on
 * the server hydrates without a mismatch; React then renders again at once with the visitor's
 * stored choice.
 *
 * @example
 * ```tsx
 * import { useConsent } from 'consentry/react';
 * import { consent } from './consent';
 *
 * export function VideoEmbed({ id }: { id: string }) {
 *   const { categories } = useConsent(consent);
 *   if (!categories.personalization) {
 *     return <button type="button" onClick={() => consent.set({ personalization: true })}>Allow videos</button>;
 *   }
 *   return <iframe src={`https://video.example/embed/${id}`} title="Video" />;
 * }
 * ```
 */
export function useConsent<Category extends string, Service extends string>(consent: Consent<Category, Service>): ConsentState<Category, Service> {
  const subscribe = useCallback((onChange: () => void) => consent.on('change', onChange), [consent]);
  return useSyncExternalStore(
    subscribe,
    () => consent.state,
    () => undecidedState(consent),
  );
}

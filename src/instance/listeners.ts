// The page's listeners of one instance (SPEC §5, `consent.on`): each follows one of the instance's
// signals in an effect of its own, so it hears every decision in the batch that records it, and
// the batch runs every effect, so every listener, even after one throws (STYLE 6).
import { effect, untracked, type ReadonlySignal } from '@preact/signals-core';
import type { Consent, Listener, ReceiptEvent, View } from '../model/consent';
import type { ConsentState } from '../model/decision';

/** The signals behind `consent.on`'s events other than `ready`. */
interface ListenedSignals {
  change: ReadonlySignal<ConsentState>;
  view: ReadonlySignal<View>;
  receipt: ReadonlySignal<ReceiptEvent | null>;
}

/**
 * `on` adds a listener as `consent.on` does (`ready` turns true once, after start-up, and its
 * listeners get the state then); `stopAll` removes every one (for `destroy`). A pair, not an
 * object: this runs in the loader, where every name that survives minification costs bytes.
 */
export function createListeners(ready: ReadonlySignal<boolean>, signals: ListenedSignals): [on: Consent['on'], stopAll: () => void] {
  const listening = new Set<() => void>();

  /** Calls `listener` with each later value of `source` (not the current one), until the returned function is called. */
  function follow<T>(source: ReadonlySignal<T>, listener: Listener<T>, skip = true): () => void {
    const stop = effect(() => {
      const value = source.value;
      if (skip) skip = false;
      // Untracked: a listener that reads other signals must not make this effect follow them.
      else untracked(() => listener(value));
    });
    listening.add(stop);
    return () => {
      listening.delete(stop);
      stop();
    };
  }

  const on: Consent['on'] = (type, listener) => {
    if (type === 'ready') {
      // Once, after start-up; a late listener is called at once.
      const call = () => (listener as Listener<ConsentState>)(signals.change.peek());
      if (ready.peek()) {
        call();
        return () => {};
      }
      const stop = follow(ready, () => {
        stop();
        call();
      });
      return stop;
    }
    return follow(signals[type as keyof ListenedSignals] as ReadonlySignal<unknown>, listener as Listener<unknown>);
  };
  const stopAll = () => {
    for (const stop of listening) stop();
  };
  return [on, stopAll];
}

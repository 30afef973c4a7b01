
import type { Listener } from '../model/consent';

/**
 * A tiny typed event emitter. Every listener runs even when an earlier one throws; the first
 * error is rethrown after all of them ran (STYLE 6), so one broken integration cannot silence
 * another.
 */
export function createEmitter<Events extends object>() {
  const listeners: { [K in keyof Events]?: Set<Listener<Events[K]>> } = {};
  return {
    on<K extends keyof Events>(type: K, listener: Listener<Events[K]>): () => void {
      (listeners[type] ??= new Set()).add(listener);
      return () => void listeners[type]?.delete(listener);
    },
    emit<K extends keyof Events>(type: K, payload: Events[K]): void {
      let failure: { error: unknown } | undefined;
      for (const listener of [...(listeners[type] ?? [])]) {
        try {
          listener(payload);
        } catch (error) {
          failure ??= { error };
        }
      }
      if (failure) throw failure.error;
    },
    clear(): void {
      for (const type in listeners) delete listeners[type];
    },
  };
}

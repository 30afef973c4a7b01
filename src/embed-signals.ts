// The script-tag build ships two files, the loader (an IIFE) and the interface (an ES module it
// imports on demand), and signals work only within one copy of @preact/signals-core: a component
// tracking through a second copy never sees the loader's signals change. So the loader hands its
// copy over, and the interface build uses it in place of its own (vite.config.ts aliases
// '@preact/signals-core' to src/embed-ui-signals.ts in the `ui` build). Like embed.ts, this is
// script-tag plumbing: the one global it touches is keyed by a registered symbol, which no page
// script collides with by accident.
import type * as SignalsCore from '@preact/signals-core';

const KEY = Symbol.for('consentry.signals-core');

/**
 * What the interface uses of @preact/signals-core (itself and through @preact/signals). Not the
 * whole module: the loader every page view downloads would then carry `action` and `createModel`,
 * which @preact/signals only re-exports and Consentry never calls.
 */
export type SharedSignals = Pick<typeof SignalsCore, 'Signal' | 'batch' | 'computed' | 'effect' | 'signal' | 'untracked'>;
type Holder = Record<typeof KEY, SharedSignals | undefined>;

/** Called by the loader, before anything can import the interface. */
export function shareSignals(core: SharedSignals): void {
  (globalThis as unknown as Holder)[KEY] = core;
}

/** The loader's copy; the interface module of the script-tag build is only ever imported by the loader, after shareSignals. */
export function sharedSignals(): SharedSignals {
  return (globalThis as unknown as Holder)[KEY]!;
}

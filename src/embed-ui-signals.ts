// '@preact/signals-core' as the script-tag interface (dist/consentry-ui.js) sees it: the loader's
// own copy (see embed-signals.ts), so the interface and @preact/signals inside it follow the very
// signals the loader writes.
import { sharedSignals } from './embed-signals';

export const { Signal, batch, computed, effect, signal, untracked } = sharedSignals();
// @preact/signals re-exports these two, and nothing in the interface calls them: the loader does
// not carry them (see SharedSignals).
export const action = undefined;
export const createModel = undefined;

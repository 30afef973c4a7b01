// The consent instance as the rest of the package sees it: its public API (SPEC §5) and what the
// interface module may do beyond it. Types only; src/instance/ implements them, and the layers
// below it import them from here so that nothing imports upward.
import type { ReadonlySignal } from '@preact/signals-core';
import type { Settings } from './config';
import type { ConsentState, Method } from './decision';
import type { Receipt } from './receipt-schema';

/** A listener for one event type; `payload` is the event's value. */
export type Listener<T> = (payload: T) => void;

/** A `receipt` event: where one receipt stands. */
export interface ReceiptEvent {
  /**
   * - `built`: no `endpoint` is configured; Consentry sends nothing, route the receipt yourself.
   * - `sent`: the collector acknowledged it (2xx).
   * - `queued`: an attempt failed for now; it waits in the outbox and is retried, on this page or a later one.
   * - `failed`: given up: the collector refused it (a 4xx other than 408/429), or the full outbox dropped it.
   */
  status: 'built' | 'sent' | 'queued' | 'failed';
  receipt: Receipt;
}

/** Which layer of the interface is showing, if any. */
export type View = 'banner' | 'preferences' | null;

/** Events a page can listen to with `consent.on` (SPEC §5). */
export interface ConsentEvents {
  /** Once, after start-up, with the state loaded from the cookie. A late listener is called at once. */
  ready: ConsentState;
  /** After every recorded decision or withdrawal. */
  change: ConsentState;
  /** When the banner or preferences open or close. */
  view: View;
  /** Where each decision's consent receipt stands: built, sent, queued for retry, or failed (SPEC §7). */
  receipt: ReceiptEvent;
}

/** The texts on screen when the visitor decided, as the UI rendered them. */
export interface ShownNotice {
  language: string;
  texts: Record<string, string>;
  /**
   * `notice.textHash` of the receipt, computed by the interface (model/notice-hash): only its
   * decisions show texts, so the hashing ships with it and not in the loader every page downloads.
   */
  textHash: Promise<string | null>;
}

/** What the UI (and other in-package modules) may do beyond the public API. */
export interface ConsentInternals {
  settings: Settings;
  decide(categories: Record<string, boolean>, method: Method, shown?: ShownNotice): void;
}

/** A module that renders the interface; returns a function that removes it. */
export interface UiModule {
  mountUI(consent: Consent, internals: ConsentInternals): () => void;
}

/**
 * What the interface module (src/ui/mount.tsx) also offers the gating code: a placeholder in place
 * of a blocked embed (SPEC §2) until its categories are granted; returns a function that removes it.
 */
export interface PlaceholderModule {
  mountPlaceholder(consent: Consent, internals: ConsentInternals, embed: HTMLElement): () => void;
}

/** How an entry point brings in the interface: lazily, so a returning visitor never loads it. */
export type LoadUi = () => Promise<UiModule>;

/** A consent instance (SPEC §5). */
export interface Consent {
  /** The current state; a new frozen object after every change. */
  readonly state: ConsentState;
  /** Which layer of the interface is showing (for a headless interface to follow). */
  readonly view: View;
  /**
   * The same, as read-only `@preact/signals-core` signals (SPEC §5): a Preact component using
   * `@preact/signals` that reads `signals.state.value` re-renders on every decision, and
   * `effect(() => …signals.state.value…)` follows it in plain code.
   *
   * @example
   * ```ts
   * import { effect } from '@preact/signals-core';
   * effect(() => console.log('analytics', consent.signals.state.value.categories.analytics));
   * ```
   */
  readonly signals: { readonly state: ReadonlySignal<ConsentState>; readonly view: ReadonlySignal<View> };
  /** Whether a category or a service (SPEC §9) is granted (`necessary` always is). */
  allowed(name: string): boolean;
  /** Grants every optional category. */
  acceptAll(): void;
  /** Refuses every optional category. */
  rejectAll(): void;
  /**
   * Grants or refuses the named categories and services; the others keep their current value. A
   * category's value goes to all its services, a service's to it alone (SPEC §9).
   *
   * @example
   * ```ts
   * consent.set({ analytics: true, ga4: false }); // analytics and its other services, but not Google Analytics
   * ```
   */
  set(choices: Record<string, boolean>): void;
  showBanner(): void;
  showPreferences(): void;
  hide(): void;
  /** Forgets the decision (recorded as a withdrawal), turns every optional category off and asks again. */
  withdraw(): void;
  on<K extends keyof ConsentEvents>(type: K, listener: Listener<ConsentEvents[K]>): () => void;
  /** Removes the interface and every listener; the instance does nothing afterwards. */
  destroy(): void;
}


// The consent instance as the rest of the package sees it: its public API (SPEC §5) and what the
// interface module may do beyond it. Types only; src/instance/ implements them, and the layers
// below it import them from here so that nothing imports upward.
import type { ReadonlySignal } from '@preact/signals-core';
import type { Settings } from './config';
import type { ConsentState, Method, NECESSARY } from './decision';
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

/**
 * Events a page can listen to with `consent.on` (SPEC §5); `Category` and `Service` as in `Consent`.
 *
 * @example
 * ```ts
 * consent.on('change', (state) => console.log(state.categories));
 * ```
 */
export interface ConsentEvents<Category extends string = string, Service extends string = string> {
  /** Once, after start-up, with the state loaded from the cookie. A late listener is called at once. */
  ready: ConsentState<Category, Service>;
  /** After every recorded decision or withdrawal. */
  change: ConsentState<Category, Service>;
  /** When the banner or preferences open or close. */
  view: View;
  /** Where each decision's consent receipt stands: built, sent, queued for retry, or failed (SPEC §7). */
  receipt: ReceiptEvent;
}

/** The texts on screen when the visitor decided, as the UI rendered them. */
export interface ShownNotice {
  language: string;
  /** By the interface's id for each: the receipt's `notice.textHash` hashes them (model/notice-hash). */
  texts: Record<string, string>;
}

/** What the UI (and other in-package modules) may do beyond the public API. */
export interface ConsentInternals {
  settings: Settings;
  /** Records a decision about the named categories and services, or, with true or false, all of them. */
  decide(choices: Record<string, boolean> | boolean, method: Method, shown?: ShownNotice): void;
}

/** A module that renders the interface; returns a function that removes it. */
export interface UiModule {
  mountUI(consent: Consent, internals: ConsentInternals): () => void;
}

/**
 * What the interface module (src/ui/island.ts) also offers the gating code: a placeholder in place
 * of a blocked embed (SPEC §2) until its categories are granted; returns a function that removes it.
 */
export interface PlaceholderModule {
  mountPlaceholder(consent: Consent, internals: ConsentInternals, embed: HTMLElement): () => void;
}

/** How an entry point brings in the interface: lazily, so a returning visitor never loads it. */
export type LoadUi = () => Promise<UiModule>;

/**
 * A consent instance (SPEC §5), made by `createConsent`. `Category` is the names of its optional
 * categories, taken from the configuration, so that `state.categories`, `allowed()` and `set()`
 * know them (a misspelt name is a type error); `string` when they are not known. `Service` is the
 * names of the services declared inside them (SPEC §9), likewise.
 *
 * @example
 * ```ts
 * const consent = createConsent({ categories: ['functional', 'analytics'] });
 * consent.allowed('analytics');   // boolean
 * consent.allowed('analytic');    // type error: not a configured category
 * ```
 */
export interface Consent<Category extends string = string, Service extends string = string> {
  /**
   * The current state; a new frozen object after every change.
   *
   * @example
   * ```ts
   * if (consent.state.decided && consent.state.categories.analytics) startAnalytics();
   * ```
   */
  readonly state: ConsentState<Category, Service>;
  /**
   * Which layer of the interface is showing: `'banner'`, `'preferences'` or `null` (for a headless
   * interface to follow).
   *
   * @example
   * ```ts
   * myBanner.hidden = consent.view !== 'banner';
   * ```
   */
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
  readonly signals: { readonly state: ReadonlySignal<ConsentState<Category, Service>>; readonly view: ReadonlySignal<View> };
  /**
   * Whether a category or a service (SPEC §9) is granted (`necessary` always is).
   *
   * @example
   * ```ts
   * if (consent.allowed('analytics')) startAnalytics();
   * ```
   */
  allowed(name: typeof NECESSARY | Category | Service): boolean;
  /**
   * Grants every optional category (a decision with method `api`).
   *
   * @example
   * ```ts
   * myAcceptButton.onclick = () => consent.acceptAll();
   * ```
   */
  acceptAll(): void;
  /**
   * Refuses every optional category (a decision with method `api`).
   *
   * @example
   * ```ts
   * myRejectButton.onclick = () => consent.rejectAll();
   * ```
   */
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
  set(choices: Partial<Record<Category | Service, boolean>>): void;
  /**
   * Opens the banner (the first layer); the interface loads if it has not yet.
   *
   * @example
   * ```ts
   * consent.showBanner();
   * ```
   */
  showBanner(): void;
  /**
   * Opens the preferences dialog, as any element with `data-consentry-open` does.
   *
   * @example
   * ```ts
   * document.querySelector('#cookie-settings')!.addEventListener('click', () => consent.showPreferences());
   * ```
   */
  showPreferences(): void;
  /**
   * Closes the banner or the preferences without recording anything (closing is not consent).
   *
   * @example
   * ```ts
   * consent.hide();
   * ```
   */
  hide(): void;
  /**
   * Forgets the decision (recorded as a withdrawal), turns every optional category off, deletes
   * their declared cookies and asks again.
   *
   * @example
   * ```ts
   * myWithdrawLink.onclick = () => consent.withdraw();
   * ```
   */
  withdraw(): void;
  /**
   * Listens to `ready`, `change`, `view` or `receipt`; returns the function that stops listening.
   *
   * @example
   * ```ts
   * const stop = consent.on('change', (state) => {
   *   if (state.categories.analytics) startAnalytics();
   * });
   * ```
   */
  on<K extends keyof ConsentEvents>(type: K, listener: Listener<ConsentEvents<Category, Service>[K]>): () => void;
  /**
   * Removes the interface, every listener and observer; the instance does nothing afterwards.
   *
   * @example
   * ```ts
   * // Vite dev: an edit re-runs the module that creates the instance; replace the old one.
   * import.meta.hot?.data.consent?.destroy();
   * export const consent = createConsent(config);
   * if (import.meta.hot) import.meta.hot.data.consent = consent;
   * ```
   */
  destroy(): void;
}

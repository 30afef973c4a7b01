import { signal, type ReadonlySignal, type Signal } from '@preact/signals-core';
import { createChoiceStore } from '../storage/cookie-store';
import type { StoredChoice } from '../storage/cookie-codec';
import { NECESSARY, type Settings } from './config';
import type { ConsentState, Method } from './decision';
import { createEmitter, type Listener } from './events';
import { randomSubjectId, randomUuid } from './random-id';
import { reportError } from './report';

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
}

/** What a receipt is built from (SPEC §7): one recorded decision. */
export interface Decision {
  receiptId: string;
  previousReceiptId: string | null;
  eventType: 'given' | 'refused' | 'updated' | 'withdrawn';
  method: Method;
  previous: ConsentState;
  state: ConsentState;
  /** The language and exact texts the visitor saw, when Consentry's interface made the decision. */
  shown?: ShownNotice;
}

/** The texts on screen when the visitor decided, as the UI rendered them. */
export interface ShownNotice {
  language: string;
  texts: Record<string, string>;
}

/** What the UI (and other in-package modules) may do beyond the public API. */
export interface ConsentInternals {
  settings: Settings;
  view: Signal<View>;
  state: ReadonlySignal<ConsentState>;
  decide(categories: Record<string, boolean>, method: Method, shown?: ShownNotice): void;
  onDecision(listener: Listener<Decision>): () => void;
}

/** A module that renders the interface; returns a function that removes it. */
export interface UiModule {
  mountUI(consent: Consent, internals: ConsentInternals): () => void;
}

/** How an entry point brings in the interface: lazily, so a returning visitor never loads it. */
export type LoadUi = () => Promise<UiModule>;

/** A consent instance (SPEC §5). */
export interface Consent {
  /** The current state; a new frozen object after every change. */
  readonly state: ConsentState;
  /** Whether a category is granted (`necessary` always is). */
  allowed(category: string): boolean;
  /** Grants every optional category. */
  acceptAll(): void;
  /** Refuses every optional category. */
  rejectAll(): void;
  /** Grants or refuses the named categories; the others keep their current value. */
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

const DAY = 86_400_000;

function sameNames(a: Record<string, boolean>, names: string[]): boolean {
  const keys = Object.keys(a);
  return keys.length === names.length && names.every((name) => name in a);
}

/** The state a stored choice gives under the current settings: undecided unless it is still valid. */
function stateFromStored(stored: StoredChoice | null, settings: Settings, subjectId: string, now: number): ConsentState {
  const names = settings.categories.map((category) => category.name);
  const valid =
    stored !== null &&
    stored.decidedAt !== null &&
    stored.method !== null &&
    // SPEC §3: a new revision or an expired decision asks again; so does a cookie that names
    // categories this site no longer has or lacks one it added, since the visitor never decided on it.
    stored.revision === settings.revision &&
    now - stored.decidedAt < settings.cookie.maxAgeDays * DAY &&
    stored.decidedAt <= now + DAY &&
    sameNames(stored.categories, names);
  const categories: Record<string, boolean> = { [NECESSARY]: true };
  for (const name of names) categories[name] = valid ? stored.categories[name] === true : false;
  return Object.freeze({
    decided: valid,
    categories: Object.freeze(categories),
    revision: settings.revision,
    updatedAt: valid ? new Date(stored.decidedAt!).toISOString() : null,
    subjectId,
    method: valid ? stored.method : null,
  });
}

/**
 * Starts a consent instance from validated settings. Entry points call this; `loadUi` is how
 * they bring in the interface (absent in the headless core).
 */
export function startConsent(settings: Settings, loadUi?: LoadUi): Consent {
  const store = createChoiceStore(settings.cookie);
  const emitter = createEmitter<ConsentEvents & { decision: Decision }>();
  const stored = store.read();
  const subjectId = stored?.subjectId ?? randomSubjectId();
  let lastReceiptId = stored?.lastReceiptId ?? null;
  const state = signal(stateFromStored(stored, settings, subjectId, Date.now()));
  const view = signal<View>(null);
  const optionalNames = settings.categories.map((category) => category.name);
  let ready = false;
  let destroyed = false;
  let unmountUi: (() => void) | undefined;
  let uiRequested = false;

  function record(categories: Record<string, boolean>, method: Method, withdrawal: boolean, shown?: ShownNotice): void {
    if (destroyed) return;
    const previous = state.value;
    const now = Date.now();
    const next: ConsentState = Object.freeze({
      decided: !withdrawal,
      categories: Object.freeze({ ...categories, [NECESSARY]: true }),
      revision: settings.revision,
      updatedAt: withdrawal ? null : new Date(now).toISOString(),
      subjectId,
      method: withdrawal ? null : method,
    });
    const optional = Object.fromEntries(optionalNames.map((name) => [name, next.categories[name] === true]));
    const receiptId = randomUuid();
    const decision: Decision = {
      receiptId,
      previousReceiptId: lastReceiptId,
      eventType: eventTypeOf(previous, next, withdrawal),
      method,
      previous,
      state: next,
      ...(shown ? { shown } : {}),
    };
    lastReceiptId = receiptId;
    store.write({
      subjectId,
      lastReceiptId,
      decidedAt: withdrawal ? null : now,
      method: withdrawal ? null : method,
      categories: optional,
      revision: settings.revision,
    });
    state.value = next;
    view.value = withdrawal ? 'banner' : null;
    try {
      emitter.emit('decision', decision);
    } finally {
      announce(next);
    }
  }

  function announce(next: ConsentState): void {
    try {
      emitter.emit('change', next);
    } finally {
      if (typeof document !== 'undefined') {
        document.dispatchEvent(new CustomEvent('consentry:change', { detail: next }));
      }
    }
  }

  function decide(choices: Record<string, boolean>, method: Method, shown?: ShownNotice): void {
    const base = state.value.categories;
    const categories: Record<string, boolean> = {};
    for (const name of optionalNames) categories[name] = state.value.decided ? base[name] === true : false;
    for (const [name, value] of Object.entries(choices)) {
      // A programmer's mistake never grants anything: unknown names and non-booleans are reported and skipped.
      if (!optionalNames.includes(name) || typeof value !== 'boolean') {
        reportError(
          `set() ignored ${JSON.stringify(name)}: ${JSON.stringify(value)}; expected one of ${optionalNames.join(', ')} with true or false.`,
        );
      } else {
        categories[name] = value;
      }
    }
    record(categories, method, false, shown);
  }

  function all(granted: boolean): Record<string, boolean> {
    return Object.fromEntries(optionalNames.map((name) => [name, granted]));
  }

  function show(next: View): void {
    if (destroyed) return;
    view.value = next;
    if (!loadUi || uiRequested) return;
    uiRequested = true;
    loadUi().then(
      (ui) => {
        if (!destroyed) unmountUi = ui.mountUI(consent, internals);
      },
      (error: unknown) => {
        uiRequested = false;
        reportError(`the consent interface could not be loaded (${String(error)}); nothing was granted.`);
      },
    );
  }

  const consent: Consent = {
    get state() {
      return state.value;
    },
    allowed: (category) => category === NECESSARY || state.value.categories[category] === true,
    acceptAll: () => record(all(true), 'api', false),
    rejectAll: () => record(all(false), 'api', false),
    set: (choices) => decide(choices, 'api'),
    showBanner: () => show('banner'),
    showPreferences: () => show('preferences'),
    hide: () => {
      view.value = null;
    },
    withdraw: () => record(all(false), 'api', true),
    on(type, listener) {
      if (type === 'ready' && ready) (listener as Listener<ConsentState>)(state.value);
      return emitter.on(type, listener);
    },
    destroy() {
      destroyed = true;
      view.value = null;
      unmountUi?.();
      stopViewEvents();
      if (typeof document !== 'undefined') document.removeEventListener('click', openFromLink);
      emitter.clear();
    },
  };

  const internals: ConsentInternals = {
    settings,
    view,
    state,
    decide,
    onDecision: (listener) => emitter.on('decision', listener),
  };

  // SPEC §4: any element with data-consentry-open, present now or added later, reopens the
  // preferences; one delegated listener serves them all without loading the UI up front.
  function openFromLink(event: Event): void {
    const opener = (event.target as Element | null)?.closest?.('[data-consentry-open]');
    if (!opener) return;
    event.preventDefault();
    show('preferences');
  }
  if (typeof document !== 'undefined') document.addEventListener('click', openFromLink);
  const stopViewEvents = view.subscribe((value) => emitter.emit('view', value));
  queueMicrotask(() => {
    if (destroyed) return;
    ready = true;
    emitter.emit('ready', state.value);
  });
  if (!state.value.decided) show('banner');
  return consent;
}

/** Classifies a decision for its receipt (SPEC §7). */
function eventTypeOf(previous: ConsentState, next: ConsentState, withdrawal: boolean): Decision['eventType'] {
  if (withdrawal) return 'withdrawn';
  const optional = Object.entries(next.categories).filter(([name]) => name !== NECESSARY);
  if (!previous.decided) return optional.some(([, granted]) => granted) ? 'given' : 'refused';
  // Turning categories off without granting any other is a withdrawal of consent (GDPR Art. 7(3)).
  const revoked = optional.some(([name, granted]) => !granted && previous.categories[name]);
  const added = optional.some(([name, granted]) => granted && !previous.categories[name]);
  return revoked && !added ? 'withdrawn' : 'updated';
}

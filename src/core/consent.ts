import { startGate } from '../gate/gate';
import { createChoiceStore } from '../storage/cookie-store';
import type { StoredChoice } from '../storage/cookie-codec';
import { buildReceipt, eventTypeOf } from '../receipts/build-receipt';
import type { Receipt } from '../receipts/schema';
import { startReceipts, type ReceiptEvent } from '../receipts/start-receipts';
import type { Settings } from './config';
import { NECESSARY, type ConsentState, type Method } from './decision';
import { startConsentMode } from './consent-mode';
import { createEmitter, type Listener } from './events';
import { readGpc } from './gpc';
import { randomUuid } from './random-id';
import { reportError, reportInterfaceFailure } from './report';

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

/** One recorded decision, as the gate, Consent Mode and receipts hear of it. */
export interface Decision {
  previous: ConsentState;
  state: ConsentState;
  /** Its receipt (SPEC §7); `notice.textHash` is still null when texts were shown (see `shown`). */
  receipt: Receipt;
  /** The language and exact texts the visitor saw, when Consentry's interface made the decision. */
  shown?: ShownNotice;
}

/** The texts on screen when the visitor decided, as the UI rendered them. */
export interface ShownNotice {
  language: string;
  texts: Record<string, string>;
  /**
   * `notice.textHash` of the receipt, computed by the interface (receipts/notice-hash): only its
   * decisions show texts, so the hashing ships with it and not in the loader every page downloads.
   */
  textHash: Promise<string | null>;
}

/** What the UI (and other in-package modules) may do beyond the public API. */
export interface ConsentInternals {
  settings: Settings;
  decide(categories: Record<string, boolean>, method: Method, shown?: ShownNotice): void;
  onDecision(listener: Listener<Decision>): () => void;
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

/** A frozen state; `decidedAt` null means no decision. */
function makeState(
  settings: Settings,
  subjectId: string,
  categories: Record<string, boolean>,
  decidedAt: number | null,
  method: Method | null,
): ConsentState {
  return Object.freeze({
    decided: decidedAt !== null,
    categories: Object.freeze({ [NECESSARY]: true, ...categories }),
    revision: settings.revision,
    updatedAt: decidedAt === null ? null : new Date(decidedAt).toISOString(),
    subjectId,
    method,
  });
}

/** Whether a stored choice still decides under the current settings and optional category `names` (SPEC §3). */
function isValidChoice(stored: StoredChoice | null, settings: Settings, names: string[], now: number): stored is StoredChoice {
  return (
    stored?.decidedAt != null &&
    // A new revision or an expired decision asks again; so does a cookie that names categories
    // this site no longer has or lacks one it added, since the visitor never decided on it.
    stored.revision === settings.revision &&
    now - stored.decidedAt < settings.cookie.maxAgeDays * DAY &&
    stored.decidedAt < now + DAY &&
    Object.keys(stored.categories).length === names.length &&
    names.every((name) => name in stored.categories)
  );
}

/**
 * Starts a consent instance from validated settings. Entry points call this; `loadUi` is how
 * they bring in the interface (absent in the headless core).
 */
export function startConsent(settings: Settings, loadUi?: LoadUi): Consent {
  // The core may run where there is no document (server rendering, workers): it then keeps state only.
  const page = typeof document === 'undefined' ? undefined : document;
  const store = createChoiceStore(settings.cookie);
  const emitter = createEmitter<ConsentEvents & { decision: Decision }>();
  const stored = store.read();
  const gpc = readGpc();
  const subjectId = stored?.subjectId ?? randomUuid();
  const names = settings.categories.map((category) => category.name);
  const all = (granted: boolean) => Object.fromEntries(names.map((name) => [name, granted]));
  let lastReceiptId = stored?.lastReceiptId ?? null;
  let state = isValidChoice(stored, settings, names, Date.now())
    ? makeState(settings, subjectId, stored.categories, stored.decidedAt, stored.method)
    : makeState(settings, subjectId, all(false), null, null);
  let view: View = null;
  let ready = false;
  let destroyed = false;
  let ui: Promise<(() => void) | void> | undefined;

  function setView(next: View): void {
    if (next === view || destroyed) return;
    view = next;
    emitter.emit('view', next);
  }

  function record(categories: Record<string, boolean>, method: Method, withdrawal?: boolean, shown?: ShownNotice): void {
    if (destroyed) return;
    const previous = state;
    const receiptId = randomUuid();
    const decidedAt = withdrawal ? null : Date.now();
    state = makeState(settings, subjectId, categories, decidedAt, withdrawal ? null : method);
    store.write({
      subjectId,
      lastReceiptId: receiptId,
      decidedAt,
      method: state.method,
      categories,
      revision: settings.revision,
    });
    const receipt = buildReceipt(
      settings,
      {
        receiptId,
        subjectId,
        eventType: eventTypeOf(previous, state, withdrawal),
        method,
        categories: state.categories,
        previousReceiptId: lastReceiptId,
      },
      gpc,
      shown,
    );
    lastReceiptId = receiptId;
    // SPEC §3: a withdrawal asks again; any other decision closes the interface.
    setView(withdrawal ? 'banner' : null);
    const next = state;
    try {
      emitter.emit('decision', { previous, state: next, receipt, shown });
      emitter.emit('change', next);
    } finally {
      page?.dispatchEvent(new CustomEvent('consentry:change', { detail: next }));
    }
  }

  function decide(choices: Record<string, boolean>, method: Method, shown?: ShownNotice): void {
    const categories: Record<string, boolean> = {};
    for (const name of names) categories[name] = state.categories[name] === true;
    for (const [name, value] of Object.entries(choices)) {
      // A programmer's mistake never grants anything: unknown names and non-booleans are reported and skipped.
      if (names.includes(name) && typeof value === 'boolean') categories[name] = value;
      else reportError(`ignored ${name}: ${JSON.stringify(value)}; expected one of ${names.join(', ')} with true or false.`);
    }
    record(categories, method, false, shown);
  }

  function show(next: View): void {
    setView(next);
    // Without a document (server rendering, workers) there is nothing to mount into: the instance
    // keeps state only, and never loads the interface (issue 20).
    if (!page) return;
    ui ??= loadUi?.().then(
      (module) => (destroyed ? undefined : module.mountUI(consent, internals)),
      (error: unknown) => {
        ui = undefined;
        reportInterfaceFailure(error);
      },
    );
  }

  // SPEC §4: any element with data-consentry-open, present now or added later, reopens the
  // preferences; one delegated listener serves them all without loading the UI up front.
  function openFromLink(event: Event): void {
    if (!(event.target as Element | null)?.closest?.('[data-consentry-open]')) return;
    event.preventDefault();
    show('preferences');
  }

  const consent: Consent = {
    get state() {
      return state;
    },
    get view() {
      return view;
    },
    allowed: (category) => state.categories[category] === true,
    acceptAll: () => record(all(true), 'api'),
    rejectAll: () => record(all(false), 'api'),
    set: (choices) => decide(choices, 'api'),
    showBanner: () => show('banner'),
    showPreferences: () => show('preferences'),
    hide: () => setView(null),
    withdraw: () => record(all(false), 'api', true),
    on(type, listener) {
      if (type === 'ready' && ready) (listener as Listener<ConsentState>)(state);
      return emitter.on(type, listener);
    },
    destroy() {
      setView(null);
      destroyed = true;
      ui?.then((unmount) => unmount?.());
      stopGate?.();
      page?.removeEventListener('click', openFromLink);
      stopReceipts();
      emitter.clear();
    },
  };

  const internals: ConsentInternals = {
    settings,
    decide,
    onDecision: (listener) => emitter.on('decision', listener),
  };
  const stopReceipts = startReceipts(internals, (event) => emitter.emit('receipt', event));

  // Consent Mode's default must precede every later tag, and both it and the gate must hear the
  // GPC refusal below.
  if (page && settings.consentMode) startConsentMode(consent, internals);
  const stopGate = page && startGate(consent, internals, loadUi);
  // SPEC §3: with nothing decided, GPC in `reject` mode is a refusal and no banner shows;
  // `preselect` and `ignore` show the banner, where optional categories always start off.
  if (!state.decided && gpc && settings.gpc === 'reject') record(all(false), 'gpc');
  page?.addEventListener('click', openFromLink);
  queueMicrotask(() => {
    if (destroyed) return;
    ready = true;
    emitter.emit('ready', state);
  });
  if (!state.decided) show('banner');
  // The optional floating button (SPEC §4) must be on every page, so a site that enables it loads
  // the interface for returning visitors too; without it they never download it (SPEC §1).
  else if (settings.ui.reopenButton) show(null);
  return consent;
}

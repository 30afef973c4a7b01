import { batch, computed, effect, signal, untracked, type ReadonlySignal } from '@preact/signals-core';
import type { Consent, ConsentInternals, Listener, LoadUi, PlaceholderModule, ReceiptEvent, ShownNotice, View } from '../model/consent';
import type { Settings } from '../model/config';
import { NECESSARY, type ConsentState, type Method } from '../model/decision';
import { randomUuid } from '../model/ids';
import { reportError, reportInterfaceFailure } from '../model/report';
import { startConsentMode } from '../consent-mode/google';
import { startGate } from '../gate/gate';
import { buildReceipt, eventTypeOf } from '../receipts/build-receipt';
import { startReceipts } from '../receipts/start-receipts';
import type { StoredChoice } from '../storage/cookie-codec';
import { createChoiceStore, deleteCookies } from '../storage/cookies';
import { readGpc } from './gpc';

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
 *
 * The state and the view are `@preact/signals-core` signals (SPEC §5): `consent.state`,
 * `consent.view`, `allowed()` and `on('change' | 'view' | 'ready')` read them, and so do the gate,
 * Consent Mode and the interface. A decision flows down as one frozen state; nothing below the
 * instance writes a signal.
 */
export function startConsent(settings: Settings, loadUi?: LoadUi): Consent {
  // The core may run where there is no document (server rendering, workers): it then keeps state only.
  const page = typeof document === 'undefined' ? undefined : document;
  const store = createChoiceStore(settings.cookie);
  const stored = store.read();
  const gpc = readGpc();
  const subjectId = stored?.subjectId ?? randomUuid();
  const names = settings.categories.map((category) => category.name);
  const all = (granted: boolean) => Object.fromEntries(names.map((name) => [name, granted]));
  let lastReceiptId = stored?.lastReceiptId ?? null;
  const state = signal(
    isValidChoice(stored, settings, names, Date.now())
      ? makeState(settings, subjectId, stored.categories, stored.decidedAt, stored.method)
      : makeState(settings, subjectId, all(false), null, null),
  );
  const view = signal<View>(null);
  const ready = signal(false);
  // The latest receipt event: each is a new object, so every one reaches the `receipt` listeners.
  const receiptEvent = signal<ReceiptEvent | null>(null);
  // Effects the page's listeners run in, disposed by destroy().
  const listening = new Set<() => void>();
  let destroyed = false;
  let ui: Promise<(() => void) | void> | undefined;

  function setView(next: View): void {
    if (!destroyed) view.value = next;
  }

  function record(categories: Record<string, boolean>, method: Method, withdrawal?: boolean, shown?: ShownNotice): void {
    if (destroyed) return;
    const previous = state.peek();
    const receiptId = randomUuid();
    const decidedAt = withdrawal ? null : Date.now();
    const next = makeState(settings, subjectId, categories, decidedAt, withdrawal ? null : method);
    // Stored, cleaned up and sent before anyone hears of it, so that no listener or integration
    // that throws (a broken tag manager) can keep a decision from being kept and proven.
    store.write({ subjectId, lastReceiptId: receiptId, decidedAt, method: next.method, categories, revision: settings.revision });
    // SPEC §3: scripts already run cannot be un-run, but their cookies can go: a refused
    // category's cookies never survive a decision.
    if (page) deleteCookies(settings.categories.flatMap(({ name, cookies }) => (categories[name] ? [] : cookies)), settings.cookie.name);
    receipts.deliver(
      buildReceipt(
        settings,
        {
          receiptId,
          subjectId,
          eventType: eventTypeOf(previous, next, withdrawal),
          method,
          categories: next.categories,
          previousReceiptId: lastReceiptId,
        },
        gpc,
        shown,
      ),
    );
    lastReceiptId = receiptId;
    // SPEC §3: a withdrawal may reload the page once, so that nothing granted earlier keeps
    // running; the gate then activates nothing more on this page.
    const reload = page && settings.reloadOnWithdraw && names.some((name) => previous.categories[name] && !next.categories[name]);
    if (reload) stopGate?.();
    try {
      // One batch: the gate, Consent Mode, the interface and the page's listeners see the new
      // state and view together. Every effect runs; the first error is rethrown after (STYLE 6).
      batch(() => {
        state.value = next;
        // SPEC §3: a withdrawal asks again; any other decision closes the interface.
        setView(withdrawal ? 'banner' : null);
      });
    } finally {
      page?.dispatchEvent(new CustomEvent('consentry:change', { detail: next }));
      if (reload) location.reload();
    }
  }

  function decide(choices: Record<string, boolean>, method: Method, shown?: ShownNotice): void {
    const categories: Record<string, boolean> = {};
    for (const name of names) categories[name] = state.peek().categories[name] === true;
    for (const [name, value] of Object.entries(choices)) {
      // A programmer's mistake never grants anything: unknown names and non-booleans are reported and skipped.
      if (names.includes(name) && typeof value === 'boolean') categories[name] = value;
      else reportError(`ignored ${name}: ${JSON.stringify(value)}; expected one of ${names.join(', ')} with true or false.`);
    }
    record(categories, method, false, shown);
  }

  function show(next: View): void {
    setView(next);
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

  const consent: Consent = {
    get state() {
      return state.value;
    },
    get view() {
      return view.value;
    },
    signals: { state: computed(() => state.value), view: computed(() => view.value) },
    allowed: (category) => state.value.categories[category] === true,
    acceptAll: () => record(all(true), 'api'),
    rejectAll: () => record(all(false), 'api'),
    set: (choices) => decide(choices, 'api'),
    showBanner: () => show('banner'),
    showPreferences: () => show('preferences'),
    hide: () => setView(null),
    withdraw: () => record(all(false), 'api', true),
    on(type, listener) {
      if (type === 'ready') {
        // Once, after start-up; a late listener is called at once.
        const call = () => (listener as Listener<ConsentState>)(state.peek());
        if (ready.peek()) return void call(), () => {};
        const stop = follow(ready, () => (stop(), call()));
        return stop;
      }
      return follow(({ change: state, view, receipt: receiptEvent } as Record<string, ReadonlySignal<unknown>>)[type]!, listener as Listener<unknown>);
    },
    destroy() {
      setView(null);
      destroyed = true;
      ui?.then((unmount) => unmount?.());
      stopGate?.();
      stopConsentMode?.();
      page?.removeEventListener('click', openFromLink);
      receipts.stop();
      listening.forEach((stop) => stop());
    },
  };

  const internals: ConsentInternals = { settings, decide };
  const receipts = startReceipts(settings, (event) => (receiptEvent.value = event));

  // Consent Mode's default must precede every later tag, and both it and the gate must hear the
  // GPC refusal below.
  const stopConsentMode = page && settings.consentMode ? startConsentMode(settings, state) : undefined;
  const placeholder = loadUi &&
    ((embed: HTMLElement) =>
      loadUi()
        // The interface module exports mountPlaceholder beside mountUI (its tests pin both); LoadUi
        // promises only what every caller needs. Were it missing, the TypeError is reported below.
        .then((module) => (module as typeof module & PlaceholderModule).mountPlaceholder(consent, internals, embed))
        .catch(reportInterfaceFailure));
  const stopGate = page && startGate(settings, state, placeholder);
  // SPEC §3: with nothing decided, GPC in `reject` mode is a refusal and no banner shows;
  // `preselect` and `ignore` show the banner, where optional categories always start off.
  if (!state.peek().decided && gpc && settings.gpc === 'reject') record(all(false), 'gpc');
  page?.addEventListener('click', openFromLink);
  queueMicrotask(() => {
    if (!destroyed) ready.value = true;
  });
  if (!state.peek().decided) show('banner');
  // The optional floating button (SPEC §4) must be on every page, so a site that enables it loads
  // the interface for returning visitors too; without it they never download it (SPEC §1).
  else if (settings.ui.reopenButton) show(null);
  return consent;
}

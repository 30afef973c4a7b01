import { batch, computed, signal } from '@preact/signals-core';
import type { Consent, ConsentInternals, LoadUi, PlaceholderModule, ReceiptEvent, ShownNotice, View } from '../model/consent';
import type { Settings } from '../model/config';
import { NECESSARY, type ConsentState, type Method } from '../model/decision';
import { applyChoices, choiceOwners, choicesOf, everyChoice, type Choices } from '../model/choices';
import { randomUuid } from '../model/ids';
import { reportError, reportInterfaceFailure } from '../model/report';
import { startConsentMode } from '../consent-mode/google';
import { startGate } from '../gate/gate';
import type { LoadReceipts } from '../receipts/start-receipts';
import type { StoredChoice } from '../storage/cookie-codec';
import { createChoiceStore, deleteCookies } from '../storage/cookies';
import { readGpc } from './gpc';
import { createListeners } from './listeners';
import { createReceiptsLoader } from './receipts-loader';

const DAY = 86_400_000;

const pick = (choices: Choices, names: string[]) => Object.fromEntries(names.map((name) => [name, choices[name] === true]));

/** A frozen state from the choices about every optional category and service; `decidedAt` null means no decision. */
function makeState(settings: Settings, subjectId: string, choices: Choices, decidedAt: number | null, method: Method | null): ConsentState {
  return Object.freeze({
    decided: decidedAt !== null,
    categories: Object.freeze({
      [NECESSARY]: true,
      ...pick(
        choices,
        settings.categories.map(({ name }) => name),
      ),
    }),
    services: Object.freeze(
      pick(
        choices,
        settings.categories.flatMap(({ services }) => services.map(({ name }) => name)),
      ),
    ),
    revision: settings.revision,
    updatedAt: decidedAt === null ? null : new Date(decidedAt).toISOString(),
    subjectId,
    method,
  });
}

/** Whether a stored choice still decides under the current settings and choice `names` (SPEC §3). */
function isValidChoice(stored: StoredChoice | null, settings: Settings, names: string[], now: number): stored is StoredChoice {
  return (
    stored?.decidedAt != null &&
    // A new revision or an expired decision asks again; so does a cookie that names categories or
    // services this site no longer has, or lacks a category it added, since the visitor never
    // decided on it. A service it lacks takes its category's value (model/choices): a cookie
    // written before the site declared services still reads.
    stored.revision === settings.revision &&
    now - stored.decidedAt < settings.cookie.maxAgeDays * DAY &&
    stored.decidedAt < now + DAY &&
    Object.keys(stored.categories).every((name) => names.includes(name)) &&
    settings.categories.every(({ name }) => Object.hasOwn(stored.categories, name))
  );
}

/**
 * Starts a consent instance from validated settings. Entry points call this; `loadReceipts` and
 * `loadUi` are how they bring in the receipts module and the interface (absent in the headless
 * core), each only once needed.
 *
 * The state and the view are `@preact/signals-core` signals (SPEC §5): `consent.state`,
 * `consent.view`, `allowed()` and `on('change' | 'view' | 'ready')` read them, and so do the gate,
 * Consent Mode and the interface. A decision flows down as one frozen state; nothing below the
 * instance writes a signal.
 */
export function startConsent(settings: Settings, loadReceipts: LoadReceipts, loadUi?: LoadUi): Consent {
  // The core may run where there is no document (server rendering, workers): it then keeps state only.
  const page = typeof document === 'undefined' ? undefined : document;
  const store = createChoiceStore(settings.cookie);
  const stored = store.read();
  const gpc = readGpc();
  const subjectId = stored?.subjectId ?? randomUuid();
  const owners = choiceOwners(settings.categories);
  // Every optional category and service: the names a decision, the cookie and set() know.
  const names = owners.map(({ name }) => name);
  const all = (granted: boolean) => everyChoice(names, granted);
  let lastReceiptId = stored?.lastReceiptId ?? null;
  const state = signal(
    isValidChoice(stored, settings, names, Date.now())
      ? makeState(settings, subjectId, applyChoices(settings.categories, stored.categories, {}), stored.decidedAt, stored.method)
      : makeState(settings, subjectId, all(false), null, null),
  );
  const view = signal<View>(null);
  const ready = signal(false);
  // The latest receipt event: each is a new object, so every one reaches the `receipt` listeners.
  const receiptEvent = signal<ReceiptEvent | null>(null);
  let destroyed = false;
  let ui: Promise<(() => void) | void> | undefined;
  // Started at the end (the gate's placeholders are handed the instance); stopped by destroy().
  let stopConsentMode: (() => void) | undefined;
  let stopGate: (() => void) | undefined;
  const [on, stopListeners] = createListeners(ready, { change: state, view, receipt: receiptEvent });
  const [withReceipts, stopReceipts] = createReceiptsLoader(
    settings,
    loadReceipts,
    store,
    (event) => (receiptEvent.value = event),
    page,
    () => destroyed,
  );

  function setView(next: View): void {
    if (!destroyed) view.value = next;
  }

  function record(choices: Choices, method: Method, withdrawal?: boolean, shown?: ShownNotice): void {
    if (destroyed) return;
    const previous = state.peek();
    const receiptId = randomUuid();
    const decidedAt = withdrawal ? null : Date.now();
    const next = makeState(settings, subjectId, choices, decidedAt, withdrawal ? null : method);
    const granted = choicesOf(next);
    // Stored, cleaned up and sent before anyone hears of it, so that no listener or integration
    // that throws (a broken tag manager) can keep a decision from being kept and proven. Services
    // are stored beside the categories, in the same lists of names (one namespace, SPEC §9).
    store.write({ subjectId, lastReceiptId: receiptId, decidedAt, method: next.method, categories: pick(granted, names), revision: settings.revision });
    // SPEC §3, §9: scripts already run cannot be un-run, but their cookies can go: a refused
    // category's or service's cookies never survive a decision.
    if (page)
      deleteCookies(
        owners.flatMap(({ name, cookies }) => (granted[name] ? [] : cookies)),
        settings.cookie.name,
      );
    // Read now, in the task that records the decision: the receipts module may arrive later.
    const decision = {
      receiptId,
      previousReceiptId: lastReceiptId,
      method,
      previous,
      next,
      withdrawal,
      eventTime: Date.now(),
      // None without a page (server rendering).
      url: globalThis.location?.href,
      gpc,
      shown,
    };
    const recorded = withReceipts((started) => started.record(decision));
    lastReceiptId = receiptId;
    // SPEC §3: a withdrawal may reload the page once, so that nothing granted earlier keeps
    // running; the gate then activates nothing more on this page.
    const reload = page && settings.reloadOnWithdraw && names.some((name) => choicesOf(previous)[name] && !granted[name]);
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
      // Once the receipt is in the outbox: the module it needs may still be on its way.
      if (reload) recorded.then(() => location.reload());
    }
  }

  function decide(choices: Choices | boolean, method: Method, shown?: ShownNotice): void {
    if (typeof choices === 'boolean') {
      record(all(choices), method, false, shown);
      return;
    }
    const valid: Choices = {};
    for (const [name, value] of Object.entries(choices)) {
      // A programmer's mistake never grants anything: unknown names and non-booleans are reported and skipped.
      if (names.includes(name) && typeof value === 'boolean') valid[name] = value;
      else reportError(`ignored ${name}: ${JSON.stringify(value)}; expected one of ${names.join(', ')} with true or false.`);
    }
    // SPEC §9: a category's choice goes to its services, a service's to it alone.
    record(applyChoices(settings.categories, choicesOf(state.peek()), valid), method, false, shown);
  }

  const internals: ConsentInternals = { settings, decide };

  function show(next: View): void {
    setView(next);
    // Without a document (server rendering, workers) there is nothing to mount into: the instance
    // keeps state only, and never loads the interface.
    if (!page) return;
    ui ??= loadUi?.().then(
      // `consent` is the instance below: a module always arrives after start-up has returned it.
      (module) => (destroyed ? undefined : module.mountUI(consent, internals)),
      (error: unknown) => {
        ui = undefined;
        reportInterfaceFailure(error);
      },
    );
    // A decision is likely now, and its receipt must not wait for a download: the receipts module
    // comes beside the interface, so it is there before anything can be decided in it, even if
    // the visitor goes offline then (a receipt made offline waits in the outbox).
    if (next) withReceipts();
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
      return state.value;
    },
    get view() {
      return view.value;
    },
    signals: { state: computed(() => state.value), view: computed(() => view.value) },
    allowed: (name) => choicesOf(state.value)[name] === true,
    acceptAll: () => record(all(true), 'api'),
    rejectAll: () => record(all(false), 'api'),
    // decide() checks every value at run time (an explicit undefined is reported and skipped).
    set: (choices) => decide(choices as Record<string, boolean>, 'api'),
    showBanner: () => show('banner'),
    showPreferences: () => show('preferences'),
    hide: () => setView(null),
    withdraw: () => record(all(false), 'api', true),
    on,
    destroy() {
      setView(null);
      destroyed = true;
      ui?.then((unmount) => unmount?.());
      stopGate?.();
      stopConsentMode?.();
      page?.removeEventListener('click', openFromLink);
      stopReceipts();
      stopListeners();
    },
  };

  // Receipts a page left waiting are sent now (SPEC §7, on later pages).
  if (settings.endpoint && store.outboxWaiting()) withReceipts();

  // Consent Mode's default must precede every later tag, and both it and the gate must hear the
  // GPC refusal below.
  stopConsentMode = page && settings.consentMode ? startConsentMode(settings, state) : undefined;
  const placeholder =
    loadUi &&
    ((embed: HTMLElement) =>
      loadUi()
        // The interface module exports mountPlaceholder beside mountUI (its tests pin both); LoadUi
        // promises only what every caller needs. Were it missing, the TypeError is reported below.
        .then((module) => (module as typeof module & PlaceholderModule).mountPlaceholder(consent, internals, embed))
        .catch(reportInterfaceFailure));
  stopGate = page && startGate(settings, names, state, placeholder);
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

import type { Consent, ConsentEvents, ConsentInternals, Decision, LoadUi, ShownNotice, View } from '../model/consent';
import { startGate } from '../gate/gate';
import { createChoiceStore } from '../storage/choice-cookie';
import { deleteCookies } from '../storage/delete-cookies';
import type { StoredChoice } from '../storage/cookie-codec';
import { buildReceipt, eventTypeOf } from '../receipts/build-receipt';
import type { Receipt } from '../model/receipt-schema';
import { startReceipts } from '../receipts/start-receipts';
import type { ReceiptEvent } from '../model/consent';
import type { Settings } from '../model/config';
import { NECESSARY, type ConsentState, type Method } from '../model/decision';
import { startConsentMode } from '../consent-mode/google';
import { createEmitter } from './events';
import type { Listener } from '../model/consent';
import { readGpc } from './gpc';
import { randomUuid } from '../model/ids';
import { reportError, reportInterfaceFailure } from '../model/report';

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
    // SPEC §3: scripts already run cannot be un-run, but their cookies can go: a refused
    // category's cookies never survive a decision.
    if (page) deleteCookies(settings.categories.flatMap(({ name, cookies }) => (categories[name] ? [] : cookies)), settings.cookie.name);
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
    // decide() checks every value at run time (an explicit undefined is reported and skipped).
    set: (choices) => decide(choices as Record<string, boolean>, 'api'),
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

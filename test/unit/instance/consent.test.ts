import { canonicalNotice, noticeTextHash } from '../../../src/model/notice-hash';
import { effect } from '@preact/signals-core';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ConsentConfig } from '../../../src/model/config';
import type { Consent, ConsentInternals, LoadUi } from '../../../src/model/consent';
import { encodeChoice, decodeChoice, type StoredChoice } from '../../../src/storage/cookie-codec';
import { fakeUi, receiptsOf, resetPage, start } from '../consent-harness';

const DAY = 86_400_000;

/** Starts an instance with a fake interface module, to get what the real UI receives. */
async function startWithInternals(config: ConsentConfig = {}) {
  const ui = fakeUi();
  const consent = start(config, ui.loadUi);
  if (consent.view === null) consent.showBanner();
  return { consent, internals: await ui.internals };
}

function storedCookie(): StoredChoice | null {
  const entry = document.cookie.split('; ').find((cookie) => cookie.startsWith('consentry='));
  return decodeChoice(entry?.slice('consentry='.length));
}

function store(choice: Partial<StoredChoice>): void {
  document.cookie = `consentry=${encodeChoice({
    subjectId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    lastReceiptId: '9b2c6f5e-8f3a-4c1d-9e7b-2a4d6c8e0f12',
    decidedAt: Date.now() - DAY,
    method: 'banner.accept_all',
    categories: { functional: true, personalization: false, analytics: true },
    revision: '1',
    ...choice,
  })}; Path=/`;
}

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  resetPage();
  vi.useRealTimers();
});

describe('first visit', () => {
  test('no decision: everything optional is refused, only necessary is allowed, the banner is asked for', () => {
    const consent = start();
    expect(consent.state).toMatchObject({
      decided: false,
      categories: { necessary: true, functional: false, personalization: false, analytics: false },
      revision: '1',
      updatedAt: null,
      method: null,
    });
    expect(consent.state.subjectId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(consent.allowed('necessary')).toBe(true);
    expect(consent.allowed('analytics')).toBe(false);
    expect(consent.allowed('unknown')).toBe(false);
    expect(consent.view).toBe('banner');
    expect(document.cookie).not.toContain('consentry=');
  });

  test('the state object is frozen', () => {
    const consent = start();
    expect(Object.isFrozen(consent.state)).toBe(true);
    expect(Object.isFrozen(consent.state.categories)).toBe(true);
  });
});

describe('decisions', () => {
  test('acceptAll grants every optional category, stores it and announces it', () => {
    const consent = start({ revision: '2026-01' });
    const changes: unknown[] = [];
    const domEvents: unknown[] = [];
    consent.on('change', (state) => changes.push(state));
    document.addEventListener('consentry:change', (event) => domEvents.push((event as CustomEvent).detail), { once: true });
    consent.acceptAll();
    expect(consent.state).toMatchObject({
      decided: true,
      method: 'api',
      revision: '2026-01',
      categories: { necessary: true, functional: true, personalization: true, analytics: true },
    });
    expect(Date.now() - Date.parse(consent.state.updatedAt!)).toBeLessThan(60_000);
    expect(changes).toEqual([consent.state]);
    expect(domEvents).toEqual([consent.state]);
    expect(consent.view).toBeNull();
    expect(storedCookie()).toMatchObject({
      subjectId: consent.state.subjectId,
      method: 'api',
      revision: '2026-01',
      categories: { functional: true, personalization: true, analytics: true },
    });
  });

  test('rejectAll refuses every optional category', () => {
    const consent = start();
    consent.rejectAll();
    expect(consent.state.categories).toEqual({ necessary: true, functional: false, personalization: false, analytics: false });
    expect(consent.state.decided).toBe(true);
    expect(storedCookie()!.categories).toEqual({ functional: false, personalization: false, analytics: false });
  });

  test('set changes only the named categories', () => {
    const consent = start();
    consent.set({ analytics: true });
    expect(consent.state.categories).toMatchObject({ functional: false, analytics: true });
    consent.set({ functional: true });
    expect(consent.state.categories).toMatchObject({ functional: true, analytics: true });
  });

  test('set with an unknown category or a non-boolean reports it and never grants anything', () => {
    const consent = start();
    consent.set({ analytics: 'yes' as unknown as boolean, marketing: true, necessary: false });
    expect(errors).toHaveBeenCalledTimes(3);
    expect(String(errors.mock.calls[0]![0])).toMatch(/^Consentry: ignored analytics: "yes"; expected one of functional, personalization, analytics/);
    expect(consent.state.categories).toEqual({ necessary: true, functional: false, personalization: false, analytics: false });
    expect(consent.allowed('marketing')).toBe(false);
  });

  test('custom categories take part like the built-in ones', () => {
    const consent = start({ categories: { marketing: { label: 'Marketing' } } });
    consent.set({ marketing: true });
    expect(consent.allowed('marketing')).toBe(true);
    expect(storedCookie()!.categories).toMatchObject({ marketing: true, analytics: false });
  });

  test('each decision is classified and chained for its receipt', async () => {
    const { consent } = await startWithInternals();
    const { receipts: decisions, arrived } = receiptsOf(consent);
    consent.rejectAll();
    consent.set({ analytics: true });
    consent.set({ analytics: false });
    consent.set({ analytics: false, functional: true });
    consent.withdraw();
    consent.acceptAll();
    await arrived(6);
    expect(decisions.map((d) => d.eventType)).toEqual(['refused', 'updated', 'withdrawn', 'updated', 'withdrawn', 'given']);
    expect(decisions[0]!.previousReceiptId).toBeNull();
    for (let i = 1; i < decisions.length; i++) expect(decisions[i]!.previousReceiptId).toBe(decisions[i - 1]!.receiptId);
    expect(new Set(decisions.map((d) => d.receiptId)).size).toBe(decisions.length);
    expect(storedCookie()!.lastReceiptId).toBe(decisions.at(-1)!.receiptId);
  });

  test('a first decision granting anything is "given"', async () => {
    const { consent } = await startWithInternals();
    const { receipts, arrived } = receiptsOf(consent);
    const states: unknown[] = [];
    consent.on('change', (state) => states.push(state));
    expect(consent.state.decided).toBe(false);
    consent.set({ personalization: true });
    await arrived(1);
    expect(receipts[0]).toMatchObject({ eventType: 'given', method: 'api' });
    expect(states).toEqual([consent.state]);
  });

  test('the UI decides for every category and service at once with true or false', async () => {
    const { consent, internals } = await startWithInternals({ categories: { analytics: { services: { ga4: {} } }, marketing: {} } });
    internals.decide(true, 'banner.accept_all');
    expect(consent.state).toMatchObject({ method: 'banner.accept_all', categories: { functional: true, personalization: true, analytics: true, marketing: true }, services: { ga4: true } });
    internals.decide(false, 'banner.reject_all');
    expect(consent.state).toMatchObject({ method: 'banner.reject_all', categories: { functional: false, personalization: false, analytics: false, marketing: false }, services: { ga4: false } });
  });

  test('the UI records its method and the texts it showed', async () => {
    const { consent, internals } = await startWithInternals();
    const { receipts, arrived } = receiptsOf(consent);
    internals.decide({ analytics: true }, 'preferences.save', { language: 'de', texts: { title: 'Cookies' } });
    expect(consent.state.method).toBe('preferences.save');
    await arrived(1);
    expect(receipts[0]).toMatchObject({
      method: 'preferences.save',
      notice: { language: 'de', textHash: await noticeTextHash(canonicalNotice({ language: 'de', texts: { title: 'Cookies' } }, null, '1')) },
    });
  });
});

describe('withdrawal', () => {
  test('forgets the decision, refuses everything, asks again, and keeps the subject and chain', () => {
    const consent = start();
    consent.acceptAll();
    const subjectId = consent.state.subjectId;
    consent.hide();
    consent.withdraw();
    expect(consent.state).toMatchObject({ decided: false, method: null, updatedAt: null, subjectId });
    expect(consent.allowed('analytics')).toBe(false);
    expect(consent.view).toBe('banner');
    expect(storedCookie()).toMatchObject({ subjectId, decidedAt: null, method: null });
    expect(storedCookie()!.lastReceiptId).not.toBeNull();
  });
});

describe('returning visitor', () => {
  test('a valid stored decision is restored without asking or loading the interface', async () => {
    store({});
    const loadUi = vi.fn<LoadUi>();
    const consent = start({}, loadUi);
    expect(consent.state).toMatchObject({
      decided: true,
      method: 'banner.accept_all',
      subjectId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      categories: { necessary: true, functional: true, personalization: false, analytics: true },
    });
    expect(consent.view).toBeNull();
    await Promise.resolve();
    expect(loadUi).not.toHaveBeenCalled();
  });

  test.each([
    ['another revision', { revision: '0' }],
    ['an expired decision', { decidedAt: Date.now() - 181 * DAY }],
    ['a decision dated in the future', { decidedAt: Date.now() + 2 * DAY }],
    ['a category the site no longer has', { categories: { functional: true, personalization: false, analytics: true, ads: true } }],
    ['a category the site added since', { categories: { functional: true, analytics: true } }],
    ['a withdrawn decision', { decidedAt: null, method: null }],
  ])('%s asks again and keeps the subject id', (_, choice) => {
    store(choice as Partial<StoredChoice>);
    const consent = start();
    expect(consent.state.decided).toBe(false);
    expect(consent.state.subjectId).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(consent.view).toBe('banner');
  });

  test('the expiry follows cookie.maxAgeDays', () => {
    store({ decidedAt: Date.now() - 40 * DAY });
    expect(start({ cookie: { maxAgeDays: 30 } }).state.decided).toBe(false);
    expect(start({ cookie: { maxAgeDays: 60 } }).state.decided).toBe(true);
  });

  test('the receipt chain continues from the stored last receipt', async () => {
    store({});
    const { consent } = await startWithInternals();
    const { receipts: decisions, arrived } = receiptsOf(consent);
    consent.rejectAll();
    await arrived(1);
    expect(decisions[0]).toMatchObject({ previousReceiptId: '9b2c6f5e-8f3a-4c1d-9e7b-2a4d6c8e0f12', eventType: 'withdrawn' });
  });
});

describe('events', () => {
  test('ready fires once after start-up; a late listener is called at once', async () => {
    const consent = start();
    const early = vi.fn();
    consent.on('ready', early);
    expect(early).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(early).toHaveBeenCalledWith(consent.state);
    const late = vi.fn();
    consent.on('ready', late);
    expect(late).toHaveBeenCalledTimes(1);
    consent.acceptAll();
    expect(early).toHaveBeenCalledTimes(1);
  });

  test('on returns an unsubscribe function', () => {
    const consent = start();
    const listener = vi.fn();
    const off = consent.on('change', listener);
    consent.acceptAll();
    off();
    consent.rejectAll();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test('every listener runs even when one throws; the first error is rethrown after', () => {
    const consent = start();
    const calls: string[] = [];
    consent.on('change', () => {
      calls.push('a');
      throw new Error('first');
    });
    consent.on('change', () => {
      calls.push('b');
      throw new Error('second');
    });
    consent.on('change', () => calls.push('c'));
    const dom = vi.fn();
    document.addEventListener('consentry:change', dom, { once: true });
    expect(() => consent.acceptAll()).toThrow('first');
    expect(calls).toEqual(['a', 'b', 'c']);
    expect(dom).toHaveBeenCalledTimes(1);
    expect(consent.state.decided).toBe(true);
  });

  test('unsubscribing after destroy is harmless', () => {
    const consent = start();
    const off = consent.on('change', () => {});
    consent.destroy();
    expect(() => off()).not.toThrow();
  });

  test('a listener added while listeners run does not run for that change', () => {
    const consent = start();
    const late = vi.fn();
    consent.on('change', () => void consent.on('change', late));
    consent.acceptAll();
    expect(late).not.toHaveBeenCalled();
    consent.rejectAll();
    expect(late).toHaveBeenCalledWith(consent.state);
  });

  test('view events follow showBanner, showPreferences and hide', () => {
    const consent = start();
    const views: unknown[] = [];
    consent.on('view', (view) => views.push(view));
    consent.hide();
    consent.showPreferences();
    consent.showBanner();
    consent.showBanner();
    expect(views).toEqual([null, 'preferences', 'banner']);
  });
});

describe('the interface is loaded lazily, once', () => {
  test('loaded when the banner must show, mounted with the instance, unmounted on destroy', async () => {
    const unmount = vi.fn();
    const mountUI = vi.fn((_consent: Consent, _internals: ConsentInternals) => unmount);
    const loadUi = vi.fn<LoadUi>(async () => ({ mountUI }));
    const consent = start({}, loadUi);
    consent.showPreferences();
    await vi.waitFor(() => expect(mountUI).toHaveBeenCalledTimes(1));
    expect(loadUi).toHaveBeenCalledTimes(1);
    expect(mountUI.mock.calls[0]![0]).toBe(consent);
    consent.destroy();
    await vi.waitFor(() => expect(unmount).toHaveBeenCalledTimes(1));
  });

  test('a failed load is reported, grants nothing, and is tried again on the next request', async () => {
    const mountUI = vi.fn(() => () => {});
    const loadUi = vi.fn<LoadUi>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue({ mountUI });
    const consent = start({}, loadUi);
    await vi.waitFor(() => expect(errors).toHaveBeenCalledTimes(1));
    expect(String(errors.mock.calls[0]![0])).toContain('the interface could not be loaded (Error: offline); nothing was granted.');
    expect(consent.state.decided).toBe(false);
    consent.showPreferences();
    await vi.waitFor(() => expect(mountUI).toHaveBeenCalledTimes(1));
  });

  test('an element with data-consentry-open, added at any time, opens the preferences', async () => {
    store({});
    const mountUI = vi.fn(() => () => {});
    const consent = start({}, async () => ({ mountUI }));
    const link = document.createElement('a');
    link.href = '#cookies';
    link.setAttribute('data-consentry-open', '');
    link.innerHTML = '<span>Cookie settings</span>';
    document.body.append(link);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.querySelector('span')!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(consent.view).toBe('preferences');
    await vi.waitFor(() => expect(mountUI).toHaveBeenCalledTimes(1));
    link.remove();
  });
});

describe('destroy', () => {
  test('stops events, link handling and decisions', () => {
    const consent = start();
    const listener = vi.fn();
    consent.on('change', listener);
    consent.destroy();
    consent.acceptAll();
    expect(listener).not.toHaveBeenCalled();
    expect(consent.state.decided).toBe(false);
    expect(consent.view).toBeNull();
    const link = document.createElement('button');
    link.setAttribute('data-consentry-open', '');
    document.body.append(link);
    link.click();
    expect(consent.view).toBeNull();
    link.remove();
  });
});

describe('reactive state (SPEC §5)', () => {
  test('signals.state and signals.view follow every decision and view, for effect() in plain code', () => {
    const consent = start();
    const seen: [boolean, string | null][] = [];
    const stop = effect(() => {
      seen.push([consent.signals.state.value.categories.analytics === true, consent.signals.view.value]);
    });
    consent.acceptAll();
    consent.showPreferences();
    consent.rejectAll();
    stop();
    consent.acceptAll();
    expect(seen).toEqual([
      [false, 'banner'],
      [true, null],
      [true, 'preferences'],
      [false, null],
    ]);
    expect(consent.signals.state.value).toBe(consent.state);
  });

  test('the signals are read-only: writing one throws and changes nothing', () => {
    const consent = start();
    const before = consent.state;
    expect(() => {
      (consent.signals.state as { value: unknown }).value = { ...before, decided: true };
    }).toThrow();
    expect(consent.state).toBe(before);
  });
});

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Receipt } from '../../../src/model/receipt-schema';
import { fakeUi, resetPage, start as startInstance } from '../consent-harness';

// Every receipt of the instances a test starts, the GPC refusal's included: it is recorded while
// the instance starts, and reported once its receipt is complete, so a listener attached right
// after start-up hears of it.
const decisions: Receipt[] = [];
function start(...args: Parameters<typeof startInstance>) {
  const consent = startInstance(...args);
  consent.on('receipt', ({ receipt }) => decisions.push(receipt));
  return consent;
}
/** Lets the receipts of the decisions made so far arrive (they wait for their notice hash). */
const settle = () => new Promise((resolve) => setTimeout(resolve));

function setGpc(value: boolean | undefined): void {
  Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, value });
}

beforeEach(() => {
  decisions.length = 0;
  setGpc(true);
});
afterEach(() => {
  setGpc(undefined);
  resetPage();
});

describe('Global Privacy Control (SPEC §3)', () => {
  test('reject (the default): a refusal of every optional category, method gpc, and no banner', async () => {
    const changes: unknown[] = [];
    const listener = (event: Event) => changes.push((event as CustomEvent).detail);
    document.addEventListener('consentry:change', listener);
    const { module, loadUi } = fakeUi();
    const consent = start({}, loadUi);
    document.removeEventListener('consentry:change', listener);
    expect(consent.state).toMatchObject({
      decided: true,
      method: 'gpc',
      categories: { necessary: true, functional: false, personalization: false, analytics: false },
    });
    expect(changes).toEqual([consent.state]);
    await vi.waitFor(() => expect(decisions).toEqual([expect.objectContaining({ eventType: 'refused', method: 'gpc', signals: { gpc: true }, categories: consent.state.categories })]));
    expect(consent.view).toBeNull();
    await Promise.resolve();
    expect(loadUi).not.toHaveBeenCalled();
    expect(module.mountUI).not.toHaveBeenCalled();
    // Stored like any decision: the next page neither asks nor records again.
    resetPageKeepingCookies();
    expect(start().state).toMatchObject({ decided: true, method: 'gpc', subjectId: consent.state.subjectId });
    await settle();
    expect(decisions).toHaveLength(1);
  });

  test.each(['preselect', 'ignore'] as const)('%s: the banner shows with every optional category off, and nothing is recorded', async (gpc) => {
    const { loadUi } = fakeUi();
    const consent = start({ gpc }, loadUi);
    expect(consent.state).toMatchObject({ decided: false, method: null, categories: { functional: false, personalization: false, analytics: false } });
    expect(consent.view).toBe('banner');
    expect(loadUi).toHaveBeenCalled();
    await settle();
    expect(decisions).toEqual([]);
  });

  test('a decision made while GPC is on says so in its signals, whatever the mode', async () => {
    start({ gpc: 'ignore' }).acceptAll();
    await settle();
    expect(decisions.map(({ method, signals }) => ({ method, signals }))).toEqual([{ method: 'api', signals: { gpc: true } }]);
  });

  test('an explicit choice wins: a stored one is kept, and one made after the GPC refusal replaces it', () => {
    setGpc(false);
    start().acceptAll();
    resetPageKeepingCookies();
    setGpc(true);
    expect(start().state).toMatchObject({ decided: true, method: 'api', categories: { analytics: true } });

    resetPage();
    const refused = start();
    expect(refused.state.method).toBe('gpc');
    refused.set({ analytics: true });
    expect(refused.state).toMatchObject({ method: 'api', categories: { analytics: true } });
    resetPageKeepingCookies();
    expect(start().state).toMatchObject({ method: 'api', categories: { analytics: true } });
  });

  test('without GPC the banner shows and decisions carry signals.gpc false', async () => {
    setGpc(undefined);
    const consent = start();
    expect(consent.view).toBe('banner');
    consent.acceptAll();
    await settle();
    expect(decisions.map((receipt) => receipt.signals)).toEqual([{ gpc: false }]);
  });
});

/** Ends the instances but keeps the stored choice, as a navigation to the next page would. */
function resetPageKeepingCookies(): void {
  const cookies = document.cookie;
  resetPage();
  for (const cookie of cookies.split('; ')) document.cookie = `${cookie}; Path=/`;
}

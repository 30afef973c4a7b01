// @vitest-environment-options { "url": "https://shop.example/checkout/step-1?coupon=alice%40example.com#pay" }
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { checkReceipt, type Receipt } from '../../../src/model/receipt-schema';
import { canonicalNotice, noticeTextHash } from '../../../src/model/notice-hash';
import { startHarness } from '../consent-harness';
import { SHOWN } from '../model/shown-notice';
import { clearBrowserState, settle } from './receipt-fixtures';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const CONFIG = { policyUrl: '/privacy', revision: '2026-01' };

afterEach(clearBrowserState);

/** Checks a receipt against the collector's schema, so a wrong field fails here, not in production. */
function expectValid(receipt: Receipt): void {
  const check = checkReceipt(JSON.parse(JSON.stringify(receipt)));
  expect(check).toEqual({ ok: true, receipt: JSON.parse(JSON.stringify(receipt)) });
}

describe('one receipt per recorded decision, per SPEC §7', () => {
  test('each kind of decision through the API: given, updated, withdrawn by set, withdrawn, refused', async () => {
    const { consent, events } = startHarness(CONFIG);
    consent.acceptAll();
    consent.set({ analytics: false, functional: true });
    consent.set({ analytics: true });
    consent.withdraw();
    consent.rejectAll();
    await settle(() => events.length === 5);

    const receipts = events.map((event) => event.receipt);
    expect(events.map((event) => event.status)).toEqual(['built', 'built', 'built', 'built', 'built']);
    expect(receipts.map((receipt) => receipt.eventType)).toEqual(['given', 'withdrawn', 'updated', 'withdrawn', 'refused']);
    for (const receipt of receipts) {
      expectValid(receipt);
      expect(receipt).toMatchObject({
        schema: 'consentry.receipt/1',
        subjectId: consent.state.subjectId,
        method: 'api',
        // Nothing of Consentry's was on screen for an API call, and the receipt says so.
        notice: { policyUrl: '/privacy', revision: '2026-01', language: 'und', textHash: null },
        signals: { gpc: false },
        page: 'https://shop.example/checkout/step-1',
        sdkVersion: version,
      });
    }
    expect(receipts[0]!.categories).toEqual({ necessary: true, functional: true, personalization: true, analytics: true });
    expect(receipts[3]!.categories).toEqual({ necessary: true, functional: false, personalization: false, analytics: false });
    // One chain per subject: each receipt points at the one before, the first at none.
    expect(receipts.map((receipt) => receipt.previousReceiptId)).toEqual([null, ...receipts.slice(0, -1).map((r) => r.receiptId)]);
    expect(new Set(receipts.map((receipt) => receipt.receiptId)).size).toBe(5);
  });

  test('the event time is when the decision was recorded, withdrawals included', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-03-01T09:30:00.125Z') });
    try {
      const { consent, events } = startHarness(CONFIG);
      consent.acceptAll();
      vi.setSystemTime(Date.parse('2026-03-02T10:00:00.000Z'));
      consent.withdraw();
      await settle(() => events.length === 2);
      expect(events.map((event) => event.receipt.eventTime)).toEqual(['2026-03-01T09:30:00.125Z', '2026-03-02T10:00:00.000Z']);
    } finally {
      vi.useRealTimers();
    }
  });

  test('a decision in the interface carries its method, language and the hash of the texts shown', async () => {
    const harness = startHarness(CONFIG);
    const internals = await harness.internals;
    internals.decide({ analytics: true, functional: true, personalization: true }, 'banner.accept_all', SHOWN);
    internals.decide({ analytics: false }, 'preferences.save', { language: 'de', texts: SHOWN.texts });
    await settle(() => harness.events.length === 2);

    const [accepted, saved] = harness.events.map((event) => event.receipt) as [Receipt, Receipt];
    expectValid(accepted);
    expectValid(saved);
    expect(accepted).toMatchObject({ eventType: 'given', method: 'banner.accept_all' });
    expect(accepted.notice).toEqual({
      policyUrl: '/privacy',
      revision: '2026-01',
      language: 'en',
      textHash: await noticeTextHash(canonicalNotice(SHOWN, '/privacy', '2026-01')),
    });
    expect(accepted.notice.textHash).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
    expect(saved).toMatchObject({ eventType: 'withdrawn', method: 'preferences.save', notice: { language: 'de' } });
    expect(saved.notice.textHash).not.toBe(accepted.notice.textHash);
  });

  test('a GPC refusal records the signal', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    try {
      // SPEC §3: with GPC on and nothing decided, the SDK records the refusal itself while starting.
      const { events } = startHarness(CONFIG);
      await settle(() => events.length === 1);
      const receipt = events[0]!.receipt;
      expectValid(receipt);
      expect(receipt).toMatchObject({
        eventType: 'refused',
        method: 'gpc',
        signals: { gpc: true },
        notice: { language: 'und', textHash: null },
      });
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    }
  });

  test('without a policy URL the notice says null', async () => {
    const { consent, events } = startHarness({ revision: '7' });
    consent.rejectAll();
    await settle(() => events.length === 1);
    expectValid(events[0]!.receipt);
    expect(events[0]!.receipt.notice).toMatchObject({ policyUrl: null, revision: '7' });
  });

  test('without an endpoint nothing is sent or stored', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no network in this test')));
    vi.stubGlobal('fetch', fetch);
    const { consent, events } = startHarness(CONFIG);
    consent.acceptAll();
    await settle(() => events.length === 1);
    expect(events[0]!.status).toBe('built');
    expect(fetch).not.toHaveBeenCalled();
    expect(localStorage.length).toBe(0);
  });
});

describe('each receipt is emitted once, complete and frozen', () => {
  test('a listener gets the receipt with its textHash already in it, and nothing in it can change afterwards', async () => {
    const { events, internals } = startHarness(CONFIG);
    (await internals).decide({ analytics: true }, 'banner.accept_all', SHOWN);
    await settle(() => events.length === 1);
    const { receipt } = events[0]!;
    expect(receipt.notice.textHash).toBe(await noticeTextHash(canonicalNotice(SHOWN, '/privacy', '2026-01')));
    for (const part of [receipt, receipt.notice, receipt.categories, receipt.signals]) expect(Object.isFrozen(part)).toBe(true);
    const emitted = JSON.stringify(receipt);
    expect(() => {
      (receipt.notice as { textHash: string | null }).textHash = null;
    }).toThrow(TypeError);
    // A few more turns, in which the old code filled the hash in after the event.
    for (let turn = 0; turn < 5; turn++) await settle();
    expect(JSON.stringify(receipt)).toBe(emitted);
    expect(events).toHaveLength(1);
  });
});

// A known mix of receipts for the stats tests (GET /v1/stats, ReceiptStorage#stats): every
// figure the tests expect is counted by hand from this table. Bucket boundaries fall on both sides
// of midnight, of a Monday and of a month's end; one receipt carries services (SPEC §9).
import { expect } from 'vitest';
import { signReceipt, type ReceiptSigner } from '../src/signing';
import type { ReceiptStorage } from '../src/storage/receipt-log';
import type { Receipt } from 'consentry/protocol';
import { validReceipt } from './fixtures';

const ALL = { necessary: true, functional: true, personalization: true, analytics: true };
const NONE = { necessary: true, functional: false, personalization: false, analytics: false };

// [receivedAt, eventType, method, categories, revision, language, services?]
type Row = [string, Receipt['eventType'], Receipt['method'], Record<string, boolean>, string, string, Record<string, boolean>?];
export const MIX: Row[] = [
  ['2026-02-27T23:59:59.999Z', 'given', 'banner.accept_all', ALL, '2026-01', 'en'], // before the range
  ['2026-02-28T10:00:00.000Z', 'given', 'banner.accept_all', ALL, '2026-01', 'en'], // Saturday
  ['2026-03-01T23:59:59.999Z', 'refused', 'banner.reject_all', NONE, '2026-01', 'de'], // Sunday
  ['2026-03-02T00:00:00.000Z', 'updated', 'preferences.save', { necessary: true, functional: true, personalization: false, analytics: true }, '2026-03', 'en'], // Monday
  ['2026-03-08T12:00:00.000Z', 'refused', 'gpc', NONE, '2026-03', 'fr'],
  ['2026-03-09T08:00:00.000Z', 'withdrawn', 'preferences.save', { necessary: true, functional: true, personalization: false, analytics: false }, '2026-03', 'en'],
  ['2026-03-31T23:59:59.999Z', 'given', 'preferences.accept_all', { ...ALL, marketing: true }, '2026-03', 'pt-BR'],
  ['2026-04-01T00:00:00.000Z', 'given', 'api', { necessary: true, analytics: true }, '2026-03', 'en', { ga4: true, matomo: false }],
  ['2026-04-01T09:30:00.000Z', 'refused', 'preferences.reject_all', NONE, '2026-03', 'de'],
  ['2026-04-02T00:00:00.000Z', 'refused', 'banner.reject_all', NONE, '2026-03', 'en'], // at `to`: outside
];
export const RANGE = { from: '2026-02-28T00:00:00.000Z', to: '2026-04-02T00:00:00.000Z' };

export const decisions = (counts: Partial<Record<'acceptAll' | 'rejectAll' | 'custom' | 'gpc' | 'withdrawn', number>>) => ({
  acceptAll: 0,
  rejectAll: 0,
  custom: 0,
  gpc: 0,
  withdrawn: 0,
  ...counts,
});
export const choice = (granted: number, refused: number) => ({ granted, refused });

/** Stores the mix through the storage API, signed as the collector signs, in order of arrival. */
export async function storeMix(storage: ReceiptStorage, signer: ReceiptSigner): Promise<void> {
  for (const [receivedAt, eventType, method, categories, revision, language, services] of MIX) {
    const base = validReceipt({ eventType, method, categories, eventTime: receivedAt });
    const receipt = { ...base, notice: { ...base.notice, revision, language }, ...(services ? { services } : {}) } as Receipt;
    const outcome = await storage.append(await signReceipt(signer, receipt, receivedAt));
    expect(outcome.created).toBe(true);
  }
}

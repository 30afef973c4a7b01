import { afterEach, describe, expect, test, vi } from 'vitest';
import { deliveryStatus, postReceipt } from '../../../src/receipts/transport';
import type { Receipt } from '../../../src/model/receipt-schema';

const RECEIPT = { receiptId: '3f0c1c9e-1d2a-4b8e-9f00-0a1b2c3d4e5f', schema: 'consentry.receipt/1' } as Receipt;

afterEach(() => vi.unstubAllGlobals());

describe('postReceipt', () => {
  const COOKIE = 'consentry; Max-Age=15552000';

  test('POSTs the receipt as JSON with keepalive to another origin, with no cookie header, and resolves with the status', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 201 }));
    vi.stubGlobal('fetch', fetch);
    expect(await postReceipt('https://collector.example/v1/receipts', RECEIPT, COOKIE)).toBe(201);
    // fetch's default credentials, same-origin: none go to another origin.
    expect(fetch).toHaveBeenCalledWith('https://collector.example/v1/receipts', {
      method: 'POST',
      keepalive: true,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(RECEIPT),
      signal: expect.any(AbortSignal),
    });
  });

  test.each([
    ['a path', '/consent/v1/receipts'],
    ['an absolute URL of the page’s origin', `${location.origin}/consent/v1/receipts`],
  ])('to the page’s own origin (%s) it describes the choice cookie in Consentry-Cookie, for a collector that sets it', async (_, endpoint) => {
    const fetch = vi.fn(async () => new Response(null, { status: 201 }));
    vi.stubGlobal('fetch', fetch);
    expect(await postReceipt(endpoint, RECEIPT, COOKIE)).toBe(201);
    expect(fetch).toHaveBeenCalledWith(endpoint, expect.objectContaining({ headers: { 'content-type': 'application/json', 'consentry-cookie': COOKIE } }));
    expect(fetch.mock.calls[0]).not.toHaveProperty('1.credentials');
  });

  test('resolves with 0, never rejects, when no response comes (offline, CORS refused, timeout)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(await postReceipt('/v1/receipts', RECEIPT, 'consentry; Max-Age=86400')).toBe(0);
  });
});

describe('deliveryStatus', () => {
  test.each([
    [200, 'sent'],
    [201, 'sent'],
    [204, 'sent'],
    [0, 'queued'],
    [408, 'queued'],
    [429, 'queued'],
    [500, 'queued'],
    [503, 'queued'],
    [302, 'queued'],
    [400, 'failed'],
    [403, 'failed'],
    [404, 'failed'],
    [413, 'failed'],
  ] as const)('HTTP %i → %s', (status, expected) => {
    expect(deliveryStatus(status)).toBe(expected);
  });
});

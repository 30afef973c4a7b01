// @vitest-environment node
// SPEC §6, Safari's 7-day cap on cookies written by script: a collector with `setCookie` answers
// each accepted receipt with the choice cookie exactly as the SDK wrote it, and nothing else.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeChoiceCookie } from '../../src/model/grammar';
import type { Receipt } from '../../src/model/receipt-schema';
import { createChoiceStore, type CookieOptions } from '../../src/storage/cookies';
import { validReceipt } from '../fixtures/receipt';
import { openCollector } from './collector';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

let setup: ReturnType<typeof openCollector>;
beforeEach(() => {
  // The site's own https origin is listed for the collector behind a TLS proxy, which sees http.
  setup = openCollector({ setCookie: true, allowOrigins: ['https://shop.example.com', 'https://partner.example'] });
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await setup.close();
});

/** What the SDK's own store writes to document.cookie for this receipt's decision, on a page of `pageUrl`. */
function cookieTheSdkWrites(options: CookieOptions, receipt: Receipt, pageUrl: string): string {
  const written: string[] = [];
  vi.stubGlobal('document', {
    set cookie(value: string) {
      written.push(value);
    },
  });
  vi.stubGlobal('location', new URL(pageUrl));
  createChoiceStore(options).write({
    subjectId: receipt.subjectId,
    lastReceiptId: receipt.receiptId,
    decidedAt: Date.parse(receipt.eventTime),
    method: receipt.method,
    categories: { functional: true, personalization: false, analytics: true },
    revision: receipt.notice.revision,
  });
  vi.unstubAllGlobals();
  expect(written).toHaveLength(1);
  return written[0]!;
}

/** Posts a receipt to the collector at `url` as a browser would, with these request headers. */
function post(url: string, receipt: Receipt, headers: Record<string, string>): Promise<Response> {
  const body = JSON.stringify(receipt);
  return setup.collector.fetch(new Request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }));
}

/** The request headers the SDK's post carries on a page of `origin`, with the browser's cookies. */
const sdkHeaders = (origin: string, options: CookieOptions, cookie: string) => ({
  origin,
  'consentry-cookie': describeChoiceCookie(options),
  cookie: `_ga=GA1.1.1; ${cookie.split(';')[0]}; theme=dark`,
});

/** The choice cookie's value in request headers made by `sdkHeaders`. */
const choiceIn = (headers: Record<string, string>) => /(?:^|; )consentry=([^;]+)/.exec(headers.cookie!)![1];

const stored = async (receipt: Receipt) => (await setup.storage.bySubject(receipt.subjectId, 10)).map((record) => record.receiptId);

describe('a collector started with setCookie', () => {
  it('answers the receipt (201) and its retry (200) with the SDK cookie, its Domain, Secure and the configured Max-Age', async () => {
    const options = { name: 'consentry', domain: '.example.com', maxAgeDays: 200 };
    const receipt = validReceipt();
    const written = cookieTheSdkWrites(options, receipt, 'https://shop.example.com/products');
    expect(written).toContain('; Max-Age=17280000; SameSite=Lax; Domain=.example.com; Secure');
    const headers = sdkHeaders('https://shop.example.com', options, written);
    // Behind the site's own origin, where a TLS proxy forwards over plain http with the Host kept.
    const first = await post('http://shop.example.com/v1/receipts', receipt, headers);
    const retry = await post('http://shop.example.com/v1/receipts', receipt, headers);
    expect([first.status, retry.status]).toEqual([201, 200]);
    expect(first.headers.get('set-cookie')).toBe(written);
    expect(retry.headers.get('set-cookie')).toBe(written);
  });

  it('sets a host-only cookie of a configured name without Secure for an http page', async () => {
    await setup.close();
    setup = openCollector({ setCookie: { name: 'site_consent' } });
    const options = { name: 'site_consent', domain: null, maxAgeDays: 395 };
    const receipt = validReceipt();
    const written = cookieTheSdkWrites(options, receipt, 'http://127.0.0.1:8080/');
    const response = await post('http://127.0.0.1:8080/v1/receipts', receipt, sdkHeaders('http://127.0.0.1:8080', options, written));
    expect(response.status).toBe(201);
    expect(response.headers.get('set-cookie')).toBe(written);
    expect(written).toMatch(/^site_consent=2\.[0-9a-f]{32}\.[^;]+; Path=\/; Max-Age=34128000; SameSite=Lax$/);
  });

  const options = { name: 'consentry', domain: null, maxAgeDays: 180 };
  const URL_ = 'https://shop.example.com/v1/receipts';
  for (const [forgery, headers] of [
    ['a foreign Domain', (h: Record<string, string>) => ({ ...h, 'consentry-cookie': 'consentry; Max-Age=15552000; Domain=.other.example' })],
    ['a Domain that only ends like the site', (h: Record<string, string>) => ({ ...h, 'consentry-cookie': 'consentry; Max-Age=15552000; Domain=op.example.com' })],
    ['an absurd lifetime', (h: Record<string, string>) => ({ ...h, 'consentry-cookie': 'consentry; Max-Age=999999999' })],
    ['a lifetime under a day', (h: Record<string, string>) => ({ ...h, 'consentry-cookie': 'consentry; Max-Age=60' })],
    ['a name outside the grammar', (h: Record<string, string>) => ({ ...h, 'consentry-cookie': 'session.id; Max-Age=15552000', cookie: 'session.id=' + h.cookie!.split('consentry=')[1] })],
    ['another cookie named in the description', (h: Record<string, string>) => ({ ...h, 'consentry-cookie': 'theme; Max-Age=15552000' })],
    ['a value that is not this subject’s choice', (h: Record<string, string>) => ({ ...h, cookie: 'consentry=1.' + 'a'.repeat(32) + '..x' })],
    ['a value that only mentions the subject', (h: Record<string, string>) => ({ ...h, cookie: h.cookie!.replace('consentry=2.', 'consentry=fixated-session-') })],
    // A page script copies the choice into a cookie named as the site's HttpOnly session (sent first
    // from a longer path) and names it in the description: the session would be replaced for 395 days.
    [
      'another name, even holding this very choice',
      (h: Record<string, string>) => ({ ...h, 'consentry-cookie': 'session; Max-Age=34128000', cookie: `session=${choiceIn(h)}; session=site-secret; ${h.cookie}` }),
    ],
    [
      'a __Host- name holding this very choice',
      (h: Record<string, string>) => ({ ...h, 'consentry-cookie': '__Host-session; Max-Age=15552000', cookie: `__Host-session=${choiceIn(h)}; ${h.cookie}` }),
    ],
    ['two cookies of the name', (h: Record<string, string>) => ({ ...h, cookie: `consentry=${choiceIn(h)}; ${h.cookie}` })],
    ['attributes smuggled in', (h: Record<string, string>) => ({ ...h, 'consentry-cookie': 'consentry; Max-Age=15552000; HttpOnly' })],
    ['no description', ({ 'consentry-cookie': _, ...h }: Record<string, string>) => h],
    ['no Origin (not a page)', ({ origin: _, ...h }: Record<string, string>) => h],
    ['a page of another allowed origin', (h: Record<string, string>) => ({ ...h, origin: 'https://partner.example' })],
  ] as const) {
    it(`sets nothing for ${forgery}, and still stores the receipt`, async () => {
      const receipt = validReceipt();
      const written = cookieTheSdkWrites(options, receipt, 'https://shop.example.com/');
      const response = await post(URL_, receipt, headers(sdkHeaders('https://shop.example.com', options, written)));
      expect(response.status).toBe(201);
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(await stored(receipt)).toEqual([receipt.receiptId]);
    });
  }

  // The SDK writes its cookie before it posts the receipt, so the browser's copy records exactly it.
  const refusal = { eventType: 'refused', method: 'banner.reject_all', categories: { necessary: true, functional: false, personalization: false, analytics: false } } as const;
  for (const [forgery, receipt, recorded] of [
    ['a granting choice in answer to a refusing receipt', validReceipt(refusal), (receipt: Receipt) => receipt],
    ['a choice that records an earlier receipt', validReceipt(), (receipt: Receipt) => ({ ...receipt, receiptId: randomUUID() })],
  ] as const) {
    it(`sets nothing for ${forgery}, and still stores the receipt`, async () => {
      const written = cookieTheSdkWrites(options, recorded(receipt), 'https://shop.example.com/');
      const response = await post(URL_, receipt, sdkHeaders('https://shop.example.com', options, written));
      expect(response.status).toBe(201);
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(await stored(receipt)).toEqual([receipt.receiptId]);
    });
  }

  it('is off by default', async () => {
    await setup.close();
    setup = openCollector();
    const receipt = validReceipt();
    const written = cookieTheSdkWrites(options, receipt, 'https://shop.example.com/');
    const response = await post(URL_, receipt, sdkHeaders('https://shop.example.com', options, written));
    expect(response.status).toBe(201);
    expect(response.headers.get('set-cookie')).toBeNull();
  });
});

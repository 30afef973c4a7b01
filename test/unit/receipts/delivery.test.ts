// @vitest-environment-options { "url": "https://shop.example/" }
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Receipt } from '../../../src/model/receipt-schema';
import { retryDelay } from '../../../src/receipts/start-receipts';
import { loadReceipts, receiptsOf, start, startHarness } from '../consent-harness';
import { clearBrowserState, disableLocalStorage, settle, storedReceipt } from './receipt-fixtures';

const ENDPOINT = 'https://collector.example/v1/receipts';
const OUTBOX_KEY = 'consentry.receipts';

/** A fake collector: answers each post with the next status of `statuses` (then 201), recording every body. */
function collector(...statuses: number[]) {
  const posts: Receipt[] = [];
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    posts.push(JSON.parse(init.body as string));
    const status = statuses.shift() ?? 201;
    if (status === 0) throw new TypeError('Failed to fetch');
    return new Response(null, { status });
  });
  vi.stubGlobal('fetch', fetch);
  return posts;
}

const stored = (): Receipt[] => JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '[]');
const MARKER = 'consentry-outbox=1';

/** Receipts left in the outbox by an earlier page, with the marker that page left beside them. */
function plantOutbox(receipts: Receipt[]): void {
  localStorage.setItem(OUTBOX_KEY, JSON.stringify(receipts));
  document.cookie = MARKER + '; Path=/';
}

/** A later page of a visitor who decided: no banner, so only receipts waiting bring the module in. */
function startReturning(load = vi.fn(loadReceipts)) {
  const consent = start({ endpoint: ENDPOINT }, undefined, load);
  return { consent, events: receiptsOf(consent).events, load };
}

beforeEach(() => {
  // Only the clock the backoff uses is fake; `settle` turns the real event loop.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  // The top of every jitter range, so each wait is exactly its exponential bound.
  vi.spyOn(Math, 'random').mockReturnValue(1);
});

afterEach(() => {
  vi.useRealTimers();
  clearBrowserState();
});

describe('retryDelay', () => {
  test('doubles from 1 s up to 5 minutes, jittered between half and all of it', () => {
    expect([0, 1, 2, 3, 8, 9, 30].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 256_000, 300_000, 300_000]);
    vi.spyOn(Math, 'random').mockReturnValue(0);
    expect([0, 1, 9].map(retryDelay)).toEqual([500, 1000, 150_000]);
  });
});

describe('receipt delivery', () => {
  test('a receipt the collector acknowledges is sent once and leaves no trace', async () => {
    const posts = collector(201);
    const { consent, events } = startHarness({ endpoint: ENDPOINT });
    consent.acceptAll();
    await settle(() => events.length === 1);
    expect(events.map((event) => event.status)).toEqual(['sent']);
    expect(posts).toEqual([events[0]!.receipt]);
    expect(stored()).toEqual([]);
  });

  test('a failed post waits in the outbox and is retried with exponential backoff, same receiptId, until acknowledged', async () => {
    const posts = collector(503, 0, 429, 201);
    const { consent, events } = startHarness({ endpoint: ENDPOINT });
    consent.rejectAll();
    await settle(() => events.length === 1);
    expect(events[0]!.status).toBe('queued');
    const { receipt } = events[0]!;
    expect(stored()).toEqual([receipt]);

    for (const [wait, attempts] of [
      [1000, 2],
      [2000, 3],
      [4000, 4],
    ] as const) {
      await vi.advanceTimersByTimeAsync(wait - 1);
      expect(posts).toHaveLength(attempts - 1);
      await vi.advanceTimersByTimeAsync(1);
      await settle(() => events.length === attempts);
    }
    expect(events.map((event) => event.status)).toEqual(['queued', 'queued', 'queued', 'sent']);
    expect(posts.map((post) => post.receiptId)).toEqual(Array(4).fill(receipt.receiptId));
    expect(posts.every((post) => JSON.stringify(post) === JSON.stringify(receipt))).toBe(true);
    expect(stored()).toEqual([]);
    // Acknowledged: nothing is sent again, however long the page stays.
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(posts).toHaveLength(4);
  });

  test('after an acknowledgement the backoff starts again from its shortest wait', async () => {
    const posts = collector(503, 503, 201, 503, 201);
    const { consent, events } = startHarness({ endpoint: ENDPOINT });
    consent.acceptAll();
    await settle(() => events.length === 1);
    await vi.advanceTimersByTimeAsync(1000 + 2000);
    await settle(() => events.length === 3);
    consent.rejectAll();
    await settle(() => events.length === 4);
    expect(events.map((event) => event.status)).toEqual(['queued', 'queued', 'sent', 'queued']);
    await vi.advanceTimersByTimeAsync(999);
    expect(posts).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(1);
    await settle(() => events.length === 5);
    expect(events[4]).toEqual({ status: 'sent', receipt: events[3]!.receipt });
  });

  test('a refusal (4xx other than 408/429) is final: reported, dropped, never retried', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const posts = collector(400);
    const { consent, events } = startHarness({ endpoint: ENDPOINT });
    consent.acceptAll();
    await settle(() => events.length === 1);
    expect(events[0]!.status).toBe('failed');
    expect(error).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`^Consentry: .*${events[0]!.receipt.receiptId}.*400`)));
    expect(stored()).toEqual([]);
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(posts).toHaveLength(1);
  });

  test('coming back online sends what waits at once, without waiting for the backoff', async () => {
    const posts = collector(0, 201);
    const { consent, events } = startHarness({ endpoint: ENDPOINT });
    consent.acceptAll();
    await settle(() => events.length === 1);
    window.dispatchEvent(new Event('online'));
    await settle(() => events.length === 2);
    expect(events.map((event) => event.status)).toEqual(['queued', 'sent']);
    expect(posts).toHaveLength(2);
    // The pending backoff timer finds nothing left to send.
    await vi.advanceTimersByTimeAsync(1000);
    expect(posts).toHaveLength(2);
  });

  test('the next page load sends what an earlier page left in the outbox', async () => {
    collector(503);
    const first = startHarness({ endpoint: ENDPOINT });
    first.consent.acceptAll();
    await settle(() => first.events.length === 1);
    first.consent.destroy();
    const { receipt } = first.events[0]!;

    const posts = collector(201);
    const next = startHarness({ endpoint: ENDPOINT });
    await settle(() => next.events.length === 1);
    expect(next.events).toEqual([{ status: 'sent', receipt }]);
    expect(posts).toEqual([receipt]);
    expect(stored()).toEqual([]);
  });

  test('a flush while a post is on its way does not post the same receipt twice', async () => {
    let answer!: (response: Response) => void;
    const fetch = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
    vi.stubGlobal('fetch', fetch);
    const { consent, events } = startHarness({ endpoint: ENDPOINT });
    consent.acceptAll();
    await settle(() => fetch.mock.calls.length === 1);
    window.dispatchEvent(new Event('online'));
    await settle();
    expect(fetch).toHaveBeenCalledTimes(1);
    answer(new Response(null, { status: 201 }));
    await settle(() => events.length === 1);
    expect(events[0]!.status).toBe('sent');
  });

  test('destroy stops the retries; the receipt stays stored for a later page', async () => {
    const posts = collector(503);
    const { consent, events } = startHarness({ endpoint: ENDPOINT });
    consent.acceptAll();
    await settle(() => events.length === 1);
    consent.destroy();
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(posts).toHaveLength(1);
    expect(stored()).toEqual([events[0]!.receipt]);
  });

  test('a post on its way when the instance is destroyed schedules no retry if it fails', async () => {
    let answer!: (response: Response) => void;
    const fetch = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
    vi.stubGlobal('fetch', fetch);
    const { consent } = startHarness({ endpoint: ENDPOINT });
    consent.acceptAll();
    await settle(() => fetch.mock.calls.length === 1);
    consent.destroy();
    answer(new Response(null, { status: 503 }));
    await settle();
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(stored()).toHaveLength(1);
  });

  test('a receipt dropped from the full outbox is reported as failed', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const old = storedReceipt(0);
    plantOutbox(Array(50).fill(old));
    collector(...Array(51).fill(503));
    const { consent, events } = startHarness({ endpoint: ENDPOINT });
    consent.acceptAll();
    await settle(() => events.some((event) => event.status === 'failed'));
    expect(events.find((event) => event.status === 'failed')!.receipt).toEqual(old);
    expect(stored()).toHaveLength(50);
  });

  test('with storage disabled a decision is still posted and retried on this page, without any error', async () => {
    disableLocalStorage();
    const posts = collector(503, 201);
    const { consent, events } = startHarness({ endpoint: ENDPOINT });
    consent.acceptAll();
    await settle(() => events.length === 1);
    await vi.advanceTimersByTimeAsync(1000);
    await settle(() => events.length === 2);
    expect(events.map((event) => event.status)).toEqual(['queued', 'sent']);
    expect(posts[1]).toEqual(posts[0]);
  });

  test('a planted entry whose receiptId cannot become a string is dropped, never posted, and throws nowhere', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    plantOutbox([{ ...storedReceipt(1), receiptId: { toString: 1 } as unknown as string }, storedReceipt(2)]);
    // Refused, so the page names the receipt in its error, as it would a planted one.
    const posts = collector(400, 400);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { events } = startHarness({ endpoint: ENDPOINT });
    await settle(() => events.length === 1);
    await settle();
    expect(posts.map((post) => post.receiptId)).toEqual(['receipt-2']);
    expect(warn).toHaveBeenCalledOnce();
    expect(stored()).toEqual([]);
  });

  test("the posts on their way at once never carry more than keepalive's 64 KiB; the rest follow as they finish", async () => {
    // 40 receipts of about 3 KB: 120 KB in all, which one flush of keepalive posts would exceed.
    const planted = Array.from({ length: 40 }, (_, n) => storedReceipt(n, 'https://shop.example/' + 'p'.repeat(3000)));
    plantOutbox(planted);
    const waiting: { bytes: number; answer: () => void }[] = [];
    const posted: string[] = [];
    let mostInFlight = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => {
        const bytes = new Blob([init.body as string]).size;
        posted.push(JSON.parse(init.body as string).receiptId);
        return new Promise<Response>((resolve) => {
          const post = {
            bytes,
            answer: () => {
              waiting.splice(waiting.indexOf(post), 1);
              resolve(new Response(null, { status: 201 }));
            },
          };
          waiting.push(post);
          mostInFlight = Math.max(
            mostInFlight,
            waiting.reduce((sum, { bytes }) => sum + bytes, 0),
          );
        });
      }),
    );
    const { events } = startHarness({ endpoint: ENDPOINT });
    await settle(() => waiting.length > 0);
    await settle();
    expect(waiting.length).toBeGreaterThan(1);
    expect(waiting.length).toBeLessThan(40);
    while (events.length < 40) {
      waiting[0]?.answer();
      await settle();
    }
    expect(mostInFlight).toBeLessThanOrEqual(65_536);
    expect(posted.sort()).toEqual(planted.map((receipt) => receipt.receiptId).sort());
    expect(stored()).toEqual([]);
  });
});

describe('the outbox marker: a page reads the outbox only when receipts wait', () => {
  async function decided(...statuses: number[]) {
    collector(...statuses);
    const first = startHarness({ endpoint: ENDPOINT });
    first.consent.acceptAll();
    await settle(() => first.events.length === 1);
    return first;
  }

  test('a receipt waiting sets the marker cookie; its acknowledgement removes the marker and the outbox key', async () => {
    const { events } = await decided(503, 201);
    expect(events.map((event) => event.status)).toEqual(['queued']);
    expect(document.cookie).toContain(MARKER);
    expect(localStorage.getItem(OUTBOX_KEY)).not.toBeNull();
    await vi.advanceTimersByTimeAsync(1000);
    await settle(() => events.length === 2);
    expect(events.map((event) => event.status)).toEqual(['queued', 'sent']);
    expect(document.cookie).not.toContain('consentry-outbox');
    expect(localStorage.getItem(OUTBOX_KEY)).toBeNull();
  });

  test('a returning visit with nothing waiting neither imports the receipts module nor reads localStorage', async () => {
    const first = await decided(201);
    expect(first.events.map((event) => event.status)).toEqual(['sent']);
    first.consent.destroy();
    const getItem = vi.spyOn(Storage.prototype, 'getItem');
    const { consent, load } = startReturning();
    expect(consent.state.decided).toBe(true);
    await settle();
    expect(load).not.toHaveBeenCalled();
    expect(getItem).not.toHaveBeenCalled();
    // A decision brings it in.
    consent.rejectAll();
    expect(load).toHaveBeenCalledOnce();
  });

  test('a returning visit with the marker sends what waits, then clears the marker', async () => {
    const first = await decided(503);
    first.consent.destroy();
    const posts = collector(201);
    const { events, load } = startReturning();
    expect(load).toHaveBeenCalledOnce();
    await settle(() => events.length === 1);
    expect(events).toEqual([{ status: 'sent', receipt: first.events[0]!.receipt }]);
    expect(posts).toEqual([first.events[0]!.receipt]);
    expect(document.cookie).not.toContain('consentry-outbox');
  });

  test('a marker whose outbox is already empty (another tab sent it) is cleared, so later pages skip the module', async () => {
    const first = await decided(201);
    first.consent.destroy();
    document.cookie = MARKER + '; Path=/';
    const posts = collector();
    const { load } = startReturning();
    expect(load).toHaveBeenCalledOnce();
    await settle(() => !document.cookie.includes('consentry-outbox'));
    expect(posts).toEqual([]);
    expect(startReturning().load).not.toHaveBeenCalled();
  });

  /** A returning page whose first import of the receipts module fails, once a rejectAll there has needed it. */
  async function refusedWhileTheModuleFails() {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const first = await decided(201);
    first.consent.destroy();
    const posts = collector(201);
    const load = vi.fn(loadReceipts).mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    const { consent, events } = startReturning(load);
    consent.rejectAll();
    await settle(() => error.mock.calls.length === 1);
    return { error, posts, load, consent, events };
  }

  test('a receipts module that cannot load: one error, the decision stays stored, and the next decision imports it again', async () => {
    const { error, posts, load, consent, events } = await refusedWhileTheModuleFails();
    expect(String(error.mock.calls[0]![0])).toContain('receipts could not be loaded (TypeError: Failed to fetch dynamically imported module)');
    expect(consent.state).toMatchObject({ decided: true, categories: { analytics: false } });
    expect(startReturning(vi.fn()).consent.state.categories.analytics).toBe(false);
    consent.acceptAll();
    await settle(() => events.length === 1);
    expect(load).toHaveBeenCalledTimes(2);
    expect(events.map((event) => [event.status, event.receipt.eventType])).toEqual([['sent', 'updated']]);
    expect(posts).toHaveLength(1);
    expect(error).toHaveBeenCalledOnce();
  });

  test('a decision made offline before the receipts module ever loaded gets its receipt once the browser is back online', async () => {
    const { posts, load, consent, events } = await refusedWhileTheModuleFails();
    const decidedAt = Date.parse(consent.state.updatedAt!);
    expect(events).toEqual([]);
    window.dispatchEvent(new Event('online'));
    await settle(() => events.length === 1);
    expect(load).toHaveBeenCalledTimes(2);
    expect(events[0]).toMatchObject({ status: 'sent', receipt: { eventType: 'withdrawn', method: 'api', categories: { analytics: false } } });
    // The receipt keeps the moment of the decision, not of its sending.
    expect(Date.parse(events[0]!.receipt.eventTime)).toBeGreaterThanOrEqual(decidedAt);
    expect(Date.parse(events[0]!.receipt.eventTime)).toBeLessThan(decidedAt + 1000);
    expect(posts).toEqual([events[0]!.receipt]);
  });

  test('a first visit reads no localStorage, even once the banner brought the receipts module in', async () => {
    const getItem = vi.spyOn(Storage.prototype, 'getItem');
    const { consent, internals } = startHarness({ endpoint: ENDPOINT });
    await internals;
    await settle();
    expect(consent.state.decided).toBe(false);
    expect(getItem).not.toHaveBeenCalled();
  });

  test('receipts left without a marker (by an older version) are sent by the page after the next decision', async () => {
    localStorage.setItem(OUTBOX_KEY, JSON.stringify([storedReceipt(1)]));
    const posts = collector(201, 201);
    const first = startHarness({ endpoint: ENDPOINT });
    await first.internals;
    await settle();
    expect(posts).toEqual([]);
    first.consent.acceptAll();
    await settle(() => first.events.length === 1);
    // The decision's receipt joined the old one in the outbox, which now leaves the marker.
    expect(posts.map((post) => post.receiptId)).toEqual([first.events[0]!.receipt.receiptId]);
    expect(document.cookie).toContain(MARKER);
    first.consent.destroy();
    const next = startReturning();
    await settle(() => next.events.length === 1);
    expect(posts.map((post) => post.receiptId)).toEqual([first.events[0]!.receipt.receiptId, 'receipt-1']);
    expect(document.cookie).not.toContain('consentry-outbox');
  });
});

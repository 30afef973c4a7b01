import { expect, test, type Page } from '@playwright/test';
import type { ReceiptEvent } from '../../src/model/consent';
import { MAX_SERVICES } from '../../src/model/grammar';
import { watchErrors } from './page-errors';
import { PAGE_ENDPOINT_PORT, RECEIPT_ENDPOINT_PORT, startReceiptEndpoint, type ReceiptEndpoint } from '../fixtures/receipt-endpoint';

// demo/receipts-e2e.html loads the built dist/consentry.js with data-endpoint pointing at the real
// HTTP endpoint below (another origin: every post is a CORS request with a preflight).

declare global {
  interface Window {
    receiptEvents: ReceiptEvent[];
  }
}

let endpoint: ReceiptEndpoint;
test.beforeAll(async () => {
  endpoint = await startReceiptEndpoint();
});
test.afterAll(() => endpoint.close());
test.beforeEach(async ({ context }) => {
  endpoint.reset();
  if (RECEIPT_ENDPOINT_PORT === PAGE_ENDPOINT_PORT) return;
  await context.route('**/receipts-e2e.html', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replaceAll(`:${PAGE_ENDPOINT_PORT}/`, `:${RECEIPT_ENDPOINT_PORT}/`);
    await route.fulfill({ response, body: html });
  });
});

const PAGE = '/receipts-e2e.html';
const statuses = (page: Page) => page.evaluate(() => window.receiptEvents.map((event) => event.status));
const arrived = (count: number) => expect.poll(() => endpoint.stored.size).toBe(count);

/** Opens the page with its clock stopped: timers then fire only when the test runs the clock. */
async function openWithFrozenClock(page: Page): Promise<void> {
  const start = Date.now();
  await page.clock.install({ time: start });
  await page.goto(PAGE);
  // Far enough ahead to be in the page's future, however long loading took; no timer is due yet.
  await page.clock.pauseAt(start + 60_000);
}

test.describe('each decision path posts one valid receipt', () => {
  for (const [button, method, eventType, analytics] of [
    ['Accept all', 'banner.accept_all', 'given', true],
    ['Reject all', 'banner.reject_all', 'refused', false],
  ] as const) {
    test(`the banner's ${button}`, async ({ page }) => {
      // A query string and fragment that must not reach the receipt (SPEC §7).
      await page.goto(`${PAGE}?email=visitor%40example.com#top`);
      await page.getByRole('button', { name: button }).click();
      await arrived(1);
      const [receipt] = [...endpoint.stored.values()];
      expect(endpoint.posts).toEqual([receipt]);
      expect(receipt).toMatchObject({
        schema: 'consentry.receipt/1',
        method,
        eventType,
        previousReceiptId: null,
        subjectId: (await page.evaluate(() => window.Consentry!.state)).subjectId,
        categories: { necessary: true, analytics },
        notice: { policyUrl: '/privacy.html', revision: '2026-01' },
        signals: { gpc: false },
        page: `${new URL(page.url()).origin}/receipts-e2e.html`,
      });
      await expect.poll(() => statuses(page)).toEqual(['sent']);
    });
  }

  test('the API: given, withdrawn by set, updated, withdrawn, refused, chained', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(PAGE);
    await page.evaluate(() => {
      const consent = window.Consentry!;
      consent.acceptAll();
      consent.set({ analytics: false });
      consent.set({ analytics: true });
      consent.withdraw();
      consent.rejectAll();
    });
    await arrived(5);
    expect(endpoint.posts).toHaveLength(5);
    // Posts may overtake one another; the chain gives the order the decisions were made in.
    const byPrevious = new Map([...endpoint.stored.values()].map((receipt) => [receipt.previousReceiptId, receipt]));
    const chain = [byPrevious.get(null)!];
    while (chain.length < 5) chain.push(byPrevious.get(chain.at(-1)!.receiptId)!);
    expect(chain.map((receipt) => receipt.eventType)).toEqual(['given', 'withdrawn', 'updated', 'withdrawn', 'refused']);
    for (const receipt of chain) expect(receipt).toMatchObject({ method: 'api', notice: { language: 'und', textHash: null } });
    await expect.poll(() => statuses(page)).toEqual(Array(5).fill('sent'));
    expect(errors).toEqual([]);
  });

  test('a browser sending Global Privacy Control says so in the receipt', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    // SPEC §3: with GPC on and nothing decided, the SDK records the refusal itself as the page starts.
    await page.goto(PAGE);
    await arrived(1);
    expect([...endpoint.stored.values()][0]).toMatchObject({ eventType: 'refused', method: 'gpc', signals: { gpc: true } });
  });
});

test('the real collector (demo/receipts.html, same origin) stores each receipt once, signed and chained', async ({ page }) => {
  await page.goto('/receipts.html');
  const sent = () => page.evaluate(() => new Promise<ReceiptEvent>((resolve) => window.Consentry!.on('receipt', (event) => event.status === 'sent' && resolve(event))));
  const accepted = sent();
  await page.getByRole('button', { name: 'Accept all' }).click();
  const given = (await accepted).receipt;
  const withdrawn = sent();
  await page.evaluate(() => window.Consentry!.withdraw());
  const { receipt } = await withdrawn;
  // A later page finds nothing left to send: the collector acknowledged both, and neither the
  // outbox nor its marker cookie is left behind.
  await page.reload();
  expect(await page.evaluate(() => localStorage.getItem('consentry.receipts'))).toBeNull();
  expect((await page.context().cookies()).map(({ name }) => name)).not.toContain('consentry-outbox');

  const history = await (await page.request.get(`/consent/v1/subjects/${given.subjectId}/receipts`)).json();
  expect(history.receipts).toHaveLength(2);
  expect(history.receipts).toMatchObject([
    { ...receipt, receivedAt: expect.any(String), signature: expect.any(String) },
    { ...given, receivedAt: expect.any(String), signature: expect.any(String) },
  ]);
  expect(receipt.previousReceiptId).toBe(given.receiptId);
});

test('a configuration with more services than a receipt carries is one console error, and the collector stores the receipt', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript((count) => {
    const services = Object.fromEntries(Array.from({ length: count }, (_, index) => [`service-${index}`, {}]));
    (window as { consentryConfig?: unknown }).consentryConfig = { categories: { analytics: { services } } };
  }, MAX_SERVICES + 1);
  await page.goto('/receipts.html');
  const settled = page.evaluate(() => new Promise<ReceiptEvent>((resolve) => window.Consentry!.on('receipt', (event) => event.status !== 'queued' && resolve(event))));
  await page.getByRole('button', { name: 'Accept all' }).click();
  const { status, receipt } = await settled;
  expect(status).toBe('sent');
  expect(receipt.categories).toMatchObject({ analytics: true });
  expect(errors).toEqual([expect.stringContaining(`at most 31 categories and ${MAX_SERVICES} services`)]);
});

test.describe('delivery never loses a receipt', () => {
  test('an endpoint failing the first posts gets the receipt later, once, after backoff', async ({ page }) => {
    endpoint.failNext(2, 503);
    await openWithFrozenClock(page);
    await page.evaluate(() => window.Consentry!.acceptAll());
    await expect.poll(() => statuses(page)).toEqual(['queued']);
    // The first retry waits at most 1 s, the second at most 2 s (exponential backoff with jitter).
    await page.clock.runFor(1000);
    await expect.poll(() => statuses(page)).toEqual(['queued', 'queued']);
    await page.clock.runFor(2000);
    await expect.poll(() => statuses(page)).toEqual(['queued', 'queued', 'sent']);
    await arrived(1);
    const [receipt] = [...endpoint.stored.values()];
    expect(endpoint.posts).toEqual([receipt, receipt, receipt]);
  });

  test('a receipt not delivered while its page lived arrives from the next page, once', async ({ page, context }) => {
    endpoint.failNext(1, 503);
    // Its clock stopped, the first page never retries: only the next page can deliver.
    await openWithFrozenClock(page);
    await page.evaluate(() => window.Consentry!.rejectAll());
    await expect.poll(() => statuses(page)).toEqual(['queued']);
    const waiting = await page.evaluate(() => window.receiptEvents[0]!.receipt);
    await page.close();

    const next = await context.newPage();
    await next.goto(PAGE);
    await arrived(1);
    expect(endpoint.stored.get(waiting.receiptId)).toEqual(waiting);
    await expect.poll(() => next.evaluate(() => window.receiptEvents)).toEqual([{ status: 'sent', receipt: waiting }]);
    expect(await next.evaluate(() => localStorage.getItem('consentry.receipts'))).toBeNull();
    // The post the endpoint failed, and the one the next page delivered.
    expect(endpoint.posts).toEqual([waiting, waiting]);
    // Delivered: another page sends nothing more.
    await next.reload();
    await expect.poll(() => next.evaluate(() => window.Consentry!.state.decided)).toBe(true);
    await next.waitForLoadState('networkidle');
    expect(endpoint.posts).toHaveLength(2);
  });

  test('a receipt made offline is sent when the browser comes back online', async ({ page, context }) => {
    // A frozen clock: no backoff timer can fire, only the `online` event can send it.
    await openWithFrozenClock(page);
    await context.setOffline(true);
    await page.evaluate(() => window.Consentry!.acceptAll());
    await expect.poll(() => statuses(page)).toEqual(['queued']);
    expect(endpoint.posts).toEqual([]);
    await context.setOffline(false);
    await arrived(1);
    await expect.poll(() => statuses(page)).toEqual(['queued', 'sent']);
  });

  test('an API decision made offline, on a page that had not loaded the receipts module, is sent once back online', async ({ page, context }) => {
    await page.goto(PAGE);
    await page.evaluate(() => window.Consentry!.acceptAll());
    await arrived(1);
    // The page has read the 201 too (and so cleared the outbox and its marker): reloaded before
    // that, it would import the module to send the receipt again.
    await expect.poll(() => statuses(page)).toEqual(['sent']);
    // A returning page: nothing waits, so it has no reason to import the receipts module.
    await page.reload();
    await expect.poll(() => page.evaluate(() => window.Consentry!.state.decided)).toBe(true);
    const errors: string[] = [];
    // Consentry's own errors (the browser also logs the failed request).
    page.on('console', (message) => message.text().startsWith('Consentry:') && errors.push(message.text()));
    // Offline, and no cache to fall back on: the module's import fails.
    await page.route('**/consentry-receipts.js', (route) => route.abort('internetdisconnected'));
    await context.setOffline(true);
    await page.evaluate(() => window.Consentry!.rejectAll());
    await expect.poll(() => errors).toEqual([expect.stringContaining('Consentry: receipts could not be loaded')]);
    expect(await statuses(page)).toEqual([]);
    await page.unroute('**/consentry-receipts.js');
    await context.setOffline(false);
    await arrived(2);
    await expect.poll(() => statuses(page)).toEqual(['sent']);
    const [receipt] = await page.evaluate(() => window.receiptEvents.map((event) => event.receipt));
    expect(receipt).toMatchObject({ eventType: 'withdrawn', method: 'api', categories: { analytics: false } });
    expect(endpoint.stored.get(receipt!.receiptId)).toEqual(receipt);
  });

  test('a receipt posted right before navigating away still arrives (keepalive)', async ({ page }) => {
    // The CORS preflight is held until the page is gone: only a keepalive request outlives it.
    const release = endpoint.holdPreflights();
    await page.goto(PAGE);
    const subjectId = await page.evaluate(() => {
      window.Consentry!.acceptAll();
      return window.Consentry!.state.subjectId;
    });
    // Navigate once the post is on its way (its preflight parked), whenever the receipts module
    // that builds it has arrived: what is under test is that the request outlives the page.
    await expect.poll(() => endpoint.parkedPreflights()).toBe(1);
    await page.evaluate(() => {
      location.href = '/privacy.html';
    });
    // privacy.html has no endpoint, so nothing there can send the receipt again.
    await page.waitForURL('**/privacy.html');
    await page.waitForLoadState('load');
    expect(endpoint.posts).toEqual([]);
    release();
    await arrived(1);
    expect([...endpoint.stored.values()][0]).toMatchObject({ subjectId, eventType: 'given', page: expect.stringMatching(/\/receipts-e2e\.html$/) });
  });

  test('a receipt the endpoint refuses (403) is reported and never sent again', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    endpoint.failNext(1, 403);
    await page.goto(PAGE);
    await page.evaluate(() => window.Consentry!.acceptAll());
    await expect.poll(() => statuses(page)).toEqual(['failed']);
    expect(errors).toContainEqual(expect.stringMatching(/^Consentry: receipt .* refused with HTTP 403/));
    await page.reload();
    await expect.poll(() => page.evaluate(() => window.Consentry!.state.decided)).toBe(true);
    expect(endpoint.posts).toHaveLength(1);
    expect(endpoint.stored.size).toBe(0);
  });
});

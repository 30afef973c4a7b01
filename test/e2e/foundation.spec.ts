import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './page-errors';

// The demo page loads dist/consentry.js with data-revision="2026-01".

const state = (page: Page) => page.evaluate(() => window.Consentry!.state);

/** Opens `markup` as the page `/<name>`; returns its console messages ("type: text"), as they come. */
async function openMarkup(page: Page, name: string, markup: string): Promise<string[]> {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  await page.route(`**/${name}`, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><link rel="icon" href="data:,">${markup}` }));
  await page.goto(`/${name}`);
  return messages;
}

test('a first visit has no decision; acceptAll is stored and survives a reload', async ({ page, context }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  expect(await state(page)).toMatchObject({ decided: false, revision: '2026-01', method: null });
  expect(await page.evaluate(() => window.Consentry!.view)).toBe('banner');

  await page.evaluate(() => window.Consentry!.acceptAll());
  const decided = await state(page);
  expect(decided).toMatchObject({
    decided: true,
    method: 'api',
    categories: { necessary: true, functional: true, personalization: true, analytics: true },
  });
  const [cookie] = (await context.cookies()).filter((c) => c.name === 'consentry');
  expect(cookie).toMatchObject({ path: '/', sameSite: 'Lax', secure: false });
  expect(cookie!.value.length).toBeLessThanOrEqual(300);

  await page.reload();
  const reloaded = await state(page);
  expect(reloaded).toMatchObject({ decided: true, method: 'api', subjectId: decided.subjectId });
  expect(reloaded.categories).toEqual(decided.categories);
  expect(await page.evaluate(() => window.Consentry!.view)).toBeNull();
  expect(errors).toEqual([]);
});

test('a new policy revision asks again, keeping the subject id', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => window.Consentry!.rejectAll());
  const before = await state(page);

  await page.route('**/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('data-revision="2026-01"', 'data-revision="2026-02"');
    await route.fulfill({ response, body: html });
  });
  await page.reload();
  expect(await state(page)).toMatchObject({ decided: false, revision: '2026-02', subjectId: before.subjectId });
  expect(await page.evaluate(() => window.Consentry!.view)).toBe('banner');
});

test('a garbage cookie means no decision yet, without any error', async ({ page, context, baseURL }) => {
  const errors = watchErrors(page);
  await context.addCookies([{ name: 'consentry', value: '1.garbage%%..!x', url: baseURL! }]);
  await page.goto('/');
  expect(await state(page)).toMatchObject({ decided: false, method: null });
  expect(await page.evaluate(() => window.Consentry!.allowed('analytics'))).toBe(false);
  expect(errors).toEqual([]);
});

test('the consentry:change event carries the state, and the demo page shows it', async ({ page }) => {
  await page.goto('/');
  const detail = page.evaluate(() => new Promise((resolve) => document.addEventListener('consentry:change', (e) => resolve((e as CustomEvent).detail))));
  await page.evaluate(() => window.Consentry!.set({ analytics: true }));
  expect(await detail).toMatchObject({ decided: true, categories: { analytics: true, functional: false } });
  await expect(page.locator('#state')).toContainText('"analytics": true');
});

test('the loader defines no global but window.Consentry', async ({ page }) => {
  await page.route('**/blank.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title><link rel="icon" href="data:,">' }));
  await page.goto('/blank.html');
  const before = await page.evaluate(() => Object.getOwnPropertyNames(window));
  await page.addScriptTag({ url: '/dist/consentry.js' });
  const added = await page.evaluate((known) => Object.getOwnPropertyNames(window).filter((name) => !known.includes(name)), before);
  expect(added).toEqual(['Consentry']);
});

test('the loader included twice: one error, and the first instance stays the only one', async ({ page }) => {
  const messages = await openMarkup(
    page,
    'twice.html',
    `<script src="/dist/consentry.js" data-revision="first"></script>
    <script src="/dist/consentry.js" data-revision="second"></script>`,
  );
  expect(messages).toEqual(['error: Consentry: loaded more than once; only the first runs.']);
  expect(await page.evaluate(() => window.Consentry!.state.revision)).toBe('first');
  await expect(page.getByRole('button', { name: 'Accept all' })).toHaveCount(1);
});

test('a #consentry-config that is not JSON is one error; the other sources still apply', async ({ page }) => {
  const messages = await openMarkup(
    page,
    'broken-json.html',
    `<script type="application/json" id="consentry-config">{ revision: "no quotes" }</script>
    <script src="/dist/consentry.js" data-revision="from-attributes"></script>`,
  );
  expect(messages).toEqual([expect.stringMatching(/^error: Consentry: #consentry-config is not JSON \(SyntaxError: .+\); ignored\.$/)]);
  expect(await state(page)).toMatchObject({ decided: false, revision: 'from-attributes' });
});

test('configuration from JSON, the global and data attributes; a bad attribute is one clear error and fails closed', async ({ page }) => {
  const messages = await openMarkup(
    page,
    'configured.html',
    `<script>window.consentryConfig = { revision: 'from-global', cookie: { name: 'site_consent' } };</script>
    <script type="application/json" id="consentry-config">{ "revision": "from-json", "categories": { "marketing": { "label": "Ads" } } }</script>
    <script src="/dist/consentry.js" data-gpc="sometimes" data-categories="analytics marketing"></script>`,
  );
  expect(messages).toEqual(['error: Consentry: invalid option gpc = "sometimes" in the script tag data-* attributes; expected reject | preselect | ignore; ignored.']);
  const state = await page.evaluate(() => window.Consentry!.state);
  expect(state).toMatchObject({ decided: false, revision: 'from-json', categories: { necessary: true, analytics: false, marketing: false } });
  expect(Object.keys(state.categories)).toEqual(['necessary', 'analytics', 'marketing']);
  await page.evaluate(() => window.Consentry!.set({ marketing: true }));
  expect((await page.context().cookies()).map((cookie) => cookie.name)).toContain('site_consent');
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchErrors } from './page-errors';

// The console (SPEC §8: GET /admin) as it ships: the built bundle served by the demo server's
// collector on a port of its own (never on the site's origin), over a log filled by `demo/seed.mjs` (30 days here, to keep the suite quick). Every
// figure the page shows is compared with the seed's own tally of what it stored, which it counts
// as it makes each visitor decide, apart from the SQL that the collector's stats run.

const TOKEN = 'console-e2e-admin-token-0123456789';
const DAYS = 30;

interface Tally {
  receipts: number;
  decisions: Record<string, number>;
  granted: Record<string, number>;
  revisions: Record<string, number>;
  languages: Record<string, number>;
}

test.describe.configure({ mode: 'serial' });

let data: string;
let server: ChildProcess;
let base: string;
let site: string;
let tally: Tally;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  data = mkdtempSync(join(tmpdir(), 'consentry-console-e2e-'));
  const env = { ...process.env, CONSENTRY_DATA_DIR: data };
  tally = JSON.parse(execFileSync(process.execPath, ['demo/seed.mjs', '--days', String(DAYS), '--json'], { env, encoding: 'utf8' }));
  // Its own demo server (a free port), so the receipts other suites post do not change the figures.
  server = spawn(process.execPath, ['demo/serve.mjs'], { env: { ...env, PORT: '0', CONSENTRY_ADMIN_TOKEN: TOKEN }, stdio: ['ignore', 'pipe', 'inherit'] });
  [site, base] = await new Promise((resolve, reject) => {
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const demo = /Consentry demo on (http:\/\/\S+?)\/ /.exec(output);
      const admin = /Consentry console on (http:\/\/\S+?)\/consent\/admin\//.exec(output);
      if (demo && admin) resolve([demo[1]!, admin[1]!]);
    });
    server.once('exit', (code) => reject(new Error(`the demo server exited with ${code}`)));
  });
});

test.afterAll(async () => {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
  rmSync(data, { recursive: true, force: true });
});

const percent = (part: number, whole: number) => `${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format((100 * part) / whole)} %`;
const count = (value: number) => new Intl.NumberFormat('en').format(value);

async function signIn(page: Page): Promise<void> {
  await page.goto(`${base}/consent/admin`);
  await page.getByLabel('Admin token').fill(TOKEN);
  await page.getByRole('button', { name: 'Open the console' }).click();
  await expect(page.locator('[data-figure=receipts]')).toBeVisible();
}

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('asks for the token, refuses a wrong one, and keeps the right one in the page only, on an origin apart from the site’s', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`${base}/consent/admin`);
  expect(page.url()).toBe(`${base}/consent/admin/`);
  await page.getByLabel('Admin token').fill('not-the-token-at-all-000');
  await page.getByRole('button', { name: 'Open the console' }).click();
  await expect(page.getByRole('alert')).toHaveText('The collector refused this token.');
  // By keyboard alone: the field, then Enter.
  await page.getByLabel('Admin token').fill(TOKEN);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-figure=receipts]')).toBeVisible();
  // Nothing in web storage, which every script of the origin reads, and never in an address.
  expect(await page.evaluate(() => [sessionStorage.length, localStorage.length])).toEqual([0, 0]);
  expect(page.url()).not.toContain(TOKEN);
  // A new tab asks again.
  const other = await page.context().newPage();
  await other.goto(`${base}/consent/admin/`);
  await expect(other.getByLabel('Admin token')).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByLabel('Admin token')).toBeVisible();
  // So does a reload: the page held the token, nothing else.
  await page.getByLabel('Admin token').fill(TOKEN);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-figure=receipts]')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Admin token')).toBeVisible();
  // The site's own origin, whose every script could read such a page, serves no console.
  expect(new URL(base).origin).not.toBe(new URL(site).origin);
  expect((await page.request.get(`${site}/consent/admin/`)).status()).toBe(404);
  // Chromium logs the refused attempt's 401 itself; nothing else went wrong.
  expect(errors).toEqual(['Failed to load resource: the server responded with a status of 401 (Unauthorized)']);
});

test('shows the seeded counts: totals, decisions, opt-in rates, revisions and languages', async ({ page }) => {
  const errors = watchErrors(page);
  await signIn(page);
  await expect(page.locator('[data-figure=receipts]')).toHaveText(count(tally.receipts));
  for (const key of ['acceptAll', 'rejectAll', 'custom', 'gpc', 'withdrawn']) {
    const value = tally.decisions[key] ?? 0;
    await expect(page.locator(`[data-figure=${key}]`)).toHaveText(`${count(value)} (${percent(value, tally.receipts)})`);
  }
  // Every seeded receipt names the three optional categories.
  const rates = ['analytics', 'functional', 'personalization'].map((name) => `${name} ${percent(tally.granted[name]!, tally.receipts)}`);
  await expect(page.locator('#optin-summary')).toContainText(`Over the whole range: ${rates.join(', ')}.`);
  for (const [id, counts] of [
    ['revisions', tally.revisions],
    ['languages', tally.languages],
  ] as const) {
    const rows = await page.locator(`[data-breakdown=${id}] tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
    const expected = Object.entries(counts).map(([value, n]) => [value, count(n), percent(n, tally.receipts)]);
    expect(rows.sort()).toEqual(expected.sort());
  }
  expect(errors).toEqual([]);
});

test('draws both charts, each with its figures as a table', async ({ page }) => {
  const errors = watchErrors(page);
  await signIn(page);
  const canvases = page.locator('.chart-canvas canvas');
  await expect(canvases).toHaveCount(2);
  // Drawn: each canvas has coloured (series) pixels, not just a blank or an axis.
  const coloured = await canvases.evaluateAll((elements) =>
    (elements as HTMLCanvasElement[]).map((canvas) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let index = 0; index < data.length; index += 4) {
        const [r, g, b, a] = [data[index]!, data[index + 1]!, data[index + 2]!, data[index + 3]!];
        if (a > 0 && Math.max(r, g, b) - Math.min(r, g, b) > 60) count += 1;
      }
      return count;
    }),
  );
  for (const pixels of coloured) expect(pixels).toBeGreaterThan(500);
  // Per day by default: one row per day that received receipts, the last 30 days.
  await page.getByText('Decisions as a table').click();
  const days = page.locator('section[aria-labelledby=decisions-title] tbody tr');
  await expect(days).toHaveCount(DAYS + 1);
  await page.getByLabel('Group by').selectOption('month');
  await expect(days).toHaveCount(
    await page.evaluate((from) => {
      const months = new Set<string>();
      for (let time = Date.parse(from); time <= Date.now(); time += 86_400_000) months.add(new Date(time).toISOString().slice(0, 7));
      return months.size;
    }, new Date(Date.now() - DAYS * 86_400_000).toISOString()),
  );
  expect(errors).toEqual([]);
});

test('exports the range, verifies the chain, and shows a visitor history', async ({ page }) => {
  // Verify re-checks every receipt's signature: slow on a busy machine.
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await signIn(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download NDJSON' }).click()]);
  const lines = readFileSync(await download.path(), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  expect(lines).toHaveLength(tally.receipts);
  expect(download.suggestedFilename()).toMatch(/^receipts-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.ndjson$/);

  await page.getByRole('button', { name: 'Verify the chain' }).click();
  const result = page.locator('[data-chain]');
  await expect(result).toHaveAttribute('data-chain', 'intact', { timeout: 60_000 });
  await expect(result).toContainText(`Intact. ${count(tally.receipts)} receipts checked.`);
  await expect(result.locator('code.hash').first()).toHaveText(/^[0-9a-f]{64}$/);

  const subject = lines.at(-1).subjectId as string;
  const history = lines.filter((line) => line.subjectId === subject);
  await page.getByLabel('Subject id').fill(subject);
  await page.getByRole('button', { name: 'Show receipts' }).click();
  await expect(page.locator('[data-history] tbody tr')).toHaveCount(history.length);
  await expect(page.locator('[data-history] tbody tr').first()).toContainText(history.at(-1).method);
  expect(errors).toEqual([]);
});

for (const [scheme, width] of [
  ['light', 1280],
  ['dark', 1280],
  ['light', 375],
  ['dark', 375],
] as const) {
  test(`has no axe violations, ${scheme}, ${width} px wide, tables and results open`, async ({ page }) => {
    // Axe checks the contrast of every cell of the open tables: slow on a busy machine.
    test.setTimeout(120_000);
    const errors = watchErrors(page);
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${base}/consent/admin/`);
    expect(await axeViolations(page)).toEqual([]);
    await signIn(page);
    await page.getByText('Opt-in rates as a table').click();
    await page.getByText('Decisions as a table').click();
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await expect(page.locator('[data-chain]')).toHaveAttribute('data-chain', 'intact', { timeout: 60_000 });
    expect(await axeViolations(page)).toEqual([]);
    // Usable at 375 px: nothing wider than the screen but the tables' own scrolling boxes.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(errors).toEqual([]);
  });
}

test('shows where the keyboard is', async ({ page }) => {
  await signIn(page);
  await page.locator('body').focus();
  for (let step = 0; step < 4; step += 1) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline).toBe('solid 3px');
  }
});

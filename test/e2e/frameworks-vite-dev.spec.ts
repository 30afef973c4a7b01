import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { banner } from './ui-support';

// Issue 20, developing with `vite dev`: the Vue app of test/frameworks/vue runs on Vite's dev
// server next to `consentry-collector --base-path /consent`, behind the proxy of its vite.config.ts
// (the README's recipe), and is edited while it runs. The dev server serves a copy of the app
// (in its dist/, which git ignores), so the edits never touch the repository.

const port = Number(process.env.E2E_PORT ?? 8123);
const DEV_PORT = port + 2;
const COLLECTOR_PORT = port + 3;
const DEV_ORIGIN = `http://127.0.0.1:${DEV_PORT}`;

const source = fileURLToPath(new URL('../frameworks/vue/', import.meta.url));
const app = join(source, 'dist/dev');
let collector: ChildProcess;
let server: ViteDevServer;
let nodeEnv: string | undefined;

/** Starts the built collector CLI and resolves once it listens. */
function startCollector(database: string): Promise<ChildProcess> {
  const cli = fileURLToPath(new URL('../../packages/collector/dist/server/cli.js', import.meta.url));
  const child = spawn(process.execPath, [cli, '--port', String(COLLECTOR_PORT), '--db', database, '--base-path', '/consent'], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk;
      if (output.includes('listening on')) resolve(child);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`the collector exited with ${code}:\n${output}`)));
  });
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  collector = await startCollector(join(mkdtempSync(join(tmpdir(), 'consentry-vite-dev-')), 'receipts.sqlite'));
  rmSync(app, { recursive: true, force: true });
  for (const file of readdirSync(source)) if (file !== 'dist') cpSync(join(source, file), join(app, file));
  process.env.COLLECTOR_PORT = String(COLLECTOR_PORT);
  // A Vite build earlier in this worker (another spec's app) set NODE_ENV to production, which
  // compiles the Vue components without hot-update code: every edit would reload the whole page.
  nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'development';
  server = await createServer({ configFile: join(app, 'vite.config.ts'), server: { port: DEV_PORT, strictPort: true, host: '127.0.0.1' } });
  await server.listen();
});

test.afterAll(async () => {
  await server?.close();
  if (nodeEnv === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = nodeEnv;
  collector?.kill('SIGTERM');
  rmSync(app, { recursive: true, force: true });
});

test('a decision in `vite dev` reaches the collector through the proxy: 201, signed', async ({ page }) => {
  await page.goto(DEV_ORIGIN);
  const posted = page.waitForResponse(`${DEV_ORIGIN}/consent/v1/receipts`);
  await page.getByRole('button', { name: 'Allow statistics' }).click();
  const response = await posted;
  expect(response.status()).toBe(201);
  // A keepalive post's response body is not kept by Chromium: read the stored receipt back instead.
  const { subjectId, receiptId } = response.request().postDataJSON() as { subjectId: string; receiptId: string };
  const history = await (await page.request.get(`${DEV_ORIGIN}/consent/v1/subjects/${subjectId}/receipts`)).json();
  expect(history.receipts).toEqual([expect.objectContaining({ receiptId, signature: expect.any(String) })]);
});

/**
 * Loads the app and waits until Vite's client is connected, so that it hears the next edit: an
 * edit written before that would be served whole to a page still loading, not as an update.
 */
async function openApp(page: Page, load: () => Promise<unknown>): Promise<void> {
  const connected = page.waitForEvent('console', (message) => message.text().includes('[vite] connected'));
  await load();
  await connected;
}

/**
 * Rewrites the app's consent.ts, as a developer's edit would, and waits for the update to show.
 * It must arrive as a hot update, not a reload of the page, which would hide a second banner.
 */
async function editConsentModule(page: Page, edit: (text: string) => string, revision: string): Promise<void> {
  let reloaded = false;
  const onNavigation = () => (reloaded = true);
  page.on('framenavigated', onNavigation);
  const file = join(app, 'consent.ts');
  writeFileSync(file, edit(readFileSync(file, 'utf8')).replace(/revision: '[^']*'/, `revision: '${revision}'`));
  await expect(page.locator('#revision')).toHaveText(`Policy ${revision}`);
  page.off('framenavigated', onNavigation);
  expect(reloaded).toBe(false);
}

test('editing the module that creates the instance leaves one banner (the import.meta.hot.data recipe)', async ({ page }) => {
  await page.context().clearCookies();
  await openApp(page, () => page.goto(DEV_ORIGIN));
  await expect(banner(page)).toBeVisible();
  await editConsentModule(page, (text) => text, 'hot-1');
  await expect(banner(page)).toBeVisible();
  await expect(page.locator('consentry-root')).toHaveCount(1);
  // The new instance is the one the page follows: its decision closes its banner, and no other
  // banner stays (the old instance's would, had it not been destroyed).
  await page.getByRole('button', { name: 'Allow statistics' }).click();
  await expect(page.locator('#analytics')).toHaveText('Statistics on');
  await expect(page.locator('consentry-root [part~=banner]')).toHaveCount(0);
});

test('without the recipe, the same edit leaves two banners (what it prevents)', async ({ page }) => {
  await page.context().clearCookies();
  await openApp(page, () => page.goto(DEV_ORIGIN));
  await editConsentModule(page, (text) => text.replace(/^.*import\.meta\.hot.*$/gm, ''), 'hot-2');
  await openApp(page, () => page.reload());
  await expect(banner(page)).toBeVisible();
  await editConsentModule(page, (text) => text, 'hot-3');
  // The new instance loads its interface through the dev server, which is slow on a busy machine.
  await expect(page.locator('consentry-root [part~=banner]')).toHaveCount(2, { timeout: 20_000 });
});

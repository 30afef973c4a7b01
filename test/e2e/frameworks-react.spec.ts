import { expect, test } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { watchErrors } from './page-errors';
import { APP_ORIGIN, buildApp, serveApp } from './framework-apps';

// Issue 20: a React app that renders on the server with 'consentry/react' hydrates without a
// mismatch when the visitor's decision is stored, though the server never sees that decision.

let render: (naive: boolean) => string;
let dist: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dist = await buildApp('react', { ssrEntry: 'entry-server.tsx' });
  // The server half runs here, in Node, with no document: the module-level createConsent with it.
  ({ render } = (await import(pathToFileURL(join(dist, 'server/entry-server.js')).href)) as { render: typeof render });
});

test.beforeEach(async ({ context }) => {
  await serveApp(context, dist, (template, url) => template.replace('<!--app-->', render(url.search === '?naive')));
});

test('a returning visitor hydrates the server render, then sees their stored choice, with no hydration error', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(APP_ORIGIN);
  await page.getByRole('button', { name: 'Accept all', exact: true }).click();
  await expect(page.locator('#analytics')).toHaveText('Statistics on');

  const response = await page.reload();
  // The server rendered the undecided state…
  expect(await response!.text()).toContain('Statistics off');
  // …the browser shows the stored decision, and no banner.
  await expect(page.locator('#analytics')).toHaveText('Statistics on');
  await expect(page.locator('consentry-root [part~=banner]')).toHaveCount(0);
  // Hydration kept the server's markup: the button works, which it only does once React owns it.
  await page.getByRole('button', { name: 'Toggle statistics' }).click();
  await expect(page.locator('#analytics')).toHaveText('Statistics off');
  expect(errors).toEqual([]);
});

test('the recipe that passes the live state as the server snapshot fails to hydrate (what the binding fixes)', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(APP_ORIGIN);
  await page.getByRole('button', { name: 'Accept all', exact: true }).click();
  await page.goto(`${APP_ORIGIN}/?naive`);
  await expect(page.locator('#analytics')).toHaveText('Statistics on');
  await expect.poll(() => errors.join('\n')).toMatch(/recoverable: .*#418/);
});

// Writes the README's console screenshots (docs/screenshots/console-*.png), by hand after
// `npm run build`: seeds a throwaway demo log with 90 days of receipts (demo/seed.mjs), serves it
// with the demo server, and photographs the console in Chromium, light at desktop width and dark
// at 375 px. Not part of `npm test`: the seeded dates follow today's, so the images change daily.
import { chromium } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TOKEN = 'screenshot-admin-token-0123456789';
const data = mkdtempSync(join(tmpdir(), 'consentry-console-shots-'));
const env = { ...process.env, CONSENTRY_DATA_DIR: data };
execFileSync(process.execPath, ['demo/seed.mjs'], { env, stdio: 'inherit' });
const server = spawn(process.execPath, ['demo/serve.mjs'], { env: { ...env, PORT: '0', CONSENTRY_ADMIN_TOKEN: TOKEN }, stdio: ['ignore', 'pipe', 'inherit'] });
process.once('exit', () => {
  server.kill('SIGTERM');
  rmSync(data, { recursive: true, force: true });
});
const consoleUrl = await new Promise((resolve) => {
  let output = '';
  server.stdout.on('data', (chunk) => {
    output += chunk;
    const match = /Consentry console on (http:\/\/\S+?\/admin\/)/.exec(output);
    if (match) resolve(match[1]);
  });
});

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [name, scheme, viewport, fullPage] of [
  ['console-light-desktop', 'light', { width: 1280, height: 800 }, true],
  ['console-dark-375', 'dark', { width: 375, height: 740 }, false],
]) {
  const page = await browser.newPage({ viewport, colorScheme: scheme });
  await page.goto(consoleUrl);
  await page.getByLabel('Admin token').fill(TOKEN);
  await page.getByRole('button', { name: 'Open the console' }).click();
  await page.locator('.chart-canvas canvas').first().waitFor();
  if (fullPage) {
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await page.locator('[data-chain=intact]').waitFor({ timeout: 120_000 });
  } else {
    // The narrow screen shows the totals' end and the first chart.
    await page.evaluate(() => window.scrollTo(0, document.querySelector('#optin-title').getBoundingClientRect().top + window.scrollY - 260));
  }
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage });
  await page.close();
}
await browser.close();
process.exit(0);

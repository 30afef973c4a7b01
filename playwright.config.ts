import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// E2E tests drive Debian's Chromium (Playwright cannot download its own browser here) against the
// demo server, which serves the built files: we test what ships (STYLE 5). E2E_PORT lets two runs
// coexist on one machine; the server's data (the collector database) lives in a fresh temp dir.
const port = Number(process.env.E2E_PORT ?? 8123);

export default defineConfig({
  testDir: 'test/e2e',
  // Bounds that only catch a hang: on a loaded machine the same steps take many times as long.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: 'node demo/serve.mjs',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      CONSENTRY_DATA_DIR: mkdtempSync(join(tmpdir(), 'consentry-e2e-')),
    },
  },
});

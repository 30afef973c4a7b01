import type { BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

// Shared by the frameworks-*.spec.ts suites: each builds one app of test/frameworks/ with its own
// vite config, as its developer would, against the built package (the apps import 'consentry' by
// name, which resolves through package.json's exports to dist/), then serves it to Chromium.

/** Where the apps are served; requests are answered by Playwright from the build, so no server listens. */
export const APP_ORIGIN = 'http://localhost:8281';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Builds test/frameworks/<name> into its dist/ (inside the repository, so Node finds its dependencies). */
export async function buildApp(name: string, options: { ssrEntry?: string } = {}): Promise<string> {
  const root = fileURLToPath(new URL(`../frameworks/${name}/`, import.meta.url));
  const configFile = join(root, 'vite.config.ts');
  await build({ configFile, build: { outDir: join(root, 'dist/client'), emptyOutDir: true } });
  if (options.ssrEntry) await build({ configFile, build: { ssr: join(root, options.ssrEntry), outDir: join(root, 'dist/server'), emptyOutDir: true } });
  return join(root, 'dist');
}

/**
 * Answers every request to APP_ORIGIN from the client build in `dist`; the page itself (`/`) is
 * `page(template)`, by default the built index.html as it is.
 */
export async function serveApp(context: BrowserContext, dist: string, page = (template: string, _url: URL) => template): Promise<void> {
  const template = readFileSync(join(dist, 'client/index.html'), 'utf8');
  await context.route(`${APP_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/') return route.fulfill({ contentType: TYPES['.html'], body: page(template, url) });
    // Stands in for the collector the apps post receipts to (frameworks-vite-dev.spec.ts runs the real one).
    if (url.pathname === '/consent/v1/receipts') return route.fulfill({ status: 201, json: {} });
    try {
      return await route.fulfill({ contentType: TYPES[extname(url.pathname)] ?? 'application/octet-stream', body: readFileSync(join(dist, 'client', url.pathname)) });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
}

/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { threadEntries } from './scripts/thread-entry-plugin.js';

// What the collector shares with the SDK (the receipt schema, the grammar, canonical JSON, the
// choice cookie's format) comes from the SDK's one protocol entry, compiled into this package's
// build: an install of @consentry/collector needs no browser package.
const protocol = fileURLToPath(new URL('../../src/protocol.ts', import.meta.url));

// Two artefacts, chosen with `vite build --mode <name>` (scripts/build.mjs runs both).
const builds: Record<string, UserConfig['build']> = {
  // The collector for Node: its dependencies stay imports, installed with the package. Shared
  // chunks sit beside the entries, so that '../console/' from any of them is dist/console/.
  server: {
    outDir: 'dist/server',
    ssr: true,
    target: 'node20',
    rollupOptions: { input: { index: 'src/index.ts', cli: 'src/cli.ts', bin: 'src/bin.ts' }, output: { format: 'es', chunkFileNames: '[name]-[hash].js' } },
  },
  // The console (/admin): a small Preact app built from its index.html (the root is its folder, see
  // below) with relative URLs, since the collector may live under a path prefix. No inline script
  // (the modulepreload polyfill is one), so the page's CSP allows none.
  console: {
    outDir: '../../dist/console',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    // Fixed names: the collector serves them with no-store, and the size budget finds them.
    rollupOptions: { output: { entryFileNames: 'assets/console.js', assetFileNames: 'assets/console[extname]' } },
  },
};

export default defineConfig(({ mode }) => ({
  ...(mode === 'console' ? { root: 'src/console', base: './' } : {}),
  // The worker threads are entries of their own, in the build and under vitest.
  plugins: mode === 'console' ? [] : [threadEntries()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: { alias: { 'consentry/protocol': protocol } },
  // The protocol is compiled in (above); every other package is a dependency.
  ...(mode === 'server' ? { ssr: { noExternal: [protocol] } } : {}),
  build: { target: 'es2020', ...builds[mode] },
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'collector', include: ['test/*.test.ts'] } },
      // The storage engines' tests, against a real PostgreSQL cluster that globalSetup starts for
      // the run, and only when one of these files is part of it.
      { extends: true, test: { name: 'storage', include: ['test/storage/**/*.test.ts'], globalSetup: ['test/storage/postgres-cluster.ts'] } },
    ],
  },
}));

/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The scanner types its suggested configuration with the SDK's own, from the SDK's protocol entry
// (types only: nothing of the SDK runs in the scanner, so none is compiled in).
const protocol = fileURLToPath(new URL('../../src/protocol.ts', import.meta.url));

export default defineConfig({
  resolve: { alias: { 'consentry/protocol': protocol } },
  // The `consentry-scan` bin for Node: its dependencies (playwright-core, tldts) stay imports,
  // installed with the package.
  build: {
    outDir: 'dist',
    ssr: true,
    target: 'node20',
    rollupOptions: { input: { bin: 'src/bin.ts', cli: 'src/cli.ts' }, output: { format: 'es', chunkFileNames: '[name]-[hash].js' } },
  },
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // Each end-to-end scan starts Chromium and visits every page three times.
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});

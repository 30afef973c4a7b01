// A Vue 3 app using the README's composable; it imports 'consentry' by package name, so it gets
// the built dist/ files. In `vite dev`, /consent/ goes to a collector started with
// `consentry-collector --base-path /consent` (COLLECTOR_PORT, 8787 by default).
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [vue()],
  logLevel: 'warn',
  server: {
    // The object form keeps the Host header (no changeOrigin), so the collector sees the page's
    // own origin and needs no --allow-origin. The trailing slash matters: Vite matches keys as
    // prefixes, and '/consent' would also send the app's own /consent.ts to the collector.
    proxy: { '/consent/': { target: `http://127.0.0.1:${process.env['COLLECTOR_PORT'] ?? 8787}` } },
  },
});

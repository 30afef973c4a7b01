// A React app rendered on the server (react-dom/server) and hydrated in the browser, built the
// way Vite's SSR guide does it: `vite build` for the client, `vite build --ssr` for the server.
// It imports 'consentry' and 'consentry/react' by package name, so it gets the built dist/ files.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  logLevel: 'warn',
});

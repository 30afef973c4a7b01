// A Preact app using @preact/signals, reading consent.signals as the README's recipe does; it
// imports 'consentry' by package name, so it gets the built dist/ files and shares their preact and
// @preact/signals-core (one copy of each in the bundle).
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  logLevel: 'warn',
});

/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minify } from '@swc/core';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

// Receipts carry the SDK version that wrote them (SPEC §7); package.json is its one source.
const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as { version: string };

// One configuration per shipped artefact, chosen with `vite build --mode <name>` (see
// scripts/build.mjs, which runs them all). Vitest uses the `test` section.
// Dependencies stay imports for the app's bundler, so an app shares one preact and one signals
// instance with Consentry; the framework a binding serves (consentry/react) is the app's own copy.
const ESM_EXTERNAL = /^(preact|@preact\/signals|@preact\/signals-core|js-cookie|react)(\/|$)/;

// The interface's CSS ships inside its module (adopted as a constructable stylesheet); it targets
// the browsers that have those (Chrome 73, Firefox 101, Safari 16.4), which all have logical
// properties: older targets add hundreds of :lang() RTL fallbacks.
const CSS_TARGET = ['chrome87', 'edge87', 'firefox101', 'safari16.4'];

// The loader is the file every page view downloads, so it gets the minifier that makes it
// smallest: swc compresses it about 80 B (gzip) below terser and 95 B below vite's default. It
// runs on the finished file (IIFE wrapper included), so its top-level names are mangled too.
const minifyLoader: Plugin = {
  name: 'consentry:minify-loader',
  async generateBundle(_, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type === 'chunk') file.code = (await minify(file.code, { compress: { passes: 3 }, mangle: true, ecma: 2020 })).code;
    }
  },
};

const builds: Record<string, UserConfig['build']> = {
  // `consentry` and `consentry/core` for bundlers: readable JS, dependencies left to the app; the
  // CSS string is minified since no app reads it.
  esm: {
    outDir: 'dist/esm',
    minify: false,
    cssMinify: true,
    cssTarget: CSS_TARGET,
    lib: { entry: { index: 'src/index.ts', core: 'src/core.ts', react: 'src/react.ts' }, formats: ['es'] },
    rollupOptions: { external: (id) => ESM_EXTERNAL.test(id) },
  },
  // The script-tag loader: one classic script, minified, that defines only window.Consentry.
  loader: {
    outDir: 'dist',
    emptyOutDir: false,
    // Minified by minifyLoader above.
    minify: false,
    lib: { entry: 'src/embed.ts', formats: ['iife'], name: 'ConsentryLoader', fileName: () => 'consentry.js' },
  },
  // The UI for the script-tag build: an ES module the loader imports only when something must show,
  // fully minified (lib mode otherwise keeps an ES module's whitespace). Each language is a chunk
  // beside it (consentry-ui-bg.js…), imported relative to it, so a visitor downloads only their own.
  ui: {
    outDir: 'dist',
    emptyOutDir: false,
    cssTarget: CSS_TARGET,
    lib: { entry: 'src/ui/mount.tsx', formats: ['es'], fileName: () => 'consentry-ui.js' },
    rollupOptions: { output: { minify: true, comments: false, chunkFileNames: 'consentry-ui-[name].js' } },
  },
  // The receipt collector for Node: dependencies stay external (installed with the package).
  collector: {
    outDir: 'dist/collector',
    ssr: true,
    target: 'node20',
    rollupOptions: { input: { index: 'src/collector/index.ts', cli: 'src/collector/cli.ts', bin: 'src/collector/bin.ts' }, output: { format: 'es' } },
  },
};

export default defineConfig(({ mode }) => ({
  plugins: mode === 'loader' ? [minifyLoader] : [],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { target: 'es2020', ...builds[mode] },
  // The script-tag interface uses the loader's copy of @preact/signals-core, not one of its own
  // (src/embed-signals.ts says why).
  resolve: mode === 'ui' ? { alias: { '@preact/signals-core': fileURLToPath(new URL('src/embed-ui-signals.ts', import.meta.url)) } } : {},
  define: { __SDK_VERSION__: JSON.stringify(version) },
  test: {
    environment: 'happy-dom',
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/size/**/*.test.ts'],
  },
}));

/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minify } from '@swc/core';
import { defineConfig, runnerImport, transformWithOxc, type Plugin, type UserConfig } from 'vite';
import type { BannerMarkup } from './scripts/prerender-banner';
import type { Markup } from './src/ui/markup';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));
// The built-in languages: the modules in src/ui/strings (model/language's BUILT_IN_LANGUAGES,
// which test/unit/ui/strings.test.ts checks against them).
const LANGUAGES = readdirSync(source('src/ui/strings')).map((file) => file.replace(/\.ts$/, ''));

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
// smallest (and so does the receipts module beside it): swc compresses it about 80 B (gzip) below terser and 95 B below vite's default. It
// runs on the finished file (IIFE wrapper included), so its top-level names are mangled too.
// The interface module gets it as well: 14078 B against vite's 14370 B (gzip, 2026-12-01).
const minifyLoader: Plugin = {
  name: 'consentry:minify-loader',
  async generateBundle({ format }, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type !== 'chunk') continue;
      // ASCII only in the code (the loader, receipts, the island, the components): Chromium keeps
      // a script's source in memory while the page lives, as 16 bits a character once one
      // character needs them, and one "…" doubled the loader's 21 KB that way (issue 12's heap
      // figure). Not in the language chunks, where escapes would cost bytes: their texts need 16
      // bits anyway.
      const language = file.facadeModuleId?.includes('/src/ui/strings/') ?? false;
      const options = { compress: { passes: 3 }, mangle: true, ecma: 2020 as const, module: format === 'es', format: { asciiOnly: !language } };
      file.code = (await minify(file.code, options)).code;
      // Chromium (136+) compiles every function of a script that starts with this comment while
      // the script streams in, off the main thread, instead of lazily on the main thread when each
      // is first called. Nearly all of the loader runs on every page, so that cut a returning
      // visit's script time by about a fifth (issue 12); 24 B. Not the interface: most of Preact
      // never runs for a banner, and eager code there cost heap without a faster banner.
      if (format === 'iife') file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
    }
  },
};

// `virtual:consentry/banner`: the banner's markup, prerendered from its component at build time
// (scripts/prerender-banner.tsx says how), for the island to paint before Preact loads.
const BANNER_MARKUP = 'virtual:consentry/banner';
let prerendered: Promise<{ markup: BannerMarkup; dependencies: string[] }> | undefined;
const prerender = () =>
  (prerendered ??= runnerImport<typeof import('./scripts/prerender-banner')>(fileURLToPath(new URL('scripts/prerender-banner.tsx', import.meta.url)), {
    configFile: false,
    logLevel: 'warn',
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    define: { __SDK_VERSION__: JSON.stringify(version) },
  }).then(({ module, dependencies }) => ({ markup: module.prerenderBanner(), dependencies })));
const bannerMarkup: Plugin = {
  name: 'consentry:banner-markup',
  // A test server (vitest) starts rendering at once rather than when a test first imports the
  // interface, so that no test waits the second or two it takes.
  configureServer() {
    prerender();
  },
  resolveId: (id) => (id === BANNER_MARKUP ? '\0' + BANNER_MARKUP : undefined),
  async load(id) {
    if (id !== '\0' + BANNER_MARKUP) return undefined;
    const { markup, dependencies } = await prerender();
    for (const file of dependencies) this.addWatchFile(file);
    return `export default ${JSON.stringify(markup)};`;
  },
};

// `strings/<language>.ts?part=banner` and `?part=rest`: a built-in language module in two parts,
// the banner's texts and the others (src/ui/language.ts says why). The banner's texts are the ones
// its prerendered markup holds (the `%key%` of its texts). Each language module's one export is an
// object of strings (test/unit/ui/strings.test.ts checks), so its part is that object's entries,
// written out as the part's default export.
const textKeys = (node: Markup): string[] => (typeof node === 'string' ? [...node.matchAll(/%(\w+)%/g)].map(([, key]) => key!) : node.slice(2).flatMap((child) => textKeys(child as Markup)));
const languageParts: Plugin = {
  name: 'consentry:language-parts',
  async load(id) {
    const [file, query = ''] = id.split('?') as [string, string?];
    const part = new URLSearchParams(query).get('part');
    if (!part || !file.includes('/src/ui/strings/')) return undefined;
    const { markup } = await prerender();
    const shown = new Set(textKeys(markup.section));
    const { code } = await transformWithOxc(readFileSync(file, 'utf8'), file);
    const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as Record<string, Record<string, string>>;
    const [texts] = Object.values(module);
    const banner = part === 'banner';
    return `export default ${JSON.stringify(Object.fromEntries(Object.entries(texts!).filter(([key]) => shown.has(key) === banner)))};`;
  },
};

const builds: Record<string, UserConfig['build']> = {
  // `consentry`, `consentry/core` and `consentry/react` for bundlers: readable JS, dependencies left
  // to the app; the CSS string is minified since no app reads it. `consentry/protocol` carries the
  // part of valibot its receipt check uses, since the SDK does not depend on valibot.
  esm: {
    outDir: 'dist/esm',
    minify: false,
    cssMinify: true,
    cssTarget: CSS_TARGET,
    lib: { entry: { index: 'src/index.ts', core: 'src/core.ts', react: 'src/react.ts', protocol: 'src/protocol.ts' }, formats: ['es'] },
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
  // The receipts module for the script-tag build (src/receipts/start-receipts.ts says why it is
  // one): an ES module the loader imports beside itself when a decision is recorded, the interface
  // shows or receipts wait. Minified by minifyLoader like the loader, for the same reason.
  receipts: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    lib: { entry: 'src/receipts/start-receipts.ts', formats: ['es'], fileName: () => 'consentry-receipts.js' },
  },
  // The UI for the script-tag build: an ES module the loader imports only when something must show,
  // minified by minifyLoader (its CSS string by vite). Each language is a chunk
  // beside it (consentry-ui-bg.js…), imported relative to it, so a visitor downloads only their own.
  // Its JSX compiles to preact's own h() (classic runtime, h and Fragment imported where used):
  // shorter calls than jsx()'s children-in-props, and no preact/jsx-runtime module beside the
  // createElement preact already carries; 162 B gzip. Preact builds the same elements either way.
  ui: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    cssMinify: true,
    cssTarget: CSS_TARGET,
    // The interface, and each language's two parts as files of their own, which the interface
    // and the components find by name (src/ui/script-tag-texts.ts).
    lib: {
      entry: {
        'consentry-ui': 'src/ui/island.ts',
        ...Object.fromEntries(
          LANGUAGES.flatMap((language) => [
            [`consentry-ui-${language}`, `src/ui/strings/${language}.ts?part=banner`],
            [`consentry-ui-${language}-rest`, `src/ui/strings/${language}.ts?part=rest`],
          ]),
        ),
      },
      formats: ['es'],
      fileName: (_, name) => `${name}.js`,
    },
    // What the island and the components share stays in the island (the entry may export more
    // than its own two functions): the components are only ever imported by it, so a chunk of
    // its own would be one more request before the banner, for nothing.
    rollupOptions: {
      preserveEntrySignatures: 'allow-extension',
      transform: { inject: { h: ['preact', 'h'], Fragment: ['preact', 'Fragment'] } },
      output: { chunkFileNames: 'consentry-ui-[name].js' },
    },
  },
};

export default defineConfig(({ mode }) => ({
  plugins: [bannerMarkup, languageParts, ...(mode === 'loader' || mode === 'receipts' || mode === 'ui' ? [minifyLoader] : [])],
  oxc: { jsx: mode === 'ui' ? { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' } : { runtime: 'automatic', importSource: 'preact' } },
  build: { target: 'es2020', ...builds[mode] },
  resolve:
    mode === 'ui'
      ? {
          alias: {
            // The script-tag interface uses the loader's copy of @preact/signals-core, not one of
            // its own (src/embed-signals.ts says why).
            '@preact/signals-core': source('src/embed-ui-signals.ts'),
            // The languages' parts by name, beside the interface (src/ui/script-tag-texts.ts says why).
            './banner-texts': source('src/ui/script-tag-texts.ts'),
            './rest-texts': source('src/ui/script-tag-texts.ts'),
          },
        }
      : {},
  define: { __SDK_VERSION__: JSON.stringify(version) },
  test: {
    environment: 'happy-dom',
    include: ['test/**/*.test.{ts,tsx}'],
    // The engine suites have their own configuration (test/engines/vitest.config.ts).
    exclude: ['test/engines/**', '**/node_modules/**'],
    // Builds, compilers and child processes on a loaded machine can take many times their usual
    // time: these bounds only catch a hang, so a busy machine slows the suite without failing it.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
}));

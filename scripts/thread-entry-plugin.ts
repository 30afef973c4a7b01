// Worker threads as real module entries (issue 11): `import url from './x.ts?thread'` gives the
// file URL of x.ts built as its own ES module, for `new Worker(url)`. In `vite build` the thread is
// emitted as an entry chunk of the same build; under vitest (vite's dev server) it is built on
// demand into node_modules/.cache, so tests run the same bundled program the package ships.
import { mkdirSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'vite';

const SUFFIX = '?thread';
const PLACEHOLDER = '__consentry_thread_';

export function threadEntries(): Plugin {
  let command: 'build' | 'serve' = 'build';
  let cacheDir = '';
  return {
    name: 'consentry:thread-entries',
    configResolved(config) {
      command = config.command;
      cacheDir = join(config.cacheDir, 'threads');
    },
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX)) return null;
      const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer);
      return resolved && resolved.id + SUFFIX;
    },
    // The URL is relative to the chunk that imports the thread, wherever the two chunks land.
    renderChunk(code, chunk) {
      if (!code.includes(PLACEHOLDER)) return null;
      return code.replace(new RegExp(`${PLACEHOLDER}([\\w-]+\\.js)`, 'g'), (_, fileName: string) => {
        const path = posix.relative(posix.dirname(chunk.fileName), fileName);
        return path.startsWith('.') ? path : `./${path}`;
      });
    },
    async load(id) {
      if (!id.endsWith(SUFFIX)) return null;
      const file = id.slice(0, -SUFFIX.length);
      const name = basename(file).replace(/\.ts$/, '');
      if (command === 'build') {
        this.emitFile({ type: 'chunk', id: file, fileName: `${name}.js` });
        return `export default new URL(${JSON.stringify(`${PLACEHOLDER}${name}.js`)}, import.meta.url);`;
      }
      mkdirSync(cacheDir, { recursive: true });
      await build({
        configFile: false,
        logLevel: 'warn',
        build: { ssr: file, outDir: cacheDir, emptyOutDir: false, target: 'node20', rollupOptions: { output: { format: 'es', entryFileNames: `${name}.js` } } },
      });
      this.addWatchFile(file);
      return `export default new URL(${JSON.stringify(pathToFileURL(join(cacheDir, `${name}.js`)).href)});`;
    },
  };
}

// Worker threads as real module entries: `import url from './x.ts?thread'` gives the
// file URL of x.ts built as its own ES module, for `new Worker(url)`. In `vite build` the thread is
// emitted as an entry chunk of the same build; under vitest (vite's dev server) it is built on
// demand into vite's cache directory, so tests run the same bundled program the package ships.
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type Rolldown } from 'vite';

type RolldownOutput = Rolldown.RolldownOutput;

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
        // Node's own URL class, which Worker requires: a page-like environment (the tests' DOM)
        // replaces the global one.
        return `import { URL as NodeURL } from 'node:url';\nexport default new NodeURL(${JSON.stringify(`${PLACEHOLDER}${name}.js`)}, import.meta.url);`;
      }
      const built = await build({
        configFile: false,
        logLevel: 'warn',
        build: { ssr: file, write: false, target: 'node20', rollupOptions: { output: { format: 'es' } } },
      });
      const code = (Array.isArray(built) ? built[0]! : (built as RolldownOutput)).output[0].code;
      // Named by content and renamed into place whole: test workers that build the same thread at
      // once never see each other's half-written file.
      const output = join(cacheDir, `${name}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`);
      mkdirSync(cacheDir, { recursive: true });
      const temporary = `${output}.${process.pid}.tmp`;
      writeFileSync(temporary, code);
      renameSync(temporary, output);
      this.addWatchFile(file);
      return `export default new URL(${JSON.stringify(pathToFileURL(output).href)});`;
    },
  };
}

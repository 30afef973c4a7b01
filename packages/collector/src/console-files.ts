// Reads the built console (dist/console/, written by `vite build --mode console`) into memory for
// createCollector's `consoleFiles` option (Node only). The handler itself reads no files, so it
// also runs on edge runtimes, where a bundler can supply the same map.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * The console's files by their path under `/admin/` (`index.html`, `assets/…`), read once.
 * `directory` defaults to the console built beside this collector (`dist/console/`); throws when
 * it is missing.
 *
 * @example
 * ```ts
 * const collector = createCollector({ storage, signer, adminToken, consoleFiles: readConsoleFiles() });
 * ```
 */
export function readConsoleFiles(directory: string = fileURLToPath(new URL('../console/', import.meta.url))): ReadonlyMap<string, Uint8Array> {
  return new Map(filesUnder(directory).map((path) => [relative(directory, path).split(sep).join('/'), readFileSync(path)]));
}

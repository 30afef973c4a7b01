// Starts a worker thread (Node only). Each thread's program is a module of its own, imported as
// `import entry from './program.ts?thread'`: vite builds it as a separate entry (see
// scripts/thread-entry-plugin.ts) and the import gives the built file's URL.
import { Worker } from 'node:worker_threads';

/** Starts the thread module at `entry` with `workerData`. */
export function startThread(entry: URL, workerData: unknown): Worker {
  return new Worker(entry, { workerData });
}

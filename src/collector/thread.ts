// Starts a worker thread from a function's source text (Node only). The collector ships as one
// bundle with no separate worker file to point a Worker at, so a thread's program is a function
// that runs from its own text: it must use nothing from outside its body but `require` and
// `workerData`, and is written in the subset of TypeScript that compiles to itself plus types.
import { Worker } from 'node:worker_threads';

/** A worker thread's program: everything it needs it takes from `require` and workerData. */
export type ThreadProgram = (require: NodeJS.Require) => void;

/** Starts `program` on a new worker thread with `workerData`. */
export function startThread(program: ThreadProgram, workerData: unknown): Worker {
  return new Worker(`(${program.toString()})(require)`, { eval: true, workerData });
}

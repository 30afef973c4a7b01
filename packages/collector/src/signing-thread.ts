// The signing thread's program (started by key-file.ts, built by vite as its own entry): signs
// every message of a batch, in order, with the private key it was started with.
import { createPrivateKey, sign } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';

const key = createPrivateKey(workerData as string);
const port = parentPort!;
port.on('message', (messages: Uint8Array[]) => port.postMessage(messages.map((message) => sign(null, message, key))));

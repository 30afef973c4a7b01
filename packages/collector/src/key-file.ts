// The collector's Ed25519 key pair, kept in one PEM file (Node only). The private key is what
// makes a receipt's signature proof that this collector stored it, so the file is created with
// mode 0600 and a file that others can read is refused, as ssh refuses a readable identity.
import { createPrivateKey, createPublicKey, generateKeyPairSync, verify, type KeyObject } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { hasValidSignature, type ReceiptSigner, type SignedReceipt } from './signing';
import type { SignedHead } from './storage/receipt-log';
import signingThreadEntry from './signing-thread.ts?thread';
import { startThread } from './thread';

// How long the signing thread waits for work before it stops (it starts again on demand).
const SIGNING_THREAD_IDLE_MS = 1000;

interface PendingSignature {
  message: Uint8Array;
  resolve(signature: Uint8Array): void;
  reject(error: unknown): void;
}

/**
 * Signs on a thread of its own. An Ed25519 signature takes ~40 µs, the largest single cost of a
 * receipt on the main thread, which also parses every request; here the receipts of one turn of
 * the event loop are signed in one batch beside it. (node:crypto's sign() works on the calling
 * thread even with a callback, and Web Crypto's thread-pool jobs cost twice the CPU.)
 */
function createSigningThread(privateKeyPem: string): (message: Uint8Array) => Promise<Uint8Array> {
  let thread: Worker | null = null;
  let batch: PendingSignature[] = [];
  const sent: PendingSignature[][] = [];
  let idleTimer: NodeJS.Timeout | undefined;

  function start(): Worker {
    const worker = startThread(signingThreadEntry, privateKeyPem);
    let failure: unknown = new Error('the signing thread stopped');
    worker.on('message', (signatures: Uint8Array[]) => {
      sent.shift()!.forEach((pending, index) => {
        pending.resolve(signatures[index]!);
      });
      if (sent.length > 0) return;
      worker.unref();
      idleTimer = setTimeout(() => {
        thread = null;
        void worker.terminate();
      }, SIGNING_THREAD_IDLE_MS).unref();
    });
    worker.on('error', (error) => {
      failure = error;
    });
    worker.on('exit', () => {
      if (thread !== worker) return;
      thread = null;
      for (const pending of sent.splice(0).flat()) pending.reject(failure);
    });
    return worker;
  }

  function sendBatch(): void {
    clearTimeout(idleTimer);
    thread ??= start();
    thread.ref();
    sent.push(batch);
    thread.postMessage(batch.map((pending) => pending.message));
    batch = [];
  }

  return (message) =>
    new Promise((resolve, reject) => {
      if (batch.length === 0) setImmediate(sendBatch);
      batch.push({ message, resolve, reject });
    });
}

function signerFrom(privateKey: KeyObject): ReceiptSigner {
  const publicKey = createPublicKey(privateKey);
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign: createSigningThread(privateKey.export({ type: 'pkcs8', format: 'pem' }) as string),
    verify: (message, signature) => verify(null, message, publicKey, signature),
  };
}

/**
 * Writes a new key file without ever leaving a partial one at `path`: the key is written and
 * flushed to a private temporary file, then linked into place, which fails if another process
 * created the key first (its key is then used instead).
 */
function createKeyFile(path: string): void {
  const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  const temporary = `${path}.${process.pid}.tmp`;
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    writeSync(fd, pem);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }
}

/**
 * The signer for a key file: loads the Ed25519 private key (PKCS#8 PEM) from `path`, or generates
 * one there (mode 0600) on first start. Throws, with the reason, when the file is readable by
 * others or holds anything but an Ed25519 private key.
 *
 * @example
 * ```ts
 * const signer = createKeyFileSigner('./data/signing.key');
 * const collector = createCollector({ storage, signer });
 * ```
 */
export function createKeyFileSigner(path: string): ReceiptSigner {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    createKeyFile(path);
    stats = statSync(path);
  }
  // Windows has no POSIX modes to check.
  if (process.platform !== 'win32' && (stats.mode & 0o077) !== 0) {
    throw new Error(`the signing key ${path} is readable by other users; run chmod 600 ${path}`);
  }
  const privateKey = createPrivateKey(readFileSync(path));
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(`the signing key ${path} is a ${privateKey.asymmetricKeyType} key; an Ed25519 key is required`);
  }
  return signerFrom(privateKey);
}

/**
 * Checks a stored receipt (from an export, a subject's history or the 201 response merged into
 * the posted receipt), or a signed head (from `GET /v1/head`), against a collector's public key
 * from `GET /v1/public-key`.
 *
 * @example
 * ```ts
 * const { publicKey } = await (await fetch(`${collectorUrl}/v1/public-key`)).json();
 * for (const line of ndjson.split('\n').filter(Boolean)) {
 *   if (!(await verifyReceiptSignature(JSON.parse(line), publicKey))) console.log('forged:', line);
 * }
 * const head = await (await fetch(`${collectorUrl}/v1/head`)).json();
 * if (await verifyReceiptSignature(head, publicKey)) keep(head);
 * ```
 */
export function verifyReceiptSignature(signed: SignedReceipt | SignedHead, publicKeyPem: string): Promise<boolean> {
  const publicKey = createPublicKey(publicKeyPem);
  return hasValidSignature((message, signature) => verify(null, message, publicKey, signature), signed);
}

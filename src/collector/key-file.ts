// The collector's Ed25519 key pair, kept in one PEM file (Node only). The private key is what
// makes a receipt's signature proof that this collector stored it, so the file is created with
// mode 0600 and a file that others can read is refused, as ssh refuses a readable identity.
import { createPrivateKey, createPublicKey, generateKeyPairSync, verify, webcrypto, type KeyObject } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { hasValidSignature, type ReceiptSigner, type SignedReceipt } from './signing';

// Signing goes through Web Crypto, which runs each Ed25519 operation on libuv's thread pool: the
// main thread, which parses every request, hands it off instead of spending ~40 µs per receipt.
// (node:crypto's sign() does the work on the calling thread even when given a callback.)
function signerFrom(privateKey: KeyObject): ReceiptSigner {
  const publicKey = createPublicKey(privateKey);
  const signingKey = webcrypto.subtle.importKey('pkcs8', privateKey.export({ type: 'pkcs8', format: 'der' }), 'Ed25519', false, ['sign']);
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign: async (message) => new Uint8Array(await webcrypto.subtle.sign('Ed25519', await signingKey, message)),
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
  let stats;
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
 * the posted receipt) against a collector's public key from `GET /v1/public-key`.
 *
 * @example
 * ```ts
 * const { publicKey } = await (await fetch(`${collectorUrl}/v1/public-key`)).json();
 * for (const line of ndjson.split('\n').filter(Boolean)) {
 *   if (!(await verifyReceiptSignature(JSON.parse(line), publicKey))) console.log('forged:', line);
 * }
 * ```
 */
export function verifyReceiptSignature(record: SignedReceipt, publicKeyPem: string): Promise<boolean> {
  const publicKey = createPublicKey(publicKeyPem);
  return hasValidSignature((message, signature) => verify(null, message, publicKey, signature), record);
}

// What the collector signs, and the signer it is given. The HTTP handler must also run on edge
// runtimes, where node:crypto may be missing, so it never creates keys or imports crypto modules
// itself: it is handed a ReceiptSigner. In Node, createKeyFileSigner (key-file.ts) provides one
// from a key file; on an edge runtime, Web Crypto's Ed25519 fits the same two functions.
import { canonicalJson, type Receipt } from 'consentry/protocol';

/** A receipt as the collector stores and serves it: the posted receipt, when it arrived, and its signature. */
export type SignedReceipt = Receipt & {
  /** When the collector received the receipt (ISO 8601, the collector's clock). */
  receivedAt: string;
  /** Base64 Ed25519 signature over {@link signatureInput} of every other field. */
  signature: string;
};

/**
 * Signs and checks receipts with one Ed25519 key pair.
 *
 * @example
 * ```ts
 * // An edge runtime with Web Crypto: the key pair comes from a secret binding.
 * const signer: ReceiptSigner = {
 *   publicKeyPem,
 *   sign: async (message) => new Uint8Array(await crypto.subtle.sign('Ed25519', privateKey, message)),
 *   verify: (message, signature) => crypto.subtle.verify('Ed25519', publicKey, signature, message),
 * };
 * ```
 */
export interface ReceiptSigner {
  /** The public key as PEM (SPKI), served at `GET /v1/public-key`. */
  publicKeyPem: string;
  sign(message: Uint8Array): Uint8Array | Promise<Uint8Array>;
  verify(message: Uint8Array, signature: Uint8Array): boolean | Promise<boolean>;
}

/** The fields a signature covers: everything the collector stores except the signature itself. */
export type SignedFields = Omit<SignedReceipt, 'signature'>;

const encoder = new TextEncoder();

/**
 * The exact bytes signed: the canonical JSON (RFC 8785) of a stored receipt, or of a signed head
 * (storage/receipt-log.ts), with its `signature` field removed.
 */
export function signatureInput(fields: object): Uint8Array {
  return encoder.encode(canonicalJson(fields));
}

/** The base64 signature of `fields` (a receipt or a head without its signature). */
export async function signatureOf(signer: ReceiptSigner, fields: object): Promise<string> {
  return btoa(String.fromCharCode(...(await signer.sign(signatureInput(fields)))));
}

/** Adds the collector's signature to a receipt it has just received. */
export async function signReceipt(signer: ReceiptSigner, receipt: Receipt, receivedAt: string): Promise<SignedReceipt> {
  const fields: SignedFields = { ...receipt, receivedAt };
  return { ...fields, signature: await signatureOf(signer, fields) };
}

/** The bytes a stored receipt's or head's signature covers and the signature's own, or null when it is not base64. */
export function signedMessage(signed: { signature: string }): { message: Uint8Array; signature: Uint8Array } | null {
  const { signature, ...fields } = signed;
  let bytes: Uint8Array;
  try {
    bytes = Uint8Array.from(atob(signature), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
  return { message: signatureInput(fields), signature: bytes };
}

/** Whether a stored receipt's or head's signature matches every other field of it, checked with `verify`. */
export async function hasValidSignature(verify: ReceiptSigner['verify'], signed: { signature: string }): Promise<boolean> {
  const parts = signedMessage(signed);
  return parts !== null && verify(parts.message, parts.signature);
}

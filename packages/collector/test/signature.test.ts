// @vitest-environment node
// Each stored receipt carries an Ed25519 signature over its canonical JSON (SPEC §8): anyone with
// the public key from GET /v1/public-key can check it, and any changed byte makes it fail.
import { generateKeyPairSync, verify } from 'node:crypto';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { canonicalJson } from 'consentry/protocol';
import { createKeyFileSigner, verifyReceiptSignature } from '../src/key-file';
import { signatureInput, type SignedReceipt } from '../src/signing';
import { openCollector, postReceipt, request, temporaryDirectory, validReceipt } from './fixtures';

describe('receipt signatures', () => {
  const directory = temporaryDirectory();
  let setup: ReturnType<typeof openCollector>;
  let stored: SignedReceipt;
  let publicKey: string;

  beforeAll(async () => {
    setup = openCollector(directory.path);
    const receipt = validReceipt({ notice: { policyUrl: 'https://shop.example.com/privacy', revision: '2026-01', language: 'bg', textHash: null } });
    await postReceipt(setup.collector, receipt);
    stored = ((await (await request(setup.collector, `/v1/subjects/${receipt.subjectId}/receipts`)).json()) as { receipts: SignedReceipt[] }).receipts[0]!;
    publicKey = ((await (await request(setup.collector, '/v1/public-key')).json()) as { publicKey: string }).publicKey;
  });
  afterAll(async () => {
    await setup.storage.close();
    directory.remove();
  });

  it('verifies with the served public key, by the documented recipe', async () => {
    expect(await verifyReceiptSignature(stored, publicKey)).toBe(true);
    // The recipe an auditor follows without this package: drop `signature`, canonicalise, verify.
    const { signature, ...fields } = stored;
    expect(verify(null, Buffer.from(canonicalJson(fields)), publicKey, Buffer.from(signature, 'base64'))).toBe(true);
  });

  it('fails when any byte of the signed content changes', () => {
    const { signature, ...fields } = stored;
    const message = Buffer.from(signatureInput(fields));
    const key = Buffer.from(signature, 'base64');
    let verified = 0;
    for (let index = 0; index < message.length; index += 1) {
      const changed = Buffer.from(message);
      changed[index] = changed[index]! ^ 0x01;
      if (verify(null, changed, publicKey, key)) verified += 1;
    }
    expect(message.length).toBeGreaterThan(500);
    expect(verified).toBe(0);
  });

  it('fails when any byte of the signature changes', () => {
    const { signature, ...fields } = stored;
    const message = signatureInput(fields);
    const original = Buffer.from(signature, 'base64');
    const verified = original.filter((_byte, index) => {
      const changed = Buffer.from(original);
      changed[index] = changed[index]! ^ 0x80;
      return verify(null, message, publicKey, changed);
    });
    expect(original).toHaveLength(64);
    expect(verified).toHaveLength(0);
  });

  it.each([
    ['a category', (r: SignedReceipt) => ({ ...r, categories: { ...r.categories, analytics: !r.categories.analytics } })],
    ['the arrival time', (r: SignedReceipt) => ({ ...r, receivedAt: new Date(Date.parse(r.receivedAt) + 1).toISOString() })],
    ['the subject', (r: SignedReceipt) => ({ ...r, subjectId: validReceipt().subjectId })],
    ['an added field', (r: SignedReceipt) => ({ ...r, note: 'consent confirmed by phone' })],
    ['a malformed signature', (r: SignedReceipt) => ({ ...r, signature: 'not base64!' })],
  ])('fails when %s changes', async (_what, change) => {
    expect(await verifyReceiptSignature(change(stored) as SignedReceipt, publicKey)).toBe(false);
  });

  it('fails with another key', async () => {
    const other = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(await verifyReceiptSignature(stored, other)).toBe(false);
  });
});

describe('the signing key file', () => {
  const directory = temporaryDirectory();
  afterAll(() => directory.remove());

  it('is generated on first start with mode 0600, then reused', () => {
    const path = join(directory.path, 'keys', 'signing.key');
    const first = createKeyFileSigner(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(createKeyFileSigner(path).publicKeyPem).toBe(first.publicKeyPem);
  });

  it('signs many receipts at once on its own thread, each with a valid signature, and again after the thread idled out', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const path = join(directory.path, 'threaded.key');
      const signer = createKeyFileSigner(path);
      const messages = Array.from({ length: 50 }, (_, index) => new TextEncoder().encode(`receipt ${index}`));
      const signatures = await Promise.all(messages.map((message) => signer.sign(message)));
      expect(signatures.every((signature, index) => verify(null, messages[index]!, signer.publicKeyPem, signature))).toBe(true);
      // The idle timer stops the thread; the next signature starts a new one.
      vi.runOnlyPendingTimers();
      const again = await signer.sign(messages[0]!);
      expect(Buffer.from(again).equals(Buffer.from(signatures[0]!))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('is refused when other users can read it', () => {
    const path = join(directory.path, 'shared.key');
    createKeyFileSigner(path);
    chmodSync(path, 0o644);
    expect(() => createKeyFileSigner(path)).toThrow(`the signing key ${path} is readable by other users; run chmod 600 ${path}`);
  });

  it('is refused when it holds another kind of key', () => {
    const path = join(directory.path, 'ec.key');
    writeFileSync(path, generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    expect(() => createKeyFileSigner(path)).toThrow(/is a ec key; an Ed25519 key is required/);
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every depth, keeps array order, drops undefined members and escapes like JSON', () => {
    expect(canonicalJson({ b: 1, a: [{ d: true, c: null }, 'x"y'], e: undefined, é: 'é', Z: 0 })).toBe('{"Z":0,"a":[{"c":null,"d":true},"x\\"y"],"b":1,"é":"é"}');
  });
});

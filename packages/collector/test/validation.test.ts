// @vitest-environment node
// Every field of a receipt is checked (SPEC §7): each malformed receipt below is refused
// with 400 {error, field} naming the field, and nothing of it is stored.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReceipt, type Receipt } from 'consentry/protocol';
import { admin, openCollector, postReceipt, request, temporaryDirectory, validReceipt } from './fixtures';

// biome-ignore lint/suspicious/noExplicitAny: each mutation reaches into the receipt's nested fields to break one.
type Mutation = (receipt: Record<string, any>) => unknown;

const DAY = 86_400_000;
const thirtyThree = Object.fromEntries([['necessary', true], ...Array.from({ length: 32 }, (_, i) => [`c${i}`, false])]);

const MALFORMED: [description: string, mutate: Mutation, field: string | null][] = [
  ['an array instead of an object', () => [], null],
  ['a string instead of an object', () => 'receipt', null],
  ['another schema version', (r) => ({ ...r, schema: 'consentry.receipt/2' }), 'schema'],
  ['no receiptId', ({ receiptId, ...r }) => r, 'receiptId'],
  ['an upper-case receiptId', (r) => ({ ...r, receiptId: r.receiptId.toUpperCase() }), 'receiptId'],
  ['a version 1 UUID as receiptId', (r) => ({ ...r, receiptId: 'c232ab00-9414-11ec-b3c8-9f6bdeced846' }), 'receiptId'],
  ['a number as subjectId', (r) => ({ ...r, subjectId: 42 }), 'subjectId'],
  ['a subjectId that is not a UUID', (r) => ({ ...r, subjectId: 'visitor@example.com' }), 'subjectId'],
  ['a date without time', (r) => ({ ...r, eventTime: '2026-01-01' }), 'eventTime'],
  ['a time with an offset', (r) => ({ ...r, eventTime: '2026-01-01T12:00:00.000+02:00' }), 'eventTime'],
  ['an impossible date', (r) => ({ ...r, eventTime: '2026-02-30T12:00:00.000Z' }), 'eventTime'],
  ['a time two days ahead', (r) => ({ ...r, eventTime: new Date(Date.now() + 2 * DAY).toISOString() }), 'eventTime'],
  ['an unknown eventType', (r) => ({ ...r, eventType: 'accepted' }), 'eventType'],
  ['an unknown method', (r) => ({ ...r, method: 'banner.close' }), 'method'],
  ['categories as an array', (r) => ({ ...r, categories: ['necessary'] }), 'categories'],
  ['an upper-case category name', (r) => ({ ...r, categories: { ...r.categories, Analytics: true } }), 'categories.Analytics'],
  ['a 33-character category name', (r) => ({ ...r, categories: { ...r.categories, ['x'.repeat(33)]: true } }), `categories.${'x'.repeat(33)}`],
  ['a category granted with "yes"', (r) => ({ ...r, categories: { ...r.categories, analytics: 'yes' } }), 'categories.analytics'],
  ['33 categories', (r) => ({ ...r, categories: thirtyThree }), 'categories'],
  ['no necessary category', (r) => ({ ...r, categories: { analytics: true } }), 'categories'],
  ['necessary refused', (r) => ({ ...r, categories: { necessary: false, analytics: true } }), 'categories'],
  ['a __proto__ category', (r) => ({ ...r, categories: JSON.parse('{"necessary":true,"__proto__":true}') }), 'categories'],
  ['a previousReceiptId that is not a UUID', (r) => ({ ...r, previousReceiptId: 'first' }), 'previousReceiptId'],
  ['a previousReceiptId equal to receiptId', (r) => ({ ...r, previousReceiptId: r.receiptId }), 'previousReceiptId'],
  ['no notice', ({ notice, ...r }) => r, 'notice'],
  ['a javascript: policy URL', (r) => ({ ...r, notice: { ...r.notice, policyUrl: 'javascript:alert(1)' } }), 'notice.policyUrl'],
  ['a 33-character revision', (r) => ({ ...r, notice: { ...r.notice, revision: 'r'.repeat(33) } }), 'notice.revision'],
  ['a language that is not a tag', (r) => ({ ...r, notice: { ...r.notice, language: 'English' } }), 'notice.language'],
  ['an md5 text hash', (r) => ({ ...r, notice: { ...r.notice, textHash: 'md5-1B2M2Y8AsgTpgAmY7PhCfg==' } }), 'notice.textHash'],
  ['an extra notice field', (r) => ({ ...r, notice: { ...r.notice, shownTo: 'Ada' } }), 'notice.shownTo'],
  ['gpc as a string', (r) => ({ ...r, signals: { gpc: 'false' } }), 'signals.gpc'],
  ['a page with a query string', (r) => ({ ...r, page: 'https://shop.example.com/cart?email=ada@example.com' }), 'page'],
  ['a page with a fragment', (r) => ({ ...r, page: 'https://shop.example.com/cart#token' }), 'page'],
  ['a page with credentials', (r) => ({ ...r, page: 'https://ada:secret@shop.example.com/' }), 'page'],
  ['an ftp page', (r) => ({ ...r, page: 'ftp://shop.example.com/' }), 'page'],
  ['a page over 2048 characters', (r) => ({ ...r, page: `https://shop.example.com/${'p'.repeat(2048)}` }), 'page'],
  ['a sdkVersion that is not a version', (r) => ({ ...r, sdkVersion: 'latest' }), 'sdkVersion'],
  ['an unknown field (an IP address)', (r) => ({ ...r, ip: '203.0.113.9' }), 'ip'],
];

describe('receipt validation', () => {
  const directory = temporaryDirectory();
  let setup: ReturnType<typeof openCollector>;
  beforeAll(() => {
    setup = openCollector(directory.path);
  });
  afterAll(async () => {
    await setup.storage.close();
    directory.remove();
  });

  it('accepts the valid receipt the table starts from, unchanged', () => {
    const receipt = validReceipt();
    expect(checkReceipt(JSON.parse(JSON.stringify(receipt)))).toEqual({ ok: true, receipt });
    expect(checkReceipt(validReceipt({ previousReceiptId: randomUUID(), notice: { ...receipt.notice, policyUrl: null, textHash: null } })).ok).toBe(true);
  });

  it.each(MALFORMED)('refuses %s, naming the field', async (_description, mutate, field) => {
    const body = mutate(validReceipt() as Parameters<Mutation>[0]);
    const response = await postReceipt(setup.collector, body);
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { error: string; field: string | null };
    expect(answer.field).toBe(field);
    expect(answer.error).toMatch(field ? new RegExp(`^${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `) : /\S/);
  });

  it('stores none of the refused receipts', async () => {
    const exported = await request(setup.collector, '/v1/receipts', { headers: admin });
    expect(await exported.text()).toBe('');
  });

  it('refuses a body that is not JSON, and names no field', async () => {
    const response = await request(setup.collector, '/v1/receipts', { method: 'POST', body: '{"schema":' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'the body is not JSON', field: null });
  });

  it('says plainly whether a field is missing or unknown', () => {
    const { receiptId, ...withoutId } = validReceipt();
    expect(checkReceipt(withoutId)).toMatchObject({ ok: false, error: 'receiptId: is required' });
    expect(checkReceipt({ ...validReceipt(), ip: '203.0.113.9' })).toMatchObject({ ok: false, error: 'ip: is not a receipt field' });
  });

  it('keeps the receipt type and the schema in step', () => {
    // A compile-time check as much as a runtime one: every field of Receipt is one the schema accepts.
    const receipt: Receipt = validReceipt();
    expect(Object.keys(receipt).sort()).toEqual(['categories', 'eventTime', 'eventType', 'method', 'notice', 'page', 'previousReceiptId', 'receiptId', 'schema', 'sdkVersion', 'signals', 'subjectId']);
  });
});

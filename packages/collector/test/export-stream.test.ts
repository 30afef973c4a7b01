// @vitest-environment node
// CSV export cells (OWASP "CSV injection"): whatever a stored receipt holds, no cell starts a
// formula in a spreadsheet and no control character reaches the file raw.
import { describe, expect, it } from 'vitest';
import { exportStream } from '../src/export-stream';
import type { SignedReceipt } from '../src/signing';
import { validReceipt } from './fixtures';

async function csvRow(page: string): Promise<string> {
  const record: SignedReceipt = { ...validReceipt({ page }), receivedAt: '2026-01-01T00:00:00.000Z', signature: 'c2ln' };
  async function* one() {
    yield record;
  }
  const text = await new Response(exportStream(one(), 'csv')).text();
  return text.split('\r\n')[1]!.split(',').at(-3)!;
}

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://evil.example")', `"'=HYPERLINK(""http://evil.example"")"`],
    ['+1+1', "'+1+1"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['https://a.example/\u001b]8;;x\u0007', 'https://a.example/\ufffd]8;;x\ufffd'],
    ['https://a.example/\u0000\u007f', 'https://a.example/\ufffd\ufffd'],
    ['https://a.example/a=b+c-d@e', 'https://a.example/a=b+c-d@e'],
  ])('writes %j as %j', async (value, cell) => {
    expect(await csvRow(value)).toBe(cell);
  });
});

import { expect, test, vi } from 'vitest';
import { decodeChoice, encodeChoice } from '../../../src/storage/cookie-codec';

// A method is stored as its index in METHODS, in as many digits as it needs (one digit would make
// every stored choice unreadable once there are eleven). Here the list of methods has grown to twelve.
vi.mock('../../../src/model/decision', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/model/decision')>();
  return { ...original, METHODS: [...original.METHODS, 'ninth', 'tenth', 'eleventh', 'twelfth'] };
});

test('a method past the tenth is stored and read back', () => {
  const choice = {
    subjectId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    lastReceiptId: null,
    decidedAt: 1_767_225_600_000,
    method: 'twelfth' as never,
    categories: { analytics: true },
    revision: '1',
  };
  const value = encodeChoice(choice);
  expect(value).toContain('.11.analytics.');
  expect(decodeChoice(value)).toEqual(choice);
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { printable, printableJson } from '../src/printable';

describe('text safe for a terminal', () => {
  it('escapes every control character and bidi override, and nothing else', () => {
    expect(printable('\u001b]0;title\u0007 \n::warning::x\r\t\u007f\u009b\u202e\u2066 café ✓')).toBe('\\u001B]0;title\\u0007 \\n::warning::x\\r\\t\\u007F\\u009B\\u202E\\u2066 café ✓');
  });

  it('writes JSON with no raw control character, which reads back as the same value', () => {
    const value = { key: '\u001b[2J\n\u007f\u0085\u009b\u202e', plain: 'Reject all' };
    const json = printableJson(value);
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(JSON.parse(json)).toEqual(value);
    expect(json).toBe(JSON.stringify(value, null, 2).replace('\u007f\u0085\u009b\u202e', '\\u007F\\u0085\\u009B\\u202E'));
  });
});

import { describe, expect, test } from 'vitest';
import { METHODS } from '../../../src/model/decision';
import { randomUuid } from '../../../src/model/ids';
import { decodeChoice, encodeChoice, type StoredChoice } from '../../../src/storage/cookie-codec';
import { seededRandom } from '../../fixtures/seeded-random';

// Property-style tests: many generated inputs from a seeded generator, so a failure is reproducible.
const generator = seededRandom;

const NAME = 'abcdefghijklmnopqrstuvwxyz0123456789_-';
const REVISION = 'ABCXYZabcxyz0189._:-';

function randomChoice(random: ReturnType<typeof generator>): StoredChoice {
  const categories: Record<string, boolean> = {};
  let length = 0;
  for (let i = random.int(6); i > 0; i--) {
    const name = random.string(NAME, 1, 20);
    if (length + name.length + 1 > 160) break;
    length += name.length + 1;
    categories[name] = random.next() < 0.5;
  }
  const decided = random.next() < 0.8;
  return {
    subjectId: randomUuid(),
    lastReceiptId: random.next() < 0.5 ? randomUuid() : null,
    decidedAt: decided ? Math.floor((random.next() * 4e12) / 1000) * 1000 : null,
    method: decided ? random.pick(METHODS) : null,
    categories,
    revision: random.string(REVISION, 1, 32),
  };
}

describe('round trip', () => {
  test('decode(encode(choice)) gives the choice back, for 2 000 generated choices', () => {
    const random = generator(2026);
    for (let i = 0; i < 2000; i++) {
      const choice = randomChoice(random);
      expect(decodeChoice(encodeChoice(choice))).toEqual(choice);
    }
  });

  test('the encoded value needs no cookie escaping and stays within 300 bytes with the name', () => {
    const worst: StoredChoice = {
      subjectId: randomUuid(),
      lastReceiptId: randomUuid(),
      decidedAt: 32503680000000, // year 3000
      method: 'preferences.accept_all',
      // 160 characters of names in all, the most the configuration allows.
      categories: Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`${i}`.padEnd(31, 'x'), i % 2 === 0])),
      revision: 'x'.repeat(32),
    };
    const value = encodeChoice(worst);
    expect(value).toMatch(/^[\w.+:-]+$/);
    expect(`consentry=${value}`.length).toBeLessThanOrEqual(300);
    expect(decodeChoice(value)).toEqual(worst);
  });

  test('a withdrawn choice keeps the subject and the receipt chain but no decision', () => {
    const choice: StoredChoice = {
      subjectId: randomUuid(),
      lastReceiptId: randomUuid(),
      decidedAt: null,
      method: null,
      categories: { analytics: false },
      revision: '2026-01',
    };
    expect(decodeChoice(encodeChoice(choice))).toEqual(choice);
  });
});

describe('versions', () => {
  const choice: StoredChoice = {
    subjectId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    lastReceiptId: '9b2c6f5e-8f3a-4c1d-9e7b-2a4d6c8e0f12',
    decidedAt: 1_767_225_600_000,
    method: 'placeholder',
    categories: { functional: true, analytics: false },
    revision: '2026.01:b',
  };

  test('writes version 2 and still reads a version-1 cookie, as earlier SDKs wrote it', () => {
    expect(encodeChoice(choice)).toBe('2.0f8fad5bd9cb469fa16570867728950e.9b2c6f5e8f3a4c1d9e7b2a4d6c8e0f12.t85s00.5.functional.analytics.2026.01:b');
    expect(decodeChoice('1.0f8fad5bd9cb469fa16570867728950e.9b2c6f5e8f3a4c1d9e7b2a4d6c8e0f12.t85s00.5.functional.analytics.2026.01:b')).toEqual(choice);
  });

  test('a version-1 cookie keeps its one-digit method', () => {
    expect(decodeChoice('1.0f8fad5bd9cb469fa16570867728950e..t85s00.05.functional.analytics.1')).toBeNull();
  });
});

describe('garbage in, no decision out', () => {
  test('random strings never decode and never throw', () => {
    const random = generator(7);
    const alphabet = 'abc019.+-_:%;= ,"\\/ÿ€\u0000';
    for (let i = 0; i < 5000; i++) {
      expect(decodeChoice(random.string(alphabet, 0, 120))).toBeNull();
    }
  });

  test('every single-character corruption of a valid value is refused or decodes to a well-formed choice', () => {
    const random = generator(99);
    for (let i = 0; i < 300; i++) {
      const value = encodeChoice(randomChoice(random));
      const at = random.int(value.length);
      const corrupted = value.slice(0, at) + random.pick([...'.+#%;Z ']) + value.slice(at + 1);
      const decoded = decodeChoice(corrupted);
      if (decoded) expect(decodeChoice(encodeChoice(decoded))).toEqual(decoded);
    }
  });

  const valid = encodeChoice({
    subjectId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    lastReceiptId: null,
    decidedAt: 1_767_225_600_000,
    method: 'banner.accept_all',
    categories: { functional: true, analytics: false },
    revision: '2026-01',
  });

  test.each([
    ['undefined', undefined],
    ['empty', ''],
    ['another version', valid.replace(/^2\./, '3.')],
    ['a version that names an object key', valid.replace(/^2\./, 'constructor.')],
    ['a short subject id', valid.replace(/^2\.[0-9a-f]{4}/, '2.')],
    // The one grammar (model/grammar): receipts carry the subject id, and the collector takes
    // only version 4 UUIDs; this one is version 1.
    ['a subject id that is not a version 4 UUID', valid.replace(/^2\.0f8fad5bd9cb469f/, '2.0f8fad5bd9cb169f')],
    ['a last receipt id that is not a version 4 UUID', encodeChoice({ ...decodeChoice(valid)!, lastReceiptId: '9b2c6f5e-8f3a-1c1d-9e7b-2a4d6c8e0f12' })],
    ['a category named like an object key', valid.replace('.functional.', '.constructor.')],
    ['a category named __proto__', valid.replace('.analytics.', '.__proto__.')],
    ['a method index out of range', valid.replace('.0.functional', '.9.functional')],
    ['a time without a method', valid.replace('.0.functional', '..functional')],
    ['a category both granted and refused', valid.replace('.analytics.', '.functional.')],
    ['an upper-case category', valid.replace('functional', 'Functional')],
    ['an empty revision', valid.replace(/2026-01$/, '')],
    ['a percent-encoded value', encodeURIComponent(valid.replace(/\./g, ' '))],
  ])('%s', (_, value) => {
    expect(decodeChoice(value)).toBeNull();
  });

  test('the valid value itself decodes (so the cases above fail for their own reason)', () => {
    expect(decodeChoice(valid)).toMatchObject({ method: 'banner.accept_all', categories: { functional: true, analytics: false } });
  });
});

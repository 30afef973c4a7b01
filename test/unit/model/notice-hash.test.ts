import { createHash } from 'node:crypto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ShownNotice } from '../../../src/model/consent';
import { canonicalNotice, noticeTextHash } from '../../../src/model/notice-hash';
import { SHOWN } from './shown-notice';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const hashOf = (shown: Pick<ShownNotice, 'language' | 'texts'> = SHOWN, policyUrl: string | null = '/privacy', revision = '2026-01') => noticeTextHash(canonicalNotice(shown, policyUrl, revision));

describe('canonical notice', () => {
  test('is the documented array: language, policy URL, revision, [id, text] pairs sorted by id', () => {
    expect(canonicalNotice({ language: 'en', texts: { title: 'Cookies', acceptAll: 'Accept all' } }, '/privacy', '2026-01')).toBe(
      '["en","/privacy","2026-01",[["acceptAll","Accept all"],["title","Cookies"]]]',
    );
  });

  test('sorts ids by UTF-16 code units, integer-like ids included, and escapes as JSON', () => {
    const shown = { language: 'bg', texts: { b: 'Б "б"', '9': 'nine', '10': 'ten', B: 'upper', é: 'e\u0301\n' } };
    expect(canonicalNotice(shown, null, '1')).toBe('["bg",null,"1",[["10","ten"],["9","nine"],["B","upper"],["b","Б \\"б\\""],["é","e\u0301\\n"]]]');
  });

  test('is what the hash is taken of, so an auditor can recompute it with any SHA-256 tool', async () => {
    const canonical = canonicalNotice(SHOWN, '/privacy', '2026-01');
    const expected = 'sha256-' + createHash('sha256').update(canonical, 'utf8').digest('base64');
    expect(await noticeTextHash(canonical)).toBe(expected);
  });
});

describe('notice.textHash', () => {
  test('is stable: the same texts in another key order give the same hash', async () => {
    const reordered = { language: 'en', texts: Object.fromEntries(Object.entries(SHOWN.texts).reverse()) };
    expect(Object.keys(reordered.texts)).not.toEqual(Object.keys(SHOWN.texts));
    expect(await hashOf(reordered)).toBe(await hashOf());
  });

  test('changes when one word of any shown text changes', async () => {
    const original = await hashOf();
    for (const [id, text] of Object.entries(SHOWN.texts)) {
      const changed = { ...SHOWN, texts: { ...SHOWN.texts, [id]: text.replace(/\w+/, 'Changed') } };
      expect(await hashOf(changed), id).not.toBe(original);
    }
  });

  test('changes with the language, the policy URL, the revision, and a text added or removed', async () => {
    const original = await hashOf();
    const { title: _removed, ...withoutTitle } = SHOWN.texts;
    const variants = [
      hashOf({ ...SHOWN, language: 'de' }),
      hashOf(SHOWN, '/privacy-v2'),
      hashOf(SHOWN, null),
      hashOf(SHOWN, '/privacy', '2026-02'),
      hashOf({ ...SHOWN, texts: withoutTitle }),
      hashOf({ ...SHOWN, texts: { ...SHOWN.texts, extra: '' } }),
    ];
    for (const variant of await Promise.all(variants)) expect(variant).not.toBe(original);
  });

  test('is null with a warning where browsers give no SHA-256 (plain http), without throwing', async () => {
    vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto) });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await hashOf()).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^Consentry: .*textHash.*https/));
  });
});

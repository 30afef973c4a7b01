// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { isNoticeUrl, isPageUrl, MAX_URL_LENGTH, pageOf } from '../../../src/model/grammar';
import { checkReceipt } from '../../../src/model/receipt-schema';
import { validReceipt } from '../../fixtures/receipt';

describe('URLs (one grammar for the config, the receipt schema and so the collector)', () => {
  test.each(['https://example.com/privacy', 'http://localhost:8080', '/privacy', './p', '../p', '/', 'https://example.com'])('%s is a notice URL', (url) => {
    expect(isNoticeUrl(url)).toBe(true);
  });

  test.each(['https://', 'http:///x', 'javascript:alert(1)', 'privacy', '/a b', '/' + 'p'.repeat(MAX_URL_LENGTH)])('%j is not', (url) => {
    expect(isNoticeUrl(url)).toBe(false);
  });

  // A control character in a stored URL is a typo or an injection, never a page or a policy.
  test.each([...Array.from({ length: 32 }, (_, code) => code), 0x7f])('control character %i is refused in policyUrl and page, by the SDK and the collector', (code) => {
    const character = String.fromCharCode(code);
    expect(isNoticeUrl(`/privacy${character}`)).toBe(false);
    expect(isPageUrl(`https://shop.example/a${character}b`)).toBe(false);
    const receipt = validReceipt();
    expect(checkReceipt({ ...receipt, page: `https://shop.example/a${character}b` })).toMatchObject({ ok: false, field: 'page' });
    expect(checkReceipt({ ...receipt, notice: { ...receipt.notice, policyUrl: `/privacy${character}` } })).toMatchObject({ ok: false, field: 'notice.policyUrl' });
  });
});

describe('pageOf', () => {
  test('is the origin and path, without query string or fragment', () => {
    expect(pageOf(new URL('https://shop.example/checkout/1?coupon=alice%40example.com#pay'))).toBe('https://shop.example/checkout/1');
  });

  test('cuts a path too long for a receipt at the limit, never inside a percent escape', () => {
    for (let pad = 0; pad < 4; pad++) {
      const url = new URL('https://shop.example/' + 'a'.repeat(2000 + pad) + 'é'.repeat(40));
      const page = pageOf(url);
      expect(page.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
      expect(page.length).toBeGreaterThan(MAX_URL_LENGTH - 3);
      expect(url.href.startsWith(page)).toBe(true);
      expect(page).toMatch(/(%[0-9A-F]{2}|a)$/);
      expect(isPageUrl(page)).toBe(true);
    }
  });
});

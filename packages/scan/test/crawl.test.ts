// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pagesToVisit } from '../src/crawl';

describe('polite crawling', () => {
  const start = 'https://www.shop.example/';

  it('follows same-site pages only, once each, up to the limit', () => {
    const hrefs = [
      'https://www.shop.example/about',
      'https://blog.shop.example/post',
      'https://www.shop.example/about#team',
      'https://www.shop.example/about?ref=nav',
      'https://other.example/',
      'mailto:hello@shop.example',
      'https://www.shop.example/',
      'https://www.shop.example/contact',
      'https://www.shop.example/faq',
    ];
    expect(pagesToVisit(start, hrefs, 3)).toEqual(['https://www.shop.example/about', 'https://blog.shop.example/post', 'https://www.shop.example/contact']);
    expect(pagesToVisit(start, hrefs, 0)).toEqual([]);
  });

  it('skips downloads and links that change state', () => {
    const hrefs = [
      'https://www.shop.example/prices.pdf',
      'https://www.shop.example/logout',
      'https://www.shop.example/cart/add?id=3',
      'https://www.shop.example/account/delete',
      'https://www.shop.example/terms',
    ];
    expect(pagesToVisit(start, hrefs, 10)).toEqual(['https://www.shop.example/terms']);
  });

  it('treats 127.0.0.1 and localhost as two sites', () => {
    expect(pagesToVisit('http://127.0.0.1:8080/', ['http://localhost:8080/a', 'http://127.0.0.1:8080/b'], 5)).toEqual(['http://127.0.0.1:8080/b']);
  });
});

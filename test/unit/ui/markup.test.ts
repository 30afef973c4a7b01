import { afterEach, expect, test } from 'vitest';
import { buildMarkup } from '../../../src/ui/markup';

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).ga4;
});

test('the banner builds on a page that polluted Object.prototype, with only its own attributes', () => {
  (Object.prototype as Record<string, unknown>).ga4 = true;
  const built = buildMarkup(['p', { class: 'text', lang: '%language%' }, '%bannerText%'], { language: 'de', bannerText: 'Cookies <b>' }) as Element;
  expect(built.outerHTML).toBe('<p class="text" lang="de">Cookies &lt;b&gt;</p>');
});

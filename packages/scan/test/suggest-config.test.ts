// The configuration the scanner suggests is typed as the SDK's (consentry/protocol's ConsentConfig),
// and the SDK's own normaliser takes it whole: every category, service and cookie declaration,
// with no error. A suggestion the SDK refused would leave a site owner with a banner missing what
// the scan found.
import { normaliseConfig } from 'consentry/protocol';
import { afterEach, expect, test, vi } from 'vitest';
import type { Classification, CookieRecord, PhaseReport, RequestRecord } from '../src/report';
import { suggestedConfig } from '../src/suggest-config';

afterEach(() => vi.restoreAllMocks());

const cookie = (name: string, classification: Omit<Classification, 'source'>): CookieRecord => ({
  name,
  domain: 'shop.example',
  path: '/',
  lifetimeSeconds: 86_400,
  httpOnly: false,
  secure: true,
  sameSite: 'Lax',
  thirdParty: false,
  setBy: { by: 'script', url: 'https://shop.example/', inline: true },
  classification: { source: 'open-cookie-database', ...classification },
});

const request = (url: string, classification: Omit<Classification, 'source'>): RequestRecord => ({
  url,
  host: new URL(url).host,
  type: 'script',
  initiator: null,
  classification: { source: 'tracker-hosts', ...classification },
});

const phase = (cookies: CookieRecord[], requests: RequestRecord[]): PhaseReport => ({
  phase: 'accept',
  decision: 'clicked "Accept all"',
  error: null,
  pages: ['https://shop.example/'],
  cookies,
  storage: [],
  requests,
});

test("the SDK's normaliser takes the suggestion whole, without an error", () => {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  const suggestion = suggestedConfig([
    phase(
      [
        cookie('_ga', { category: 'analytics', platform: 'Google Analytics', provider: 'Google', retention: '2 years' }),
        cookie('_ga_X1Y2', { category: 'analytics', platform: 'Google Analytics', prefix: '_ga_' }),
        cookie('_fbp', { category: 'marketing', platform: 'Meta Pixel', provider: 'Meta' }),
        cookie('lang', { category: 'functional', platform: 'Shop Platform (Ünïcode)' }),
        cookie('PHPSESSID', { category: 'necessary', platform: 'PHP' }),
      ],
      [request('https://www.youtube.com/iframe_api', { category: 'personalization', platform: 'YouTube' })],
    ),
  ]);
  const settings = normaliseConfig([{ from: 'the scanner', config: suggestion }]);
  expect(errors).not.toHaveBeenCalled();
  const names = Object.fromEntries(settings.categories.map((category) => [category.name, category.services.map((service) => service.name)]));
  expect(names).toEqual({
    functional: ['shop-platform-unicode'],
    personalization: ['youtube'],
    analytics: ['google-analytics'],
    marketing: ['meta-pixel'],
  });
  const analytics = settings.categories.find((category) => category.name === 'analytics')!;
  // A refusal deletes what the scan saw: the exact name and the database's prefix.
  expect(analytics.services[0]!.cookies.map(String)).toEqual(['_ga', '/^_ga_/']);
});

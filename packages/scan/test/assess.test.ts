// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { assess } from '../src/assess';
import { loadCookieDatabase } from '../src/cookie-database';
import type { RawCookie } from '../src/recorder';
import type { ControlLook } from '../src/report';
import { formatHtmlReport } from '../src/report-html';
import { formatTextReport } from '../src/report-text';
import type { Observations, ObservedPhase } from '../src/scan-site';

const database = loadCookieDatabase();
const URL_ = 'https://www.shop.example/';
const scannedAt = '2026-01-01T00:00:00.000Z';
const now = Date.parse(scannedAt) / 1000;
const look = (name: string): ControlLook => ({ name, width: 120, height: 40, fontSize: 16, fontWeight: 600, textContrast: 7, fillContrast: 5 });

const cookie = (name: string, domain: string, extra: Partial<RawCookie> = {}): RawCookie => ({
  name,
  domain,
  path: '/',
  expires: now + 86_400 * 30,
  httpOnly: false,
  secure: true,
  sameSite: 'Lax',
  setBy: { by: 'unknown' },
  ...extra,
});

const phase = (name: ObservedPhase['phase'], content: Partial<ObservedPhase> = {}): ObservedPhase => ({
  phase: name,
  decision: name === 'before' ? null : { description: `clicked "${name === 'reject' ? 'Reject all' : 'Accept all'}"`, layer: 1 },
  error: null,
  pages: [URL_],
  cookies: [],
  storage: [],
  requests: [],
  screenshot: null,
  ...content,
});

const observations = (phases: ObservedPhase[], banner: Partial<Observations['banner']> = {}): Observations => ({
  url: URL_,
  scannedAt,
  browser: 'Chromium 1',
  banner: { accept: look('Accept all'), reject: look('Reject all'), consentry: false, ...banner },
  phases,
});

describe('assessing a scan', () => {
  it('is compliant when only necessary things appear before a decision and after a refusal', () => {
    const report = assess(
      observations([
        phase('before', { cookies: [cookie('PHPSESSID', 'www.shop.example')] }),
        phase('reject', { cookies: [cookie('PHPSESSID', 'www.shop.example'), cookie('consentry', 'www.shop.example')] }),
        // What happens after Accept all is never a violation: it feeds the suggested configuration.
        phase('accept', { cookies: [cookie('_ga', '.shop.example', { setBy: { by: 'script', url: 'https://www.shop.example/gtag.js', inline: false } })] }),
      ]),
      database,
    );
    expect(report.verdict).toBe('compliant');
    expect(report.findings).toEqual([]);
    expect(report.suggestedConfig).toEqual({
      categories: { analytics: { services: { 'google-analytics': { label: 'Google Analytics', cookies: [{ name: '_ga', provider: 'Google', duration: '2 years' }] } } } },
    });
    expect(report.phases[0]!.cookies[0]).toMatchObject({ lifetimeSeconds: 86_400 * 30, thirdParty: false });
  });

  it('makes known non-necessary and unknown third-party things violations, unknown first-party ones warnings', () => {
    const report = assess(
      observations([
        phase('before', {
          cookies: [
            cookie('_ga', '.shop.example', { setBy: { by: 'script', url: 'https://cdn.stats.example/s.js', inline: false } }),
            cookie('trk_visitor', '.tracker.example', { setBy: { by: 'http', url: 'https://tracker.example/p.gif' } }),
            cookie('shop_cart', 'www.shop.example'),
          ],
          storage: [{ area: 'localStorage', origin: 'https://www.shop.example', key: '_hjid', setBy: { by: 'script', url: URL_, inline: true } }],
          requests: [
            { url: 'https://tracker.example/p.gif', host: 'tracker.example', type: 'image', initiator: URL_ },
            { url: 'https://www.googletagmanager.com/gtag/js', host: 'www.googletagmanager.com', type: 'script', initiator: URL_ },
          ],
        }),
        phase('reject'),
        phase('accept'),
      ]),
      database,
    );
    expect(report.verdict).toBe('violations');
    expect(report.findings.map((finding) => [finding.severity, finding.subject, finding.name, finding.category])).toEqual([
      ['violation', 'cookie', '_ga', 'analytics'],
      ['violation', 'cookie', 'trk_visitor', 'unknown'],
      ['warning', 'cookie', 'shop_cart', 'unknown'],
      ['violation', 'storage', '_hjid', 'analytics'],
      ['violation', 'request', 'tracker.example', 'unknown'],
      ['violation', 'request', 'www.googletagmanager.com', 'analytics'],
    ]);
    const [ga, uid, , hjid, pixel] = report.findings;
    expect(ga!.fix).toBe('Load the script only after consent: <script type="text/plain" data-category="analytics" src="https://cdn.stats.example/s.js"></script>.');
    // A cookie set by a response is fixed by tagging the element that made the request.
    expect(uid!.fix).toBe('Load it only after consent: <img data-category="marketing" data-src="https://tracker.example/p.gif" alt=""> (or the category it belongs to).');
    expect(hjid!.fix).toBe('Make the inline script wait for consent: <script type="text/plain" data-category="analytics">…</script>.');
    expect(pixel!.where).toBe('image https://tracker.example/p.gif, requested by https://www.shop.example/');
    expect(report.unclassified).toEqual(['trk_visitor', 'shop_cart']);
  });

  it('reports a first layer without reject, and a reject played down', () => {
    const noReject = assess(
      observations([phase('before'), phase('reject', { decision: { description: 'clicked "Settings", then "Reject all"', layer: 2 } }), phase('accept')], { reject: null }),
      database,
    );
    expect(noReject.verdict).toBe('violations');
    expect(noReject.banner.refusal).toBe(2);
    expect(noReject.findings).toHaveLength(1);
    expect(noReject.findings[0]!.why).toMatch(/^The first layer offers "Accept all" but no reject/);

    const faint = assess(observations([phase('before'), phase('reject'), phase('accept')], { reject: { ...look('Reject all'), fillContrast: 1 } }), database);
    expect(faint.banner.lessProminent).toEqual(['"Accept all" is a filled button and "Reject all" is not']);
    expect(faint.findings.map((finding) => finding.subject)).toEqual(['banner']);
  });

  it('is incomplete when a phase failed on a site with a banner, and fine without a banner when nothing needs consent', () => {
    const failed = assess(observations([phase('before'), phase('reject', { decision: null, error: 'Timeout 30000ms exceeded.' }), phase('accept')]), database);
    expect(failed.verdict).toBe('incomplete');
    const noBanner = assess(
      observations([phase('before'), phase('reject', { decision: null, error: 'found no way to refuse' }), phase('accept', { decision: null, error: 'found no way to accept' })], {
        accept: null,
        reject: null,
      }),
      database,
    );
    expect(noBanner.verdict).toBe('compliant');
  });

  it('prints what, where, when, why and how to fix, in the terminal and in HTML', () => {
    const report = assess(
      observations([phase('before', { cookies: [cookie('_ga', '.shop.example', { setBy: { by: 'script', url: URL_, inline: true } })] }), phase('reject'), phase('accept')]),
      database,
    );
    const text = formatTextReport(report);
    expect(text).toContain('VIOLATIONS');
    expect(text).toContain('1. Cookie _ga (Google Analytics, analytics), before any decision');
    expect(text).toContain('where: .shop.example/, kept 30 days, written by an inline script in https://www.shop.example/');
    expect(text).toContain('fix:   Make the inline script wait for consent');
    const html = formatHtmlReport({ ...report, url: 'https://www.shop.example/<script>' }, { before: Buffer.from('jpeg') });
    expect(html).toContain('src="data:image/jpeg;base64,anBlZw=="');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script type=&#34;text/plain&#34; data-category=&#34;analytics&#34;&#62;');
  });

  it("writes the site's control characters as escapes in the terminal report, so its names cannot drive the terminal or CI", () => {
    // A storage key that sets the terminal's title, clears the screen and starts a GitHub Actions
    // workflow command on a line of its own; a button label with a C1 control and a bidi override.
    const key = '\u001b]0;pwned\u0007\u001b[2J\n::add-mask::secret\r\u009b31m\u202e';
    const report = assess(
      observations(
        [
          phase('before', { storage: [{ area: 'localStorage', origin: 'https://www.shop.example', key, setBy: { by: 'unknown' } }] }),
          phase('reject', { decision: { description: 'clicked "Reject\u0085all"', layer: 1 } }),
          phase('accept', { cookies: [cookie('_ga\u009b2J', '.shop.example')] }),
        ],
        { reject: look('Reject\u0085all') },
      ),
      database,
    );
    const text = formatTextReport(report);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
    expect(text).toContain('Storage key \\u001B]0;pwned\\u0007\\u001B[2J\\n::add-mask::secret\\r\\u009B31m\\u202E');
    expect(text).toContain('(clicked "Reject\\u0085all")');
  });
});

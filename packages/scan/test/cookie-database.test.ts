// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DATABASE_CATEGORIES, loadCookieDatabase } from '../src/cookie-database';
import { classifyHost } from '../src/tracker-hosts';

const database = loadCookieDatabase();

describe('the bundled Open Cookie Database', () => {
  it('maps its categories to Consentry\'s on purpose: its "Functional" is strictly necessary', () => {
    expect(DATABASE_CATEGORIES).toEqual({ Functional: 'necessary', Necessary: 'necessary', Security: 'necessary', Personalization: 'functional', Analytics: 'analytics', Marketing: 'marketing' });
    expect(database.classify('PHPSESSID')).toMatchObject({ category: 'necessary', platform: 'PHP.net' });
  });

  it('classifies exact names with their platform, provider and retention', () => {
    expect(database.classify('_ga')).toEqual({ category: 'analytics', platform: 'Google Analytics', provider: 'Google', retention: '2 years', source: 'open-cookie-database' });
    expect(database.classify('_fbp')).toMatchObject({ category: 'marketing', platform: 'Facebook' });
  });

  it('matches wildcard rows by prefix, the longest first, but not one- or two-letter prefixes', () => {
    expect(database.classify('_ga_X1Y2Z3')).toMatchObject({ category: 'analytics', prefix: '_ga_' });
    // `_s` is a wildcard row in the database; it would claim every cookie starting with _s.
    expect(database.classify('_session_token')).toEqual({ category: 'unknown', source: 'none' });
  });

  it("knows consent tools' own records, which the database lacks, as necessary", () => {
    expect(database.classify('consentry')).toEqual({ category: 'necessary', platform: 'Consentry', source: 'consent-tools' });
    expect(database.classify('cc_cookie')).toMatchObject({ category: 'necessary' });
  });
});

describe('tracker hosts', () => {
  it('match a listed host and its subdomains, the most specific entry winning', () => {
    expect(classifyHost('region1.google-analytics.com')).toEqual({ category: 'analytics', platform: 'Google Analytics', source: 'tracker-hosts' });
    expect(classifyHost('connect.facebook.net')).toMatchObject({ category: 'marketing', platform: 'Meta Pixel' });
    expect(classifyHost('www.youtube-nocookie.com')).toMatchObject({ category: 'personalization' });
    expect(classifyHost('notgoogle-analytics.com')).toEqual({ category: 'unknown', source: 'none' });
  });
});

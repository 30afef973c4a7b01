// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
// A page whose Object.prototype was polluted before Consentry started (a vulnerable query-string
// parser, a hostile script): every name the page or the cookie gives is looked up as an own
// property, so an inherited value never grants anything (fail closed, SPEC §2).
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ConsentConfig } from '../../../src/model/config';
import { resetPage, start } from '../consent-harness';

const SERVICES: ConsentConfig = {
  categories: { analytics: { services: { ga4: {}, matomo: {} } } },
};

// What the polluted page lends every object: the names of a service, a category and an unknown name.
const POLLUTED = ['ga4', 'analytics', 'marketing', 'hotjar'];

interface TestWindow {
  ran: string[];
  dataLayer?: unknown[];
}
const page = window as unknown as TestWindow;

beforeEach(() => {
  page.ran = [];
  for (const name of POLLUTED) (Object.prototype as Record<string, unknown>)[name] = true;
});
afterEach(() => {
  for (const name of POLLUTED) delete (Object.prototype as Record<string, unknown>)[name];
  resetPage();
  delete page.dataLayer;
});

describe('a polluted Object.prototype grants nothing', () => {
  test('Reject all: no tag runs, and nothing is allowed, on this page or the next', () => {
    document.body.innerHTML = `
      <script type="text/plain" data-service="ga4">ran.push('ga4')</script>
      <script type="text/plain" data-category="analytics">ran.push('analytics')</script>`;
    const consent = start(SERVICES);
    consent.rejectAll();
    expect(page.ran).toEqual([]);
    expect([consent.allowed('ga4'), consent.allowed('analytics'), consent.allowed('hotjar')]).toEqual([false, false, false]);

    // The next page reads the refusal from the cookie.
    consent.destroy();
    const next = start(SERVICES);
    expect(next.state.decided).toBe(true);
    expect(next.state.services).toEqual({ ga4: false, matomo: false });
    expect([next.allowed('ga4'), next.allowed('analytics')]).toEqual([false, false]);
    expect(page.ran).toEqual([]);
  });

  test('a category granted alone does not grant a service the visitor refused', () => {
    const consent = start(SERVICES);
    consent.set({ analytics: true, ga4: false });
    consent.destroy();
    expect(start(SERVICES).state.services).toEqual({ ga4: false, matomo: true });
  });

  test('a cookie from before the site added a category asks again, whatever the prototype holds', () => {
    start({ categories: ['functional'] }).rejectAll();
    // `analytics` is new: the stored choice never decided on it.
    expect(start({ categories: ['functional', 'analytics'] }).state.decided).toBe(false);
  });

  test('Consent Mode: a type mapped from a category the site does not have stays denied', () => {
    // The default mapping names `marketing`, which this site does not declare.
    start({ consentMode: true }).acceptAll();
    const update = page.dataLayer!.map((entry) => Array.from(entry as IArguments)).find(([command, action]) => command === 'consent' && action === 'update');
    expect(update![2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });
  });
});

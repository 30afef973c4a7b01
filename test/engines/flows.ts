// The visitor's main flows, described once against the driver-neutral EnginePage (engine.ts) and
// run in every engine by runFlows: the banner, the preferences and their switches, a decision
// stored and read back, tagged scripts running in order after consent, a receipt reaching the
// demo's collector (which sets the choice cookie again, SPEC §6), and the strict-CSP pages.
// They load the built files through the demo pages (STYLE 5), as the Chromium e2e suite does.
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { en } from '../../src/ui/strings/en';
import { CAP_SCRIPT_COOKIES, SCRIPT_COOKIE_CAP_SECONDS } from '../fixtures/script-cookie-cap';
import type { BrowserCookie, Engine, EnginePage, Target } from './engine';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The demo server's address, started by demo-server.ts. */
    baseUrl: string;
  }
}

const DAY = 86_400;
const inUi = (selector: string): Target => ({ shadowHost: 'consentry-root', selector });
const BANNER = '[part~=banner]';
const DIALOG = 'dialog[open]';
const SWITCH = (category: string) => `#consentry-category-${category}`;

const state = (page: EnginePage) => page.evaluate<{ decided: boolean; method: string | null; categories: Record<string, boolean>; subjectId: string }>('window.Consentry.state');
/** The text of each element matching `selector` in the interface's shadow root. */
const uiTexts = (page: EnginePage, selector: string) =>
  page.evaluate<string[]>(`[...(document.querySelector('consentry-root')?.shadowRoot?.querySelectorAll(${JSON.stringify(selector)}) ?? [])].map((element) => element.textContent.trim())`);
const demoEvents = (page: EnginePage) => page.evaluate<string[]>('window.demoEvents');
/** Seconds from now until a cookie expires. */
const lifetime = (cookie: BrowserCookie | undefined) => (cookie?.expires ?? 0) - Date.now() / 1000;
const choiceCookie = async (page: EnginePage): Promise<BrowserCookie | undefined> => (await page.cookies()).find((cookie) => cookie.name === 'consentry');

/** One flow: what a visitor does and what they must get, in any engine. */
interface Flow {
  name: string;
  run(page: EnginePage, baseUrl: string): Promise<void>;
}

export const FLOWS: Flow[] = [
  {
    name: 'a first visit shows the banner: title, text and Reject all, Accept all, Manage preferences',
    async run(page) {
      await page.goto('/');
      await expect.poll(() => uiTexts(page, `${BANNER} button`)).toEqual([en.rejectAll, en.acceptAll, en.managePreferences]);
      expect(await uiTexts(page, `${BANNER} [part~=title]`)).toEqual([en.bannerTitle]);
      expect(await state(page)).toMatchObject({ decided: false });
      expect(await choiceCookie(page)).toBeUndefined();
    },
  },
  {
    name: 'Manage preferences opens the dialog; necessary is locked on, the others off; a switch and Save record exactly that',
    async run(page) {
      await page.goto('/');
      await page.click(inUi(`${BANNER} [part~=manage]`));
      await expect.poll(() => uiTexts(page, `${DIALOG} [part~=title]`)).toEqual([en.preferencesTitle]);
      const switches = () =>
        page.evaluate<[string, boolean, boolean][]>(`[...document.querySelector('consentry-root').shadowRoot.querySelectorAll('${DIALOG} [role=switch]')].map((s) => [s.id, s.checked, s.disabled])`);
      expect(await switches()).toEqual([
        [`consentry-category-necessary`, true, true],
        [`consentry-category-functional`, false, false],
        [`consentry-category-personalization`, false, false],
        [`consentry-category-analytics`, false, false],
      ]);
      await page.click(inUi(`${DIALOG} ${SWITCH('analytics')}`));
      await expect.poll(switches).toContainEqual([`consentry-category-analytics`, true, false]);
      await page.click(inUi(`${DIALOG} [part~=save]`));
      await expect
        .poll(() => state(page))
        .toMatchObject({
          decided: true,
          method: 'preferences.save',
          categories: { necessary: true, functional: false, personalization: false, analytics: true },
        });
      expect(await uiTexts(page, DIALOG)).toEqual([]);
      expect(await uiTexts(page, BANNER)).toEqual([]);
    },
  },
  {
    name: 'Reject all is stored in the cookie and read back on the next page, which shows no banner and loads no interface',
    async run(page) {
      await page.goto('/');
      await page.click(inUi(`${BANNER} [part~=reject]`));
      await expect.poll(() => state(page)).toMatchObject({ decided: true, method: 'banner.reject_all' });
      expect((await choiceCookie(page))?.value).toMatch(/^2\.[0-9a-f]{32}\./);
      await page.reload();
      expect(await state(page)).toMatchObject({
        decided: true,
        method: 'banner.reject_all',
        categories: { necessary: true, functional: false, personalization: false, analytics: false },
      });
      expect(await page.evaluate('document.querySelector("consentry-root")')).toBeNull();
      expect(await page.evaluate('performance.getEntriesByType("resource").some((entry) => entry.name.includes("consentry-ui"))')).toBe(false);
    },
  },
  {
    name: 'tagged scripts stay inert before consent and run in document order after Accept all',
    async run(page) {
      await page.goto('/gating.html');
      expect(await demoEvents(page)).toEqual([]);
      expect(await page.evaluate('typeof window.fakeStats')).toBe('undefined');
      await page.click('#accept');
      await expect.poll(() => demoEvents(page)).toEqual(['analytics: the stats library loaded', 'analytics: tracked page_view', 'analytics and marketing: the conversion tag ran']);
      await expect.poll(() => page.evaluate('document.querySelector("iframe").getAttribute("src")')).toBe('gating/embed.html');
    },
  },
  {
    name: 'a decision’s receipt reaches the demo’s collector, which sets the choice cookie for its 180 days despite a 7-day cap on script cookies',
    async run(page, baseUrl) {
      await page.goto('/receipts.html');
      await page.evaluate(CAP_SCRIPT_COOKIES);
      await page.click(inUi(`${BANNER} [part~=accept]`));
      const { subjectId } = await state(page);
      const stored = async () => {
        const response = await fetch(new URL(`/consent/v1/subjects/${subjectId}/receipts`, baseUrl));
        return ((await response.json()) as { receipts: { method: string; eventType: string }[] }).receipts;
      };
      await expect.poll(stored).toMatchObject([{ method: 'banner.accept_all', eventType: 'given' }]);
      // The SDK's own cookie was cut to a week (Safari's cap): only the collector's Set-Cookie lasts 180 days.
      await expect.poll(async () => lifetime(await choiceCookie(page))).toBeGreaterThan(179 * DAY);
      expect((await choiceCookie(page))?.value).toContain(subjectId.replace(/-/g, ''));
      // And the cap is in force: a cookie the page writes now keeps a week at most.
      await page.evaluate(`void (document.cookie = 'probe=1; Path=/; Max-Age=${180 * DAY}')`);
      const probe = (await page.cookies()).find((cookie) => cookie.name === 'probe');
      expect(lifetime(probe)).toBeGreaterThan(0);
      // Plus a second: browsers keep expiry times in whole seconds, some rounding up.
      expect(lifetime(probe)).toBeLessThanOrEqual(SCRIPT_COOKIE_CAP_SECONDS + 1);
    },
  },
  {
    name: 'under a strict style-src CSP the banner is styled, and under a nonce script-src tagged scripts run with the nonce',
    async run(page) {
      await page.goto('/csp.html');
      await expect.poll(() => uiTexts(page, `${BANNER} button`)).toHaveLength(3);
      // Its stylesheet applied without 'unsafe-inline': the banner is fixed to the viewport.
      expect(await page.evaluate(`getComputedStyle(document.querySelector('consentry-root').shadowRoot.querySelector('${BANNER}')).position`)).toBe('fixed');

      await page.goto('/gating-csp.html');
      await page.click('#accept');
      await expect
        .poll(() => demoEvents(page))
        .toEqual(['analytics: the stats library loaded', 'analytics: tracked page_view (own nonce)', 'analytics: an inline script without a nonce ran with the shared one']);
    },
  },
];

/** Registers every flow as a test in `engine`, each in a fresh page. */
export function runFlows(name: string, launch: () => Promise<Engine>): void {
  describe(name, () => {
    let engine: Engine;
    let page: EnginePage | undefined;
    const baseUrl = inject('baseUrl');
    beforeAll(async () => {
      engine = await launch();
    });
    afterAll(() => engine?.close());
    afterEach(async () => {
      await page?.close();
      page = undefined;
    });
    for (const flow of FLOWS) {
      test(flow.name, async () => {
        page = await engine.newPage(baseUrl);
        await flow.run(page, baseUrl);
      });
    }
  });
}

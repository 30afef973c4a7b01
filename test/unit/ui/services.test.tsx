// The preferences with services and cookie declarations (SPEC §9), through the real core and the
// real interface module (the island, which loads the components for them).
import { fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { ConsentConfig } from '../../../src/model/config';
import type { Consent, ShownNotice, UiModule } from '../../../src/model/consent';
import { mountPlaceholder, mountUI } from '../../../src/ui/island';
import { en } from '../../../src/ui/strings/en';
import { resetPage, settingsOf, start as startInstance } from '../consent-harness';

const CONFIG: ConsentConfig = {
  categories: {
    analytics: {
      cookies: [{ name: '_stats', provider: 'Us', purpose: 'Counts visits', duration: '1 day' }],
      services: {
        ga4: { label: 'Google Analytics', cookies: [{ name: '_ga', provider: 'Google', purpose: 'Distinguishes visitors', duration: '2 years' }, '/^_ga_/'] },
        matomo: { label: 'Matomo', description: 'Self-hosted statistics' },
      },
    },
    personalization: { services: { youtube: { label: 'YouTube' } } },
  },
};

let shown: ShownNotice[];

function start(config: ConsentConfig = CONFIG): Consent {
  shown = [];
  const ui: UiModule = {
    mountUI: (instance, given) =>
      mountUI(instance, {
        ...given,
        decide(choices, method, notice) {
          if (notice) shown.push(notice);
          given.decide(choices, method, notice);
        },
      }),
  };
  return startInstance({ policyUrl: '/privacy', ...config }, async () => ui);
}

const host = () => document.querySelector('consentry-root') as HTMLElement;
const shadow = () => within(host().shadowRoot as unknown as HTMLElement);
async function preferences(consent: Consent) {
  consent.showPreferences();
  await vi.waitFor(() => expect(host()).not.toBeNull());
  return within(await shadow().findByRole('dialog', { name: en.preferencesTitle }));
}

beforeEach(() => {
  document.documentElement.lang = 'en';
});
afterEach(resetPage);

test('a category with services has a disclosure (aria-expanded) listing a switch per service', async () => {
  const dialog = await preferences(start());
  const disclosures = dialog.getAllByRole('button', { name: en.servicesAndCookies });
  // analytics and personalization declare services; functional declares nothing.
  expect(disclosures).toHaveLength(2);
  // In the configured order: personalization, then analytics.
  const analytics = disclosures[1]!;
  expect(analytics.getAttribute('aria-expanded')).toBe('false');
  const panel = host().shadowRoot!.getElementById(analytics.getAttribute('aria-controls')!)!;
  expect(panel.hidden).toBe(true);
  fireEvent.click(analytics);
  expect(analytics.getAttribute('aria-expanded')).toBe('true');
  expect(panel.hidden).toBe(false);
  const services = within(panel).getAllByRole('switch');
  expect(services.map((input) => input.getAttribute('id'))).toEqual(['consentry-category-ga4', 'consentry-category-matomo']);
  expect(within(panel).getByText('Self-hosted statistics')).toBeTruthy();
});

test('refusing one service shows the category switch mixed; Save records it', async () => {
  const consent = start();
  consent.acceptAll();
  const dialog = await preferences(consent);
  const category = dialog.getByRole('switch', { name: en['category.analytics.label'] }) as HTMLInputElement;
  expect(category.checked).toBe(true);
  fireEvent.click(dialog.getAllByRole('button', { name: en.servicesAndCookies })[1]!);
  fireEvent.click(dialog.getByRole('switch', { name: 'Google Analytics' }));
  // No longer a switch (a switch has no third state): an indeterminate checkbox, announced as mixed.
  const mixed = dialog.getByRole('checkbox', { name: en['category.analytics.label'] }) as HTMLInputElement;
  expect(mixed.indeterminate).toBe(true);
  expect(mixed.closest('[data-state]')!.getAttribute('data-state')).toBe('mixed');
  fireEvent.click(dialog.getByRole('button', { name: en.savePreferences }));
  expect(consent.state.services).toEqual({ ga4: false, matomo: true, youtube: true });
  expect(consent.state.categories.analytics).toBe(true);
});

test('turning a mixed category on grants every service in the draft', async () => {
  const consent = start();
  consent.set({ analytics: true, ga4: false });
  const dialog = await preferences(consent);
  fireEvent.click(dialog.getByRole('checkbox', { name: en['category.analytics.label'] }));
  expect((dialog.getByRole('switch', { name: 'Google Analytics', hidden: true }) as HTMLInputElement).checked).toBe(true);
});

test('the cookie tables render the declarations with column headers, and the notice hash covers them', async () => {
  const consent = start();
  const dialog = await preferences(consent);
  fireEvent.click(dialog.getAllByRole('button', { name: en.servicesAndCookies })[1]!);
  const tables = dialog.getAllByRole('table');
  expect(tables).toHaveLength(2);
  const rows = (table: HTMLElement) =>
    within(table)
      .getAllByRole('row')
      .map((row) => [...row.children].map((cell) => cell.textContent));
  expect(rows(tables[0]!)).toEqual([
    [en.cookieName, en.cookieProvider, en.cookiePurpose, en.cookieDuration],
    ['_stats', 'Us', 'Counts visits', '1 day'],
  ]);
  expect(rows(tables[1]!)).toEqual([
    [en.cookieName, en.cookieProvider, en.cookiePurpose, en.cookieDuration],
    ['_ga', 'Google', 'Distinguishes visitors', '2 years'],
    ['/^_ga_/', '', '', ''],
  ]);
  expect(within(tables[1]!).getAllByRole('columnheader')).toHaveLength(4);
  expect(
    within(tables[1]!)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent),
  ).toEqual(['_ga', '/^_ga_/']);
  fireEvent.click(dialog.getByRole('button', { name: en.savePreferences }));
  expect(shown[0]!.texts).toMatchObject({
    'service.ga4.label': 'Google Analytics',
    'cookie.ga4.0.provider': 'Google',
    'cookie.analytics.0.purpose': 'Counts visits',
    cookieDuration: en.cookieDuration,
  });
});

test("a data-service embed's placeholder names the service and grants it alone", async () => {
  const consent = start();
  // A <video> rather than an <iframe>, which happy-dom refuses to load (SPEC §2 gates both).
  const embed = document.createElement('video');
  embed.dataset.service = 'youtube';
  document.body.append(embed);
  mountPlaceholder(consent, { settings: settingsOf(CONFIG), decide: (choices) => consent.set(choices as Record<string, boolean>) }, embed);
  // The components draw it once they have loaded.
  const placeholder = await vi.waitFor(() => document.querySelector('consentry-placeholder') ?? expect.unreachable('no placeholder yet'));
  const text = await vi.waitFor(() => placeholder.shadowRoot!.querySelector('p')!.textContent);
  expect(text).toContain('YouTube');
  fireEvent.click(placeholder.shadowRoot!.querySelector('button')!);
  expect(consent.state.services).toEqual({ ga4: false, matomo: false, youtube: true });
  expect(document.querySelector('consentry-placeholder')).toBeNull();
});

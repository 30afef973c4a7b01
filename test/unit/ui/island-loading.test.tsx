// What a first visit downloads (SPEC §1): the island paints and decides on its own, and the
// components' module (src/ui/interface.tsx, with Preact) loads only when something needs it.
// The module is the real one, counted as it loads: a module loads once per test file, so the
// tests that expect it not to have loaded come first, and the one that loads it last.
import { fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { en } from '../../../src/ui/strings/en';
import { resetPage } from '../consent-harness';
import { BANNER_TEXTS, banner, preferences, shadowRoot, startWithInterface } from './island-harness';

const components = vi.hoisted(() => ({ loads: 0 }));
vi.mock('../../../src/ui/interface', async (importOriginal) => {
  components.loads += 1;
  return importOriginal();
});

beforeEach(() => {
  document.documentElement.lang = 'en';
});
afterEach(resetPage);

test.each([
  [en.acceptAll, 'banner.accept_all', true],
  [en.rejectAll, 'banner.reject_all', false],
])('%s on the island records %s with the banner’s texts, without loading the components', async (name, method, granted) => {
  const { consent, decisions } = startWithInterface();
  const region = await banner();
  fireEvent.click(within(region).getByRole('button', { name }));
  expect(decisions).toEqual([
    {
      state: expect.objectContaining({ method, decided: true, categories: { necessary: true, functional: granted, personalization: granted, analytics: granted } }),
      shown: { language: 'en', texts: BANNER_TEXTS },
    },
  ]);
  expect(consent.view).toBeNull();
  expect(region.isConnected).toBe(false);
  // Nothing started loading them after the decision either.
  await vi.dynamicImportSettled();
  expect(components.loads).toBe(0);
});

test('the centre modal island closes on Escape without loading the components', async () => {
  const { consent, decisions } = startWithInterface({ ui: { position: 'center' } });
  await vi.waitFor(() => expect(shadowRoot().querySelector('dialog')?.open).toBe(true));
  shadowRoot().querySelector('dialog')!.close();
  expect(consent.view).toBeNull();
  expect(decisions).toEqual([]);
  await vi.dynamicImportSettled();
  expect(components.loads).toBe(0);
});

test('Manage preferences loads them, to take the banner over', async () => {
  startWithInterface();
  fireEvent.click(within(await banner()).getByRole('button', { name: en.managePreferences }));
  expect(await preferences()).toBeTruthy();
  expect(components.loads).toBe(1);
  expect(shadowRoot().adoptedStyleSheets).toHaveLength(2);
});

// The real core driving the real interface module (src/ui/island.ts), as the loader does; only the
// lazy import is replaced, to capture what the core records: each new state with the texts the
// interface said it showed, and each receipt. The queries look into the interface's shadow root.
import { within } from '@testing-library/preact';
import { expect, vi } from 'vitest';
import type { ConsentConfig } from '../../../src/model/config';
import type { Consent, ConsentInternals, ReceiptEvent, ShownNotice, UiModule } from '../../../src/model/consent';
import type { ConsentState } from '../../../src/model/decision';
import { mountUI } from '../../../src/ui/island';
import { en } from '../../../src/ui/strings/en';
import { receiptsOf, start as startInstance } from '../consent-harness';

export interface Started {
  consent: Consent;
  /** The internals the interface was mounted with (their `decide` records into `decisions`); set once it is mounted. */
  internals: () => ConsentInternals;
  /** Each change of state, with the notice the interface gave for it (none for the page's API calls). */
  decisions: { state: ConsentState; shown: ShownNotice | undefined }[];
  receipts: ReceiptEvent['receipt'][];
  /** How many times the core mounted the interface. */
  mounts: () => number;
}

/** Starts an instance with the interface module, `policyUrl: '/privacy'` unless `config` says otherwise. */
export function startWithInterface(config: ConsentConfig = {}): Started {
  const decisions: Started['decisions'] = [];
  let shown: ShownNotice | undefined;
  let internals: ConsentInternals | undefined;
  let mounts = 0;
  const ui: UiModule = {
    mountUI(instance, given) {
      mounts += 1;
      internals = {
        ...given,
        decide(choices, method, notice) {
          shown = notice;
          given.decide(choices, method, notice);
        },
      };
      return mountUI(instance, internals);
    },
  };
  const consent = startInstance({ policyUrl: '/privacy', ...config }, async () => ui);
  consent.on('change', (state) => {
    decisions.push({ state, shown });
    shown = undefined;
  });
  return {
    consent,
    internals: () => internals ?? expect.unreachable('the interface is not mounted yet'),
    decisions,
    receipts: receiptsOf(consent).receipts,
    mounts: () => mounts,
  };
}

export const host = () => document.querySelector('consentry-root') as HTMLElement;
/** The interface's shadow root. */
export const shadowRoot = () => host().shadowRoot!;
/** The shadow root's contents, as a testing-library container. */
export const shadow = () => within(shadowRoot() as unknown as HTMLElement);
/** Waits for the core to mount the interface module (it is imported lazily). */
export const mounted = () => vi.waitFor(() => expect(host()).not.toBeNull());
/** The non-modal banner, once painted. */
export const banner = async (name = en.bannerTitle) => {
  await mounted();
  return shadow().findByRole('region', { name });
};
/** The preferences dialog, once the components have drawn it. */
export const preferences = async () => {
  await mounted();
  return shadow().findByRole('dialog', { name: en.preferencesTitle });
};
/** The element focused inside the interface's shadow root, if any. */
export const focusedInside = () => shadowRoot().activeElement;

/** The banner texts a banner decision records, in English with the policy link. */
export const BANNER_TEXTS = {
  bannerTitle: en.bannerTitle,
  bannerBody: en.bannerBody,
  policyLink: en.policyLink,
  rejectAll: en.rejectAll,
  acceptAll: en.acceptAll,
  managePreferences: en.managePreferences,
};

// Shared set-up for the gating tests: a fresh page and consent instance per test.
import { vi } from 'vitest';
import { normaliseConfig, type ConsentConfig } from '../../../src/model/config';
import { startConsent } from '../../../src/instance/consent';
import type { Consent, LoadUi, PlaceholderModule, UiModule } from '../../../src/model/consent';
import { loadReceipts } from '../load-receipts';

const started: Consent[] = [];

/** Starts a consent instance like an entry point does; `afterEach(resetPage)` destroys it. */
export function start(config: ConsentConfig = {}, loadUi?: LoadUi): Consent {
  const consent = startConsent(normaliseConfig([{ from: 'test', config }]), loadReceipts, loadUi);
  started.push(consent);
  return consent;
}

/** Destroys every instance, empties the page and expires every cookie. */
export function resetPage(): void {
  vi.restoreAllMocks();
  for (const consent of started.splice(0)) consent.destroy();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  for (const pair of document.cookie.split('; ').filter(Boolean)) {
    document.cookie = `${pair.split('=')[0]}=; Max-Age=-1; Path=/`;
  }
}

/** A stand-in for the UI bundle: the placeholder marks its iframe and unmarks it on unmount. */
export function fakeUi() {
  const module: UiModule & PlaceholderModule = {
    mountUI: vi.fn(() => () => {}),
    mountPlaceholder: vi.fn((_consent, _internals, element) => {
      element.dataset.placeholder = 'shown';
      return () => delete element.dataset.placeholder;
    }),
  };
  return { module, loadUi: vi.fn(async () => module) };
}

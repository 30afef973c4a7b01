import { fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ConsentConfig } from '../../../src/model/config';
import type { Consent, ConsentInternals, ReceiptEvent, ShownNotice, UiModule } from '../../../src/model/consent';
import type { ConsentState } from '../../../src/model/decision';
import { mountPlaceholder, mountUI } from '../../../src/ui/mount';
import { bg } from '../../../src/ui/strings/bg';
import { en } from '../../../src/ui/strings/en';
import { receiptsOf, resetPage, settingsOf, start as startInstance } from '../consent-harness';

// The real core drives the real interface module, as the loader does; only the lazy import is
// replaced, to capture the decisions the core records: each new state, with the texts the
// interface said it showed, and each receipt.
let consent: Consent;
let internals: ConsentInternals;
let decisions: { state: ConsentState; shown: ShownNotice | undefined }[];
let receipts: ReceiptEvent['receipt'][];
let mounts = 0;

function start(config: ConsentConfig = {}): Consent {
  decisions = [];
  let shown: ShownNotice | undefined;
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
  consent = startInstance({ policyUrl: '/privacy', ...config }, async () => ui);
  consent.on('change', (state) => {
    decisions.push({ state, shown });
    shown = undefined;
  });
  receipts = receiptsOf(consent).receipts;
  return consent;
}

const host = () => document.querySelector('consentry-root') as HTMLElement;
/** The shadow root's contents, as a testing-library container. */
const shadow = () => within(host().shadowRoot as unknown as HTMLElement);
/** Waits for the core to load the interface module (it is imported lazily). */
const mounted = () => vi.waitFor(() => expect(host()).not.toBeNull());
const banner = async (name = en.bannerTitle) => {
  await mounted();
  return shadow().findByRole('region', { name });
};
const preferences = async () => {
  await mounted();
  return shadow().findByRole('dialog', { name: en.preferencesTitle });
};

beforeEach(() => {
  document.documentElement.lang = 'en';
});

afterEach(resetPage);

// STYLE 2: the interface module's surface is what the core and the gating code rely on.
test('the interface module exports exactly mountUI and mountPlaceholder', async () => {
  expect(Object.keys(await import('../../../src/ui/mount')).sort()).toEqual(['mountPlaceholder', 'mountUI']);
});

describe('mountUI', () => {
  test('renders into an open shadow root on <consentry-root> at the end of <body>, with its stylesheet adopted', async () => {
    document.body.append(document.createElement('main'));
    start();
    await banner();
    expect(document.body.lastElementChild).toBe(host());
    expect(host().shadowRoot?.mode).toBe('open');
    expect(host().shadowRoot?.adoptedStyleSheets).toHaveLength(1);
    expect(host().shadowRoot?.querySelector('style')).toBeNull();
  });

  test('waits for <body> when it loads before the parser got there', async () => {
    const body = document.body;
    body.remove();
    const before = mounts;
    start();
    await vi.waitFor(() => expect(mounts).toBe(before + 1));
    expect(document.querySelector('consentry-root')).toBeNull();
    document.documentElement.append(body);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(await banner()).toBeTruthy();
    expect(document.body.lastElementChild).toBe(host());
  });

  test('the host reflects the view in data-state and the effective theme in data-theme', async () => {
    start({ ui: { theme: 'dark' } });
    await banner();
    expect(host().dataset).toMatchObject({ state: 'banner', theme: 'dark' });
    consent.showPreferences();
    expect(host().dataset.state).toBe('preferences');
    consent.hide();
    expect(host().dataset.state).toBe('hidden');
  });

  test('shows the visitor language with its lang and dir', async () => {
    document.documentElement.lang = 'bg';
    start();
    const region = await banner(bg.bannerTitle);
    expect(region.closest('[lang]')).toMatchObject({ lang: 'bg', dir: 'ltr' });
  });

  test.each([
    [en.acceptAll, 'banner.accept_all', true],
    [en.rejectAll, 'banner.reject_all', false],
  ])('banner %s records %s with the texts shown, then hides', async (name, method, granted) => {
    start();
    fireEvent.click(within(await banner()).getByRole('button', { name }));
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({
      state: { method, decided: true, categories: { functional: granted, personalization: granted, analytics: granted } },
      shown: {
        language: 'en',
        texts: {
          bannerTitle: en.bannerTitle,
          bannerBody: en.bannerBody,
          policyLink: en.policyLink,
          acceptAll: en.acceptAll,
          rejectAll: en.rejectAll,
          managePreferences: en.managePreferences,
        },
      },
    });
    expect(consent.view).toBeNull();
    expect(shadow().queryByRole('region')).toBeNull();
  });

  test('Manage preferences opens the dialog over the banner, all switches off before a decision (SPEC §3)', async () => {
    start();
    fireEvent.click(within(await banner()).getByRole('button', { name: en.managePreferences }));
    const dialog = await preferences();
    expect(consent.view).toBe('preferences');
    const optional = within(dialog).getAllByRole('switch').slice(1) as HTMLInputElement[];
    expect(optional.map((input) => input.checked)).toEqual([false, false, false]);
    expect(shadow().getByRole('region', { hidden: true })).toBeTruthy();
  });

  test('Save records the toggled switches with preferences.save and every text of the dialog', async () => {
    start();
    consent.showPreferences();
    const dialog = await preferences();
    fireEvent.click(within(dialog).getByRole('switch', { name: en['category.analytics.label'] }));
    fireEvent.click(within(dialog).getByRole('button', { name: en.savePreferences }));
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({
      state: { method: 'preferences.save', categories: { necessary: true, functional: false, personalization: false, analytics: true } },
    });
    await vi.waitFor(() => expect(receipts).toHaveLength(1));
    expect(receipts[0]).toMatchObject({ method: 'preferences.save', eventType: 'given' });
    expect(decisions[0]!.shown!.texts).toMatchObject({
      preferencesTitle: en.preferencesTitle,
      preferencesBody: en.preferencesBody,
      savePreferences: en.savePreferences,
      'category.necessary.label': en['category.necessary.label'],
      'category.analytics.label': en['category.analytics.label'],
      'category.analytics.description': en['category.analytics.description'],
    });
    expect(consent.view).toBeNull();
  });

  test.each([
    [en.acceptAll, 'preferences.accept_all', true],
    [en.rejectAll, 'preferences.reject_all', false],
  ])('dialog %s records %s', async (name, method, granted) => {
    start();
    consent.showPreferences();
    fireEvent.click(within(await preferences()).getByRole('button', { name }));
    expect(decisions.map((decision) => [decision.state.method, decision.state.categories.analytics])).toEqual([[method, granted]]);
  });

  test('closing the dialog records nothing, discards the draft and returns to the banner', async () => {
    start();
    consent.showPreferences();
    let dialog = await preferences();
    fireEvent.click(within(dialog).getByRole('switch', { name: en['category.analytics.label'] }));
    fireEvent.click(within(dialog).getByRole('button', { name: en.close }));
    expect(decisions).toEqual([]);
    expect(consent.view).toBe('banner');
    expect(document.cookie).not.toContain('consentry=');

    consent.showPreferences();
    dialog = await preferences();
    expect((within(dialog).getByRole('switch', { name: en['category.analytics.label'] }) as HTMLInputElement).checked).toBe(false);
  });

  test('Escape (the dialog closing itself) records nothing either', async () => {
    start();
    consent.showPreferences();
    ((await preferences()) as HTMLDialogElement).close();
    await vi.waitFor(() => expect(consent.view).toBe('banner'));
    expect(decisions).toEqual([]);
  });

  test('after a decision, the switches start from it and closing hides everything', async () => {
    start();
    await banner();
    consent.set({ personalization: true });
    consent.showPreferences();
    const dialog = await preferences();
    const positions = (within(dialog).getAllByRole('switch') as HTMLInputElement[]).map((input) => input.checked);
    expect(positions).toEqual([true, false, true, false]);
    fireEvent.click(within(dialog).getByRole('button', { name: en.close }));
    expect(consent.view).toBeNull();
    expect(decisions.map((decision) => decision.state.method)).toEqual(['api']);
  });

  test('focus returns to the element that opened the preferences', async () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    start();
    await banner();
    opener.focus();
    consent.showPreferences();
    fireEvent.click(within(await preferences()).getByRole('button', { name: en.close }));
    await vi.waitFor(() => expect(document.activeElement).toBe(opener));
  });

  test('focus returns to Manage preferences inside the banner when it opened them', async () => {
    start();
    const manage = within(await banner()).getByRole('button', { name: en.managePreferences });
    manage.focus();
    fireEvent.click(manage);
    fireEvent.click(within(await preferences()).getByRole('button', { name: en.close }));
    await vi.waitFor(() => expect(host().shadowRoot!.activeElement).toBe(manage));
  });

  test('the centre modal closing (Escape) hides the banner and records nothing', async () => {
    start({ ui: { position: 'center' } });
    await mounted();
    const dialog = (await shadow().findByRole('dialog', { name: en.bannerTitle })) as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    dialog.close();
    await vi.waitFor(() => expect(consent.view).toBeNull());
    expect(decisions).toEqual([]);
  });

  test('with ui.reopenButton, a floating button appears after a decision and opens the preferences', async () => {
    start({ ui: { reopenButton: true } });
    const region = await banner();
    expect(shadow().queryByRole('button', { name: en.preferencesTitle })).toBeNull();
    fireEvent.click(within(region).getByRole('button', { name: en.rejectAll }));
    const reopen = shadow().getByRole('button', { name: en.preferencesTitle });
    reopen.focus();
    fireEvent.click(reopen);
    expect(consent.view).toBe('preferences');
    expect(reopen.hidden).toBe(true);
    fireEvent.click(within(await preferences()).getByRole('button', { name: en.close }));
    expect(reopen.hidden).toBe(false);
    await vi.waitFor(() => expect(host().shadowRoot!.activeElement).toBe(reopen));
  });

  test('a returning visitor gets the floating button on the next page, and nothing else', async () => {
    start({ ui: { reopenButton: true } });
    fireEvent.click(within(await banner()).getByRole('button', { name: en.acceptAll }));
    consent.destroy();
    await vi.waitFor(() => expect(host()).toBeNull());

    start({ ui: { reopenButton: true } });
    await mounted();
    expect(await shadow().findByRole('button', { name: en.preferencesTitle })).toBeTruthy();
    expect(shadow().queryByRole('region')).toBeNull();
    expect(host().dataset.state).toBe('hidden');
  });

  test('a returning visitor without the floating button does not load the interface (SPEC §1)', async () => {
    start();
    fireEvent.click(within(await banner()).getByRole('button', { name: en.acceptAll }));
    const loadUi = vi.fn(async () => ({ mountUI }));
    startInstance({}, loadUi);
    await Promise.resolve();
    expect(loadUi).not.toHaveBeenCalled();
  });

  test('without ui.reopenButton there is no floating button', async () => {
    start();
    fireEvent.click(within(await banner()).getByRole('button', { name: en.rejectAll }));
    expect(host().shadowRoot!.querySelector('[part~=reopen]')).toBeNull();
  });

  test('destroy removes the host', async () => {
    start();
    await banner();
    consent.destroy();
    await vi.waitFor(() => expect(host()).toBeNull());
  });
});

describe('mountPlaceholder', () => {
  /** A visitor who refused everything, with the interface loaded, and an embed in the page. */
  async function refusedWithEmbed(attributes: Record<string, string>): Promise<HTMLVideoElement> {
    start();
    await banner();
    consent.rejectAll();
    return embedWith(attributes);
  }

  // A <video> rather than an <iframe>, which happy-dom refuses to load (SPEC §2 gates both).
  function embedWith(attributes: Record<string, string>): HTMLVideoElement {
    const video = document.createElement('video');
    for (const [name, value] of Object.entries(attributes)) video.setAttribute(name, value);
    document.body.append(video);
    return video;
  }

  test('takes the embed’s place and size, names the category, and Allow records a placeholder decision', async () => {
    const embed = await refusedWithEmbed({ 'data-category': 'personalization', width: '560', height: '315' });
    const recorded = vi.spyOn(internals, 'decide');
    const remove = mountPlaceholder(consent, internals, embed);
    const placeholder = embed.previousElementSibling as HTMLElement;
    expect(placeholder.localName).toBe('consentry-placeholder');
    expect(placeholder.style.getPropertyValue('--_width')).toBe('560px');
    expect(placeholder.style.getPropertyValue('--_height')).toBe('315px');
    expect(embed.style.getPropertyValue('display')).toBe('none');
    const box = within(placeholder.shadowRoot as unknown as HTMLElement);
    const text = 'This content is blocked. To view it, allow cookies for: Personalization.';
    expect(await box.findByText(text)).toBeTruthy();
    fireEvent.click(box.getByRole('button', { name: en.placeholderAllow }));
    expect(recorded).toHaveBeenCalledWith({ personalization: true }, 'placeholder', {
      language: 'en',
      texts: { placeholderText: text, placeholderAllow: en.placeholderAllow },
      textHash: expect.any(Promise),
    });
    remove();
  });

  test('applies the interface options itself when it is the first part of the interface to load', async () => {
    // A returning visitor's page loads the interface for a placeholder only: no banner applied them.
    const settings = settingsOf({ ui: { theme: 'dark' }, categories: { personalization: { label: 'Videos' } } });
    const embed = await refusedWithEmbed({ 'data-category': 'personalization' });
    mountPlaceholder(consent, { ...internals, settings }, embed);
    const placeholder = embed.previousElementSibling as HTMLElement;
    expect(placeholder.dataset.theme).toBe('dark');
    expect(await within(placeholder.shadowRoot as unknown as HTMLElement).findByText(/allow cookies for: Videos\./)).toBeTruthy();
  });

  test('removes itself and restores the embed once its categories are granted, by any means', async () => {
    const embed = await refusedWithEmbed({ 'data-category': 'personalization analytics !marketing', style: 'display: block' });
    mountPlaceholder(consent, internals, embed);
    expect(embed.previousElementSibling?.localName).toBe('consentry-placeholder');
    consent.set({ personalization: true });
    expect(embed.previousElementSibling?.localName).toBe('consentry-placeholder');
    consent.set({ analytics: true });
    expect(document.querySelector('consentry-placeholder')).toBeNull();
    expect(embed.style.getPropertyValue('display')).toBe('block');
  });

  test('the returned function removes it, once', async () => {
    const embed = await refusedWithEmbed({ 'data-category': 'analytics' });
    const remove = mountPlaceholder(consent, internals, embed);
    expect((embed.previousElementSibling as HTMLElement).style.getPropertyValue('--_width')).toBe('300px');
    remove();
    remove();
    expect(document.querySelector('consentry-placeholder')).toBeNull();
    expect(embed.style.getPropertyValue('display')).toBe('');
  });

  test('an embed that waits only for a refusal, or whose categories are all granted, gets none', async () => {
    const embed = await refusedWithEmbed({ 'data-category': '!analytics' });
    const remove = mountPlaceholder(consent, internals, embed);
    consent.set({ functional: true });
    mountPlaceholder(consent, internals, embedWith({ 'data-category': 'functional !personalization' }));
    expect(document.querySelector('consentry-placeholder')).toBeNull();
    expect(embed.style.getPropertyValue('display')).toBe('');
    remove();
  });
});

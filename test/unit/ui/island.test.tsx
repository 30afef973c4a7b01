import { signal } from '@preact/signals';
import { fireEvent, within } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ConsentConfig } from '../../../src/model/config';
import type { Consent } from '../../../src/model/consent';
import { ConsentInterface } from '../../../src/ui/ConsentInterface';
import { interfaceSettings } from '../../../src/ui/interface-settings';
import { mountPlaceholder, mountUI } from '../../../src/ui/island';
import { loadFullWording } from '../../../src/ui/presentation';
import { bg } from '../../../src/ui/strings/bg';
import { en } from '../../../src/ui/strings/en';
import { resetPage, settingsOf, start as startInstance } from '../consent-harness';
import { BANNER_TEXTS, banner, focusedInside, host, mounted, preferences, type Started, shadow, shadowRoot, startWithInterface } from './island-harness';

let started: Started;
let consent: Consent;

function start(config: ConsentConfig = {}): Consent {
  started = startWithInterface(config);
  consent = started.consent;
  return consent;
}

beforeEach(() => {
  document.documentElement.lang = 'en';
});

afterEach(async () => {
  resetPage();
  // A layer that destroy closed gives focus back a task later (returnFocus): that runs here, while
  // the page still has its <body>, and the focus it moved is let go, so no test starts focused.
  await new Promise((resolve) => setTimeout(resolve));
  (document.activeElement as HTMLElement | null)?.blur();
  document.body.removeAttribute('tabindex');
});

// STYLE 2: the interface module's surface is what the core and the gating code rely on.
test('the interface module exports exactly mountPlaceholder and mountUI', async () => {
  expect(Object.keys(await import('../../../src/ui/island')).sort()).toEqual(['mountPlaceholder', 'mountUI']);
});

describe('mountUI', () => {
  test('renders into an open shadow root on <consentry-root> first in <body>, with the banner stylesheet adopted', async () => {
    document.body.append(document.createElement('main'));
    start();
    await banner();
    expect(document.body.firstElementChild).toBe(host());
    expect(shadowRoot().mode).toBe('open');
    // The island adopts the banner's sheet only; the components add theirs when they take over.
    expect(shadowRoot().adoptedStyleSheets).toHaveLength(1);
    expect(shadowRoot().querySelector('style')).toBeNull();
    consent.showPreferences();
    await preferences();
    expect(shadowRoot().adoptedStyleSheets).toHaveLength(2);
  });

  test('waits for <body> when it loads before the parser got there', async () => {
    const body = document.body;
    body.remove();
    start();
    await vi.waitFor(() => expect(started.mounts()).toBe(1));
    expect(document.querySelector('consentry-root')).toBeNull();
    body.append(document.createElement('main'));
    document.documentElement.append(body);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(await banner()).toBeTruthy();
    expect(document.body.firstElementChild).toBe(host());
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
    expect(started.decisions).toHaveLength(1);
    expect(started.decisions[0]).toEqual({
      state: expect.objectContaining({ method, decided: true, categories: { necessary: true, functional: granted, personalization: granted, analytics: granted } }),
      shown: { language: 'en', texts: BANNER_TEXTS },
    });
    expect(consent.view).toBeNull();
    expect(shadow().queryByRole('region')).toBeNull();
    expect(shadowRoot().childElementCount).toBe(0);
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
    expect(started.decisions).toHaveLength(1);
    expect(started.decisions[0]).toMatchObject({
      state: { method: 'preferences.save', categories: { necessary: true, functional: false, personalization: false, analytics: true } },
    });
    await vi.waitFor(() => expect(started.receipts).toHaveLength(1));
    expect(started.receipts[0]).toMatchObject({ method: 'preferences.save', eventType: 'given' });
    expect(started.decisions[0]!.shown!.texts).toMatchObject({
      preferencesTitle: en.preferencesTitle,
      preferencesBody: en.preferencesBody,
      savePreferences: en.savePreferences,
      'category.necessary.label': en['category.necessary.label'],
      'category.analytics.label': en['category.analytics.label'],
      'category.analytics.description': en['category.analytics.description'],
    });
    // No GPC signal refused here, so the dialog showed no note about it.
    expect(started.decisions[0]!.shown!.texts).not.toHaveProperty('gpcApplied');
    expect(consent.view).toBeNull();
  });

  test.each([
    [en.acceptAll, 'preferences.accept_all', true],
    [en.rejectAll, 'preferences.reject_all', false],
  ])('dialog %s records %s', async (name, method, granted) => {
    start();
    consent.showPreferences();
    fireEvent.click(within(await preferences()).getByRole('button', { name }));
    expect(started.decisions.map((decision) => [decision.state.method, decision.state.categories.analytics])).toEqual([[method, granted]]);
  });

  test('closing the dialog records nothing, discards the draft and returns to the banner', async () => {
    start();
    consent.showPreferences();
    let dialog = await preferences();
    fireEvent.click(within(dialog).getByRole('switch', { name: en['category.analytics.label'] }));
    fireEvent.click(within(dialog).getByRole('button', { name: en.close }));
    expect(started.decisions).toEqual([]);
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
    expect(started.decisions).toEqual([]);
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
    expect(started.decisions.map((decision) => decision.state.method)).toEqual(['api']);
  });

  test('the centre modal closing (Escape) hides the banner and records nothing', async () => {
    start({ ui: { position: 'center' } });
    await mounted();
    const dialog = (await shadow().findByRole('dialog', { name: en.bannerTitle })) as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    dialog.close();
    await vi.waitFor(() => expect(consent.view).toBeNull());
    expect(started.decisions).toEqual([]);
    expect(shadowRoot().childElementCount).toBe(0);
  });

  test('the centre modal, once the components took it over, still only hides on Escape', async () => {
    start({ ui: { position: 'center' } });
    await mounted();
    const dialog = (await shadow().findByRole('dialog', { name: en.bannerTitle })) as HTMLDialogElement;
    consent.showPreferences();
    fireEvent.click(within(await preferences()).getByRole('button', { name: en.close }));
    expect(consent.view).toBe('banner');
    // The same element: hydration kept it, open.
    expect(shadow().getByRole('dialog', { name: en.bannerTitle })).toBe(dialog);
    expect(dialog.open).toBe(true);
    dialog.close();
    await vi.waitFor(() => expect(consent.view).toBeNull());
    expect(started.decisions).toEqual([]);
  });

  test('with ui.reopenButton, a floating button appears after a decision and opens the preferences', async () => {
    start({ ui: { reopenButton: true } });
    const region = await banner();
    expect(shadow().queryByRole('button', { name: en.preferencesTitle })).toBeNull();
    fireEvent.click(within(region).getByRole('button', { name: en.rejectAll }));
    // The floating button is the components': it shows once they have loaded.
    const reopen = await shadow().findByRole('button', { name: en.preferencesTitle });
    expect(shadow().queryByRole('region')).toBeNull();
    reopen.focus();
    fireEvent.click(reopen);
    expect(consent.view).toBe('preferences');
    expect(reopen.hidden).toBe(true);
    fireEvent.click(within(await preferences()).getByRole('button', { name: en.close }));
    expect(reopen.hidden).toBe(false);
    await vi.waitFor(() => expect(focusedInside()).toBe(reopen));
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
    await vi.dynamicImportSettled();
    expect(shadowRoot().querySelector('[part~=reopen]')).toBeNull();
  });

  test('destroy removes the host, with the island only', async () => {
    start();
    await banner();
    consent.destroy();
    await vi.waitFor(() => expect(host()).toBeNull());
  });

  test('destroy removes the host once the components have taken over', async () => {
    start();
    consent.showPreferences();
    await preferences();
    consent.destroy();
    await vi.waitFor(() => expect(host()).toBeNull());
  });
});

describe('the island', () => {
  /**
   * The banner as the Preact components render it for a first visit with the same settings and
   * wording, in a container of its own: what hydration expects to find.
   */
  async function renderedByComponents(position: 'bottom' | 'bottom-left' | 'center'): Promise<Element> {
    const internals = started.internals();
    const wording = await loadFullWording(internals.settings);
    const container = document.createElement('div');
    document.body.append(container);
    render(<ConsentInterface consent={consent} internals={internals} ui={{ position }} wording={wording} choices={signal({})} />, container);
    // Preact renders a text and the space after it as two text nodes; the page shows one.
    container.normalize();
    const rendered = container.firstElementChild!.cloneNode(true) as Element;
    render(null, container);
    container.remove();
    return rendered;
  }

  test.each([
    ['bottom', '/privacy', 'en'],
    ['bottom-left', '/privacy?from=banner&v="2"', 'en'],
    ['center', '/privacy', 'en'],
    ['bottom', null, 'en'],
    ['center', null, 'bg'],
    ['bottom', '/privacy', 'ar'],
  ] as const)('paints the same DOM the components render for a first visit (%s, policy %s, %s), so they can hydrate it', async (position, policyUrl, language) => {
    document.documentElement.lang = language;
    start({ policyUrl, ui: { position } });
    await mounted();
    await vi.waitFor(() => expect(shadowRoot().childElementCount).toBe(1));
    const island = shadowRoot().firstElementChild!;
    const components = await renderedByComponents(position);
    expect(island.outerHTML).toBe(components.outerHTML);
    expect(island.isEqualNode(components)).toBe(true);
    expect(island.getAttribute('lang')).toBe(language);
    expect(island.getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
  });

  test('shows the site’s texts as text: HTML in them creates no element', async () => {
    const title = '<img src=x onerror=alert(1)>Cookies';
    const body = 'Read <b>this</b> %acceptAll% $& $1';
    start({ texts: { en: { bannerTitle: title, bannerBody: body } } });
    const region = await banner(title);
    expect(shadowRoot().querySelector('img, b')).toBeNull();
    expect(within(region).getByRole('heading').textContent).toBe(title);
    expect(region.querySelector('[part=text]')!.textContent).toBe(`${body} ${en.policyLink}`);
    // The components keep them as text once they take the banner over.
    consent.showPreferences();
    await preferences();
    expect(shadowRoot().querySelector('img, b')).toBeNull();
    expect(within(region).getByRole('heading', { hidden: true }).textContent).toBe(title);
  });

  test('without policyUrl the banner has no link, and a decision records no policyLink', async () => {
    start({ policyUrl: null });
    const region = await banner();
    expect(within(region).queryByRole('link')).toBeNull();
    expect(region.querySelector('a, [part~=link]')).toBeNull();
    expect(region.querySelector('[part=text]')!.textContent).toBe(`${en.bannerBody} `);
    fireEvent.click(within(region).getByRole('button', { name: en.acceptAll }));
    const { policyLink: _, ...shown } = BANNER_TEXTS;
    expect(started.decisions[0]!.shown).toEqual({ language: 'en', texts: shown });
  });

  test('with policyUrl the link goes there', async () => {
    start({ policyUrl: 'https://example.com/privacy?lang=en&from=banner' });
    const region = await banner();
    expect(within(region).getByRole('link', { name: en.policyLink }).getAttribute('href')).toBe('https://example.com/privacy?lang=en&from=banner');
  });

  test('Manage preferences takes the banner over in place: the same elements, and focus back on Manage after closing', async () => {
    start();
    const region = await banner();
    const manage = within(region).getByRole('button', { name: en.managePreferences });
    const title = within(region).getByRole('heading');
    const painted = region.outerHTML;
    manage.focus();
    fireEvent.click(manage);
    const dialog = (await preferences()) as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(region.outerHTML).toBe(painted);
    // Hydrated, not replaced: the banner behind the dialog is the island's own elements.
    expect(shadow().getByRole('region', { hidden: true })).toBe(region);
    expect(within(region).getByRole('button', { name: en.managePreferences, hidden: true })).toBe(manage);
    expect(within(region).getByRole('heading', { hidden: true })).toBe(title);
    expect(shadowRoot().querySelectorAll('[part~=banner]')).toHaveLength(1);
    dialog.close();
    await vi.waitFor(() => expect(consent.view).toBe('banner'));
    expect(started.decisions).toEqual([]);
    await vi.waitFor(() => expect(focusedInside()).toBe(manage));
    expect(manage.isConnected).toBe(true);
  });

  test('once taken over, each banner button decides once: the island’s own listeners are gone', async () => {
    start();
    const region = await banner();
    const accept = within(region).getByRole('button', { name: en.acceptAll });
    consent.showPreferences();
    fireEvent.click(within(await preferences()).getByRole('button', { name: en.close }));
    expect(consent.view).toBe('banner');
    fireEvent.click(accept);
    expect(started.decisions.map(({ state, shown }) => [state.method, shown])).toEqual([['banner.accept_all', { language: 'en', texts: BANNER_TEXTS }]]);
    expect(shadow().queryByRole('region')).toBeNull();
  });

  test('the banner shows again after the preferences close without a decision, when the page asked for them first', async () => {
    start();
    consent.showPreferences();
    fireEvent.click(within(await preferences()).getByRole('button', { name: en.close }));
    expect(await banner()).toBeTruthy();
    expect(shadowRoot().querySelectorAll('[part~=banner]')).toHaveLength(1);
  });
});

describe('focus', () => {
  test('returns to the element in the page that opened the preferences', async () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    start();
    await banner();
    opener.focus();
    consent.showPreferences();
    fireEvent.click(within(await preferences()).getByRole('button', { name: en.close }));
    await vi.waitFor(() => expect(document.activeElement).toBe(opener));
  });

  test('goes to the start of the page after Save on a first visit, as the banner that opened the preferences is gone', async () => {
    const link = document.createElement('a');
    link.href = '#main';
    document.body.append(link);
    start();
    const manage = within(await banner()).getByRole('button', { name: en.managePreferences });
    manage.focus();
    fireEvent.click(manage);
    fireEvent.click(within(await preferences()).getByRole('button', { name: en.savePreferences }));
    expect(started.decisions.map(({ state }) => state.method)).toEqual(['preferences.save']);
    expect(manage.isConnected).toBe(false);
    // Focusable for as long as it has focus, so that the next Tab starts from the top.
    await vi.waitFor(() => expect(document.body.getAttribute('tabindex')).toBe('-1'));
    expect(document.activeElement).toBe(document.body);
    link.focus();
    expect(document.body.hasAttribute('tabindex')).toBe(false);
  });

  test('goes to the start of the page when Accept all closes the banner it was in', async () => {
    start();
    const accept = within(await banner()).getByRole('button', { name: en.acceptAll });
    accept.focus();
    expect(focusedInside()).toBe(accept);
    fireEvent.click(accept);
    expect(accept.isConnected).toBe(false);
    await vi.waitFor(() => expect(document.body.getAttribute('tabindex')).toBe('-1'));
    expect(document.activeElement).toBe(document.body);
  });

  test('a page whose <body> is focusable keeps its tabindex', async () => {
    document.body.tabIndex = 0;
    const focus = vi.spyOn(document.body, 'focus');
    start();
    const accept = within(await banner()).getByRole('button', { name: en.acceptAll });
    accept.focus();
    fireEvent.click(accept);
    await vi.waitFor(() => expect(focus).toHaveBeenCalledOnce());
    expect(document.activeElement).toBe(document.body);
    document.body.blur();
    expect(document.body.getAttribute('tabindex')).toBe('0');
  });

  test('stays where it is in the page when the page decides while the banner shows', async () => {
    const field = document.createElement('input');
    document.body.append(field);
    start();
    await banner();
    field.focus();
    consent.acceptAll();
    await new Promise((resolve) => setTimeout(resolve));
    expect(document.activeElement).toBe(field);
    expect(document.body.hasAttribute('tabindex')).toBe(false);
  });
});

describe('the GPC note (SPEC §3)', () => {
  const gpc = (value: boolean | undefined) => Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, value });
  afterEach(() => gpc(undefined));

  test('the preferences say that the browser’s GPC signal refused, and a decision there records the note', async () => {
    gpc(true);
    start();
    expect(consent.state).toMatchObject({ decided: true, method: 'gpc' });
    consent.showPreferences();
    const dialog = await preferences();
    const note = within(dialog).getByText(en.gpcApplied);
    expect(note.getAttribute('part')).toBe('text gpc');
    fireEvent.click(within(dialog).getByRole('button', { name: en.savePreferences }));
    expect(started.decisions[0]!.shown!.texts).toMatchObject({ gpcApplied: en.gpcApplied });

    // The visitor's own choice replaces the signal's: the note no longer applies.
    consent.showPreferences();
    expect(within(await preferences()).queryByText(en.gpcApplied)).toBeNull();
  });

  test('no note when the decision is not the signal’s', async () => {
    start();
    await banner();
    consent.rejectAll();
    consent.showPreferences();
    expect(within(await preferences()).queryByText(en.gpcApplied)).toBeNull();
  });

  test('no note when the site ignores the signal', async () => {
    gpc(true);
    start({ gpc: 'ignore' });
    consent.showPreferences();
    const dialog = await preferences();
    expect(consent.state.decided).toBe(false);
    expect(within(dialog).queryByText(en.gpcApplied)).toBeNull();
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

  /** The placeholder before `embed`, once the components have loaded to draw it. */
  const placeholderOf = (embed: HTMLElement) =>
    vi.waitFor(() => (embed.previousElementSibling?.localName === 'consentry-placeholder' ? (embed.previousElementSibling as HTMLElement) : expect.unreachable('no placeholder yet')));

  test('takes the embed’s place and size, names the category, and Allow records a placeholder decision', async () => {
    const embed = await refusedWithEmbed({ 'data-category': 'personalization', width: '560', height: '315' });
    const internals = started.internals();
    const recorded = vi.spyOn(internals, 'decide');
    const remove = mountPlaceholder(consent, internals, embed);
    const placeholder = await placeholderOf(embed);
    expect(placeholder.style.getPropertyValue('--_width')).toBe('560px');
    expect(placeholder.style.getPropertyValue('--_height')).toBe('315px');
    expect(embed.style.getPropertyValue('display')).toBe('none');
    // The banner's sheet and the components'.
    expect(placeholder.shadowRoot!.adoptedStyleSheets).toHaveLength(2);
    const box = within(placeholder.shadowRoot as unknown as HTMLElement);
    const text = 'This content is blocked. To view it, allow cookies for: Personalization.';
    expect(await box.findByText(text)).toBeTruthy();
    fireEvent.click(box.getByRole('button', { name: en.placeholderAllow }));
    expect(recorded).toHaveBeenCalledWith({ personalization: true }, 'placeholder', {
      language: 'en',
      texts: { placeholderText: text, placeholderAllow: en.placeholderAllow },
    });
    remove();
  });

  test('applies the interface options itself when it is the first part of the interface to load', async () => {
    // A returning visitor's page loads the interface for a placeholder only: no banner applied them.
    const settings = settingsOf({ ui: { theme: 'dark' }, categories: { personalization: { label: 'Videos' } } });
    const embed = await refusedWithEmbed({ 'data-category': 'personalization' });
    mountPlaceholder(consent, { ...started.internals(), settings }, embed);
    const placeholder = await placeholderOf(embed);
    expect(placeholder.dataset.theme).toBe('dark');
    expect(await within(placeholder.shadowRoot as unknown as HTMLElement).findByText(/allow cookies for: Videos\./)).toBeTruthy();
  });

  test('removes itself and restores the embed once its categories are granted, by any means', async () => {
    const embed = await refusedWithEmbed({ 'data-category': 'personalization analytics !marketing', style: 'display: block' });
    mountPlaceholder(consent, started.internals(), embed);
    await placeholderOf(embed);
    consent.set({ personalization: true });
    expect(embed.previousElementSibling?.localName).toBe('consentry-placeholder');
    consent.set({ analytics: true });
    expect(document.querySelector('consentry-placeholder')).toBeNull();
    expect(embed.style.getPropertyValue('display')).toBe('block');
  });

  test('the returned function removes it, once', async () => {
    const embed = await refusedWithEmbed({ 'data-category': 'analytics' });
    const remove = mountPlaceholder(consent, started.internals(), embed);
    expect((await placeholderOf(embed)).style.getPropertyValue('--_width')).toBe('300px');
    remove();
    remove();
    expect(document.querySelector('consentry-placeholder')).toBeNull();
    expect(embed.style.getPropertyValue('display')).toBe('');
  });

  test('removed before the components have loaded, it never shows', async () => {
    const embed = await refusedWithEmbed({ 'data-category': 'analytics' });
    const remove = mountPlaceholder(consent, started.internals(), embed);
    remove();
    await vi.dynamicImportSettled();
    expect(document.querySelector('consentry-placeholder')).toBeNull();
    expect(embed.style.getPropertyValue('display')).toBe('');
  });

  test('an embed that waits only for a refusal, or whose categories are all granted, gets none', async () => {
    const embed = await refusedWithEmbed({ 'data-category': '!analytics' });
    const remove = mountPlaceholder(consent, started.internals(), embed);
    consent.set({ functional: true });
    mountPlaceholder(consent, started.internals(), embedWith({ 'data-category': 'functional !personalization' }));
    await vi.dynamicImportSettled();
    expect(document.querySelector('consentry-placeholder')).toBeNull();
    expect(embed.style.getPropertyValue('display')).toBe('');
    remove();
  });
});

// The interface settings are checked once per settings object, whichever part asks first.
test('the island and the components read one set of interface settings', async () => {
  start({ ui: { position: 'bottom-left' } });
  const region = await banner();
  expect(region.dataset.position).toBe('bottom-left');
  expect(interfaceSettings(started.internals().settings).position).toBe('bottom-left');
  consent.showPreferences();
  await preferences();
  expect(shadow().getByRole('region', { hidden: true }).dataset.position).toBe('bottom-left');
});

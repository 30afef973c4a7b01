// The interface module the loader imports (dist/consentry-ui.js; `consentry` imports it lazily).
// A first visit's banner is an island: markup prerendered at build time from the interface's own
// component (virtual:consentry/banner), put in the shadow root with the site's texts filled in as
// text, its three buttons wired to the instance. Preact and the components (src/ui/interface.tsx)
// load only when something needs them: the preferences, the floating reopen button, a blocked
// embed's placeholder. They then take the banner over where it stands (hydrate), so the element
// that has focus keeps it.
import { effect, untracked } from '@preact/signals-core';
import banner from 'virtual:consentry/banner';
import type { Consent, ConsentInternals, PlaceholderModule, UiModule } from '../model/consent';
import { reportInterfaceFailure } from '../model/report';
import { bannerTexts, decideOnBanner } from './decisions';
import { interfaceSettings, type InterfaceSettings } from './interface-settings';
import { loadWording, reportTextsFailure, type Wording } from './language';
import { buildMarkup } from './markup';
import { createShadowHost, type ShadowHost } from './shadow-host';
import { openModal, showNonModal } from './top-layer';

/** The focused element, looking into open shadow roots (the banner's own buttons included). */
function focusedElement(): HTMLElement | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element instanceof HTMLElement ? element : null;
}

/**
 * Gives focus back after a layer has closed: to `opener` while it is in the page, else (the
 * banner that opened the preferences is gone with the decision) to the start of the page, on
 * purpose, so that the next Tab goes to the page's first link rather than wherever the browser
 * lands.
 */
function returnFocus(opener: HTMLElement | null): void {
  const { body } = document;
  if (opener?.isConnected) {
    opener.focus();
  } else if (body) {
    // Focusable only while it has focus: the page's own tabindex, if any, stays as it was.
    if (!body.hasAttribute('tabindex')) {
      body.tabIndex = -1;
      body.addEventListener('blur', () => body.removeAttribute('tabindex'), { once: true });
    }
    body.focus({ preventScroll: true });
  }
}

/**
 * Paints the prerendered banner into `shadow` and wires it; returns a function that lets it go
 * (`remove`: takes it out of the page too, else leaves the markup to the components, which take
 * it over).
 */
function paintBanner(consent: Consent, internals: ConsentInternals, ui: InterfaceSettings, wording: Wording, shadow: ShadowHost): (remove: boolean) => void {
  const { policyUrl } = internals.settings;
  const modal = ui.position === 'center';
  const root = buildMarkup(modal ? banner.dialog : banner.section, {
    ...bannerTexts(wording, policyUrl),
    language: wording.language,
    dir: wording.dir,
    position: ui.position,
    policyUrl,
  }) as HTMLElement;
  // The component renders the link only with a policy (PolicyText).
  if (!policyUrl) root.querySelector('a')?.remove();
  shadow.root.append(root);
  const layer = root.firstElementChild as HTMLElement;
  const button = (part: string) => root.querySelector<HTMLElement>(`[part~=${part}]`)!;
  const wired: [HTMLElement, string, () => void][] = [
    [button('accept'), 'click', () => decideOnBanner(internals, wording, true)],
    [button('reject'), 'click', () => decideOnBanner(internals, wording, false)],
    [button('manage'), 'click', () => consent.showPreferences()],
    // Escape closes the centre modal; that records nothing (SPEC §3).
    [layer, 'close', () => consent.view === 'banner' && consent.hide()],
  ];
  for (const [element, type, listener] of wired) element.addEventListener(type, listener);
  let hideLayer: (() => void) | undefined;
  if (modal) openModal(layer as HTMLDialogElement);
  else hideLayer = showNonModal(layer);
  return (remove) => {
    for (const [element, type, listener] of wired) element.removeEventListener(type, listener);
    hideLayer?.();
    if (remove) root.remove();
  };
}

/**
 * Shows the interface of `consent` in an open shadow root on `<consentry-root>`, first in
 * `<body>` so that a keyboard visitor meets the banner before the page's links. The host's
 * `data-state` is the view (`banner`, `preferences` or `hidden`) for the page to style around.
 * When a layer closes, focus returns to what opened it (SPEC §4), or to the page's start.
 */
export const mountUI: UiModule['mountUI'] = (consent, internals) => {
  const { settings } = internals;
  const ui = interfaceSettings(settings);
  const shadow = createShadowHost('consentry-root', ui.theme);
  const { view, state } = consent.signals;
  // The loader runs in <head>: this module can arrive before the parser has reached <body>, and
  // a layer opens only in the document.
  let unmounted = false;
  const attached = new Promise<void>((resolve) => {
    const attach = () => {
      if (!unmounted) document.body.prepend(shadow.host);
      resolve();
    };
    if (document.body) attach();
    else document.addEventListener('DOMContentLoaded', attach, { once: true });
  });
  const wording = Promise.all([loadWording(settings), attached]).then(([loaded]) => loaded);
  let letGo: ((remove: boolean) => void) | undefined;
  let components: Promise<(() => void) | void> | undefined;
  let opener: HTMLElement | null = null;
  let previous = view.peek();

  // The components' failure to load leaves the banner as it was, so that Manage preferences can
  // try again.
  const takeOver = () =>
    (components ??= import('./interface').then(
      ({ renderInterface, loadFullWording }) =>
        Promise.all([loadFullWording(settings), attached]).then(([full]) => {
          if (unmounted) return undefined;
          letGo?.(false);
          letGo = undefined;
          return renderInterface(consent, internals, ui, full, shadow.root);
        }, reportTextsFailure),
      (error: unknown) => {
        components = undefined;
        reportInterfaceFailure(error);
        if (consent.view === 'preferences') consent.state.decided ? consent.hide() : consent.showBanner();
        return undefined;
      },
    ));
  const paint = (loaded: Wording) => {
    if (!unmounted && !components && !letGo && view.peek() === 'banner') letGo = paintBanner(consent, internals, ui, loaded, shadow);
  };

  const follow = () => {
    const current = view.value;
    const decided = state.value.decided;
    untracked(() => {
      shadow.host.dataset.state = current ?? 'hidden';
      if (current !== previous) {
        const focused = focusedElement();
        if (current === 'preferences') {
          opener = focused;
        } else if (previous === 'preferences' || focused?.getRootNode() === shadow.root) {
          const element = opener;
          // Once the layer is gone: Preact re-renders what read the view in a microtask, and
          // while a modal is open the page is inert and cannot take focus.
          setTimeout(() => unmounted || returnFocus(element));
          opener = null;
        }
        previous = current;
      }
      if (components) return;
      // The banner stays behind the preferences while nothing is decided, for the components to
      // take over; with nothing showing, it goes.
      if (!current) {
        letGo?.(true);
        letGo = undefined;
      }
      if (current === 'preferences' || (decided && settings.ui.reopenButton)) takeOver();
      else if (current === 'banner') wording.then(paint, () => {});
    });
  };
  const stopFollowing = effect(follow);
  wording.catch(reportTextsFailure);
  return () => {
    unmounted = true;
    stopFollowing();
    letGo?.(true);
    components?.then((unmount) => {
      unmount?.();
      shadow.remove();
    });
    if (!components) shadow.remove();
  };
};

/**
 * Shows a placeholder in place of a blocked embed (SPEC §2), drawn by the components, which load
 * for it. Returns a function that removes it, whether it has been drawn yet or not.
 */
export const mountPlaceholder: PlaceholderModule['mountPlaceholder'] = (consent, internals, embed) => {
  let remove: (() => void) | undefined;
  let removed = false;
  import('./interface').then(({ mountPlaceholder: mount }) => {
    if (!removed) remove = mount(consent, internals, embed);
  }, reportInterfaceFailure);
  return () => {
    removed = true;
    remove?.();
  };
};

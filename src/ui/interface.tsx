// The interface module (SPEC §4): dist/consentry-ui.js for the script-tag loader, and the chunk that
// `consentry`'s createConsent imports lazily. Nothing here loads until something must be shown.
import { effect, signal, untracked } from '@preact/signals';
import { render } from 'preact';
import type { PlaceholderModule, UiModule } from '../model/consent';
import { reportError } from '../model/report';
import { ConsentInterface } from './ConsentInterface';
import { loadWording, type Wording } from './language';
import { Placeholder, placeholderTexts } from './Placeholder';
import { shownNotice } from '../model/notice-hash';
import { grantableCategories } from '../model/category-tokens';
import { choiceOwners, everyChoice } from '../model/choices';
import { interfaceSettings } from './interface-settings';
import { createShadowHost } from './shadow-host';

/** The focused element, looking into open shadow roots (the banner's own buttons included). */
function focusedElement(): HTMLElement | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element instanceof HTMLElement ? element : null;
}

function reportTextsFailure(error: unknown): void {
  reportError(`the interface texts could not be loaded (${error}); nothing was granted.`);
}

/**
 * Renders the banner, the preferences and the floating reopen button into an open shadow root on
 * `<consentry-root>` at the end of `<body>`. It is rendered once: the components read the
 * instance's signals, so every change of view or state re-renders what it touches. The host's
 * `data-state` is the view (`banner`, `preferences` or `hidden`) for the page to style around.
 * When the preferences close, focus returns to the element that opened them (SPEC §4). The
 * interface's own options (language, texts, position, theme, labels) are checked first.
 */
export const mountUI: UiModule['mountUI'] = (consent, internals) => {
  const shadow = createShadowHost('consentry-root', interfaceSettings(internals.settings).theme);
  const { view } = consent.signals;
  // The preferences' switches start from the stored decision (all off before one, SPEC §3) each
  // time they open, and change only this draft until the visitor saves.
  const choices = signal<Record<string, boolean>>({});
  let opener: HTMLElement | null = null;
  let wording: Wording | undefined;

  // Follows the view (untracked inside: only the view drives this), from the view at mount time on:
  // a first visit opened by a [data-consentry-open] click loads this module after the click.
  const stopFollowing = effect(() => {
    const current = view.value;
    untracked(() => {
      shadow.host.dataset.state = current ?? 'hidden';
      if (current === 'preferences') {
        opener = focusedElement();
        choices.value = Object.fromEntries(choiceOwners(internals.settings.categories).map(({ name }) => [name, consent.allowed(name)]));
      } else if (opener) {
        // Once the dialog is gone: Preact re-renders what read the view in a microtask, and
        // while the modal is open the page is inert and cannot take focus.
        const element = opener;
        opener = null;
        setTimeout(() => element.isConnected && element.focus());
      }
    });
  });

  const draw = () => {
    if (wording && shadow.host.isConnected) {
      render(<ConsentInterface consent={consent} internals={internals} wording={wording} choices={choices} />, shadow.root);
    }
  };
  // The loader runs in <head>: this module can arrive before the parser has reached <body>.
  const attach = () => {
    document.body.append(shadow.host);
    draw();
  };
  if (document.body) attach();
  else document.addEventListener('DOMContentLoaded', attach, { once: true });
  loadWording(internals.settings).then((loaded) => {
    wording = loaded;
    draw();
  }, reportTextsFailure);
  return () => {
    stopFollowing();
    document.removeEventListener('DOMContentLoaded', attach);
    shadow.remove();
  };
};

/**
 * Shows a placeholder in place of a blocked embed (SPEC §2): a box of the embed's size, in its own
 * shadow root just before it, naming the categories its `data-category` needs, with a button that
 * grants them (a decision with method `placeholder`). The embed is hidden meanwhile. When the
 * categories are granted, by this button or any other way, the placeholder removes itself and the
 * embed's display is restored; activating the embed stays the caller's job. An embed that waits
 * only for a refusal (`!name`) gets none: no button could help it.
 *
 * @param embed The blocked element (an iframe, video, embed…); it must be in the document.
 * @returns A function that removes the placeholder now (idempotent).
 *
 * @example
 * ```ts
 * const remove = ui.mountPlaceholder(consent, internals, iframe); // <iframe data-category="personalization" …>
 * ```
 */
export const mountPlaceholder: PlaceholderModule['mountPlaceholder'] = (consent, internals, embed) => {
  // Categories and services (SPEC §9: a data-service embed's placeholder names its service).
  const categories = grantableCategories(embed);
  if (categories.every((name) => consent.allowed(name))) return () => {};
  const { settings } = internals;
  const shadow = createShadowHost('consentry-placeholder', interfaceSettings(settings).theme);
  // The box keeps the embed's rendered size, else its width/height attributes, else an iframe's default.
  const box = embed.getBoundingClientRect();
  const size = (measured: number, attribute: string, fallback: number) => `${measured || Number(embed.getAttribute(attribute)) || fallback}px`;
  shadow.host.style.setProperty('--_width', size(box.width, 'width', 300));
  shadow.host.style.setProperty('--_height', size(box.height, 'height', 150));
  shadow.host.style.setProperty('--_display', getComputedStyle(embed).display === 'inline' ? 'inline-block' : 'block');
  const embedDisplay = [embed.style.getPropertyValue('display'), embed.style.getPropertyPriority('display')] as const;
  embed.before(shadow.host);
  embed.style.setProperty('display', 'none', 'important');

  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    stop();
    shadow.remove();
    embed.style.setProperty('display', ...embedDisplay);
  };
  // Removes itself once its categories are granted, by its button or any other way.
  const stop = effect(() => {
    if (categories.every((name) => consent.allowed(name))) untracked(remove);
  });
  loadWording(settings).then((wording) => {
    if (removed) return;
    const texts = placeholderTexts(wording, categories);
    const allow = () => internals.decide(everyChoice(categories, true), 'placeholder', shownNotice(wording.language, texts, settings));
    render(
      <div class="root" lang={wording.language} dir={wording.dir}>
        <Placeholder texts={texts} onAllow={allow} />
      </div>,
      shadow.root,
    );
  }, reportTextsFailure);
  return remove;
};

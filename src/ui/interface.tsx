// The components' module: Preact, @preact/signals, the preferences, the services and cookie tables
// and the placeholders. The banner island (island.ts) imports it only when one of them is needed,
// so a first visit that ends on the banner never downloads it.
import { effect, signal, untracked } from '@preact/signals';
import { hydrate, render } from 'preact';
import preferences from '../../styles/preferences.css?inline';
import placeholder from '../../styles/placeholder.css?inline';
import type { Consent, ConsentInternals, PlaceholderModule } from '../model/consent';
import { ConsentInterface } from './ConsentInterface';
import { decideShown } from './decisions';
import { interfaceSettings, type InterfaceSettings } from './interface-settings';
import { reportTextsFailure, type Wording } from './language';
import { Placeholder, placeholderTexts } from './Placeholder';
import { loadFullWording } from './presentation';
import { grantableCategories } from '../model/category-tokens';
import { choiceOwners, everyChoice } from '../model/choices';
import { constructedSheet, createShadowHost } from './shadow-host';

// The island loads the components' texts through here, with the components themselves.
export { loadFullWording };

const componentsSheet = constructedSheet(preferences + placeholder);

function adoptComponentsSheet(root: ShadowRoot): void {
  if (!root.adoptedStyleSheets.includes(componentsSheet())) root.adoptedStyleSheets = [...root.adoptedStyleSheets, componentsSheet()];
}

/**
 * Renders the banner, the preferences and the floating reopen button into `root` in `wording`
 * (loadFullWording's), taking over the prerendered banner when it shows there (hydrate: its
 * elements, and the focus on one, stay).
 * It is rendered once: the components read the instance's signals, so every change of view or
 * state re-renders what it touches. Returns a function that clears it.
 */
export function renderInterface(consent: Consent, internals: ConsentInternals, ui: InterfaceSettings, wording: Wording, root: ShadowRoot): () => void {
  adoptComponentsSheet(root);
  // The preferences' switches start from the stored decision (all off before one, SPEC §3) each
  // time they open, and change only this draft until the visitor saves.
  const choices = signal<Record<string, boolean>>({});
  const stopDraft = effect(() => {
    if (consent.signals.view.value === 'preferences') {
      untracked(() => {
        choices.value = Object.fromEntries(choiceOwners(internals.settings.categories).map(({ name }) => [name, consent.allowed(name)]));
      });
    }
  });
  (root.firstChild ? hydrate : render)(<ConsentInterface consent={consent} internals={internals} ui={ui} wording={wording} choices={choices} />, root);
  return () => {
    stopDraft();
    render(null, root);
  };
}

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
 * const remove = mountPlaceholder(consent, internals, iframe); // <iframe data-category="personalization" …>
 * ```
 */
export const mountPlaceholder: PlaceholderModule['mountPlaceholder'] = (consent, internals, embed) => {
  // Categories and services (SPEC §9: a data-service embed's placeholder names its service).
  const categories = grantableCategories(embed);
  if (categories.every((name) => consent.allowed(name))) return () => {};
  const { settings } = internals;
  const shadow = createShadowHost('consentry-placeholder', interfaceSettings(settings).theme);
  adoptComponentsSheet(shadow.root);
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
    render(null, shadow.root);
    shadow.remove();
    embed.style.setProperty('display', ...embedDisplay);
  };
  // Removes itself once its categories are granted, by its button or any other way.
  const stop = effect(() => {
    if (categories.every((name) => consent.allowed(name))) untracked(remove);
  });
  loadFullWording(settings).then((wording) => {
    if (removed) return;
    const texts = placeholderTexts(wording, categories);
    render(
      <div class="root" lang={wording.language} dir={wording.dir}>
        <Placeholder texts={texts} onAllow={() => decideShown(internals, wording, everyChoice(categories, true), 'placeholder', texts)} />
      </div>,
      shadow.root,
    );
  }, reportTextsFailure);
  return remove;
};

// The banner's markup, rendered at build time from the interface's own component
// (src/ui/ConsentInterface.tsx, as it renders a first visit's banner) with preact-render-to-string:
// the loader paints it before Preact is downloaded, and Preact later takes it over (hydrate), so
// the two must be the same markup. The vite plugin `consentry:banner-markup` (vite.config.ts) runs
// this and ships the result as `virtual:consentry/banner`.
// Each text is rendered as `%key%`, and the language, direction, position and policy link as
// `%language%`, `%dir%`, `%position%` and `%policyUrl%`: src/ui/island.ts fills them in as text.
import { renderToString } from 'preact-render-to-string';
import { Window } from 'happy-dom';
import type { Signal } from '@preact/signals';
import { normaliseConfig } from '../src/model/config';
import type { Consent, ConsentInternals } from '../src/model/consent';
import { ConsentInterface } from '../src/ui/ConsentInterface';
import type { InterfaceSettings } from '../src/ui/interface-settings';
import type { Wording } from '../src/ui/language';
import type { Markup } from '../src/ui/markup';

/** The two layers a banner can be: a non-modal section (bottom, bottom-left) and the centre's modal dialog. */
export type BannerMarkup = Record<'section' | 'dialog', Markup>;

function render(position: InterfaceSettings['position']): string {
  const settings = { ...normaliseConfig([]), policyUrl: '%policyUrl%' };
  // Only what the component reads of a first visit with the banner showing.
  const consent = { signals: { view: { value: 'banner' }, state: { value: { decided: false, method: null } } } } as unknown as Consent;
  const internals = { settings, decide() {} } as ConsentInternals;
  // Every text the component asks for is its own key.
  const texts = new Proxy({}, { get: (_, key) => (typeof key === 'string' ? `%${key}%` : undefined) }) as Record<string, string>;
  const wording = { language: '%language%', dir: '%dir%', texts } as unknown as Wording;
  const choices = { value: {} } as Signal<Record<string, boolean>>;
  return renderToString(<ConsentInterface consent={consent} internals={internals} ui={{ position }} wording={wording} choices={choices} />);
}

/** Parses rendered HTML into a Markup tree; refuses what buildMarkup cannot build (an SVG, a comment). */
function toMarkup(html: string): Markup {
  const { document } = new Window();
  const template = document.createElement('template');
  template.innerHTML = html;
  const walk = (node: Node): Markup => {
    if (node.nodeType === 3) return node.nodeValue!;
    const element = node as Element;
    if (node.nodeType !== 1 || element.namespaceURI !== 'http://www.w3.org/1999/xhtml') throw new Error(`the banner's markup can hold HTML elements and text only, not ${node.nodeName}`);
    return [element.localName, Object.fromEntries([...element.attributes].map(({ name, value }) => [name, value])), ...[...element.childNodes].map(walk)];
  };
  const [root, ...rest] = [...template.content.childNodes];
  if (!root || rest.length) throw new Error('the banner renders as one root element');
  return walk(root as unknown as Node);
}

export function prerenderBanner(): BannerMarkup {
  return { section: toMarkup(render('%position%' as 'bottom')), dialog: toMarkup(render('center')) };
}

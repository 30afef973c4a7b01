import tokens from '../../styles/tokens.css?inline';
import base from '../../styles/base.css?inline';
import banner from '../../styles/banner.css?inline';
import type { InterfaceSettings } from './interface-settings';

/** An element holding an open shadow root with Consentry's styles adopted into it. */
export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Stops following the colour scheme and removes the host (what rendered into it clears it first). */
  remove(): void;
}

/**
 * A constructed stylesheet from `css`, made once per document by `sheet()`. Constructable
 * stylesheets are not inline <style>, so a page whose CSP allows only `style-src 'self'` needs no
 * 'unsafe-inline' for them.
 */
export function constructedSheet(css: string): () => CSSStyleSheet {
  let sheet: CSSStyleSheet | undefined;
  return () => {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    return sheet;
  };
}

// What the banner needs, adopted by every shadow root; the preferences and placeholders add their
// own sheet when the components load (interface.tsx), so a first visit downloads only this.
const baseSheet = constructedSheet(tokens + base + banner);

/**
 * Creates `<tag>` with an open shadow root styled by Consentry. The host's `data-theme` is the
 * effective theme: `auto` follows prefers-color-scheme, live.
 */
export function createShadowHost(tag: string, theme: InterfaceSettings['theme']): ShadowHost {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [baseSheet()];
  const scheme = matchMedia('(prefers-color-scheme: dark)');
  const applyTheme = () => {
    host.dataset.theme = theme === 'auto' ? (scheme.matches ? 'dark' : 'light') : theme;
  };
  applyTheme();
  scheme.addEventListener('change', applyTheme);
  return {
    host,
    root,
    remove() {
      scheme.removeEventListener('change', applyTheme);
      host.remove();
    },
  };
}

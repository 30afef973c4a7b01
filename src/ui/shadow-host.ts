import { render } from 'preact';
import tokens from '../../styles/tokens.css?inline';
import base from '../../styles/base.css?inline';
import banner from '../../styles/banner.css?inline';
import preferences from '../../styles/preferences.css?inline';
import placeholder from '../../styles/placeholder.css?inline';
import type { InterfaceSettings } from './interface-settings';

/** An element holding an open shadow root with Consentry's styles adopted into it. */
export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Clears the rendered tree, stops following the colour scheme and removes the host. */
  remove(): void;
}

// One constructed stylesheet for the document, adopted by every shadow root (the banner's and each
// placeholder's). Constructable stylesheets are not inline <style>, so a page whose CSP allows
// only `style-src 'self'` needs no 'unsafe-inline' for them.
let sheet: CSSStyleSheet | undefined;

function styleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(tokens + base + banner + preferences + placeholder);
  }
  return sheet;
}

/**
 * Creates `<tag>` with an open shadow root styled by Consentry. The host's `data-theme` is the
 * effective theme: `auto` follows prefers-color-scheme, live.
 */
export function createShadowHost(tag: string, theme: InterfaceSettings['theme']): ShadowHost {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [styleSheet()];
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
      render(null, root);
      host.remove();
    },
  };
}

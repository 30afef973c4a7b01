// The script-tag build: reads the configuration from the page, creates window.Consentry, and
// loads the interface (consentry-ui.js, beside this file) only when something must show. The
// only module that touches window globals (STYLE layout).
import { Signal, batch, computed, effect, signal, untracked } from '@preact/signals-core';
import { shareSignals } from './embed-signals';
import { normaliseConfig, type ConfigSource } from './model/config';
import { builtInTextsOf } from './model/language';
import { startConsent } from './instance/consent';
import type { UiModule } from './model/consent';
import { reportError } from './model/report';

declare global {
  interface Window {
    Consentry?: import('./model/consent').Consent;
    consentryConfig?: unknown;
  }
}

/** `data-*` attributes of the script tag as configuration; values are checked by normaliseConfig. */
function configFromAttributes(script: HTMLScriptElement): Record<string, unknown> {
  const { endpoint, policyUrl, revision, categories, lang, consentMode, gpc, shareNonce, cookieDomain, theme } = script.dataset;
  const flag = (value: string | undefined) => (value === 'true' ? true : value === 'false' ? false : value);
  return {
    endpoint,
    policyUrl,
    revision,
    categories: categories?.split(/\s+/).filter(Boolean),
    lang,
    consentMode: flag(consentMode),
    gpc,
    shareNonce: flag(shareNonce),
    // Nested options with nothing set are skipped by normaliseConfig like any undefined value.
    cookie: { domain: cookieDomain },
    ui: { theme },
  };
}

function configFromJson(): unknown {
  const element = document.getElementById('consentry-config');
  if (!element) return undefined;
  try {
    // An element's textContent is never null (only a document's or a doctype's is).
    return JSON.parse(element.textContent!);
  } catch (error) {
    reportError(`#consentry-config is not JSON (${error}); ignored.`);
    return undefined;
  }
}

/**
 * The built-in language chunk the interface will most likely import: that of `<html lang>`, else
 * of the browser's language. A guess, kept this small because every page view downloads the
 * loader: the interface still picks the language itself (resolveLanguage, which also weighs the
 * `lang` option, the site's `texts` and every browser language), and a wrong guess costs one
 * unused request, never a wrong text.
 */
function languageChunk(): string {
  return `consentry-ui-${builtInTextsOf(document.documentElement.lang || navigator.language)}.js`;
}

function start(): void {
  if (window.Consentry) {
    reportError('loaded more than once; only the first runs.');
    return;
  }
  const script = document.currentScript as HTMLScriptElement | null;
  const sources: ConfigSource[] = [
    { from: 'window.consentryConfig', config: window.consentryConfig },
    { from: '#consentry-config', config: configFromJson() },
  ];
  if (script) sources.push({ from: 'the script tag data-* attributes', config: configFromAttributes(script) });
  const base = script?.src || location.href;
  const settings = normaliseConfig(sources);
  shareSignals({ Signal, batch, computed, effect, signal, untracked });
  // The modules the loader imports when needed, from beside itself.
  const load = (file: string) => import(/* @vite-ignore */ new URL(file, base).href);
  window.Consentry = startConsent(
    settings,
    () => load('consentry-receipts.js'),
    () => {
      // The interface and its language at once: the interface's own import of the
      // language then finds it in the module map, already fetched, instead of starting a second
      // round trip after the first. Its failure is the interface's to report, when it imports it.
      load(languageChunk()).catch(() => {});
      return load('consentry-ui.js') as Promise<UiModule>;
    },
  );
}

start();

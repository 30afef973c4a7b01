// The script-tag build: reads the configuration from the page, creates window.Consentry, and
// loads the interface (consentry-ui.js, beside this file) only when something must show. The
// only module that touches window globals (STYLE layout).
import { Signal, batch, computed, effect, signal, untracked } from '@preact/signals-core';
import { shareSignals } from './embed-signals';
import { normaliseConfig, type ConfigSource } from './model/config';
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
    return JSON.parse(element.textContent ?? '');
  } catch (error) {
    reportError(`#consentry-config is not valid JSON (${String(error)}); it is ignored.`);
    return undefined;
  }
}

function start(): void {
  if (window.Consentry) {
    reportError('the script is included more than once; only the first copy runs.');
    return;
  }
  const script = document.currentScript as HTMLScriptElement | null;
  const sources: ConfigSource[] = [
    { from: 'window.consentryConfig', config: window.consentryConfig },
    { from: '#consentry-config', config: configFromJson() },
  ];
  if (script) sources.push({ from: 'the script tag data-* attributes', config: configFromAttributes(script) });
  const uiUrl = new URL('consentry-ui.js', script?.src || location.href).href;
  shareSignals({ Signal, batch, computed, effect, signal, untracked });
  window.Consentry = startConsent(
    normaliseConfig(sources),
    () => import(/* @vite-ignore */ uiUrl) as Promise<UiModule>,
  );
}

start();

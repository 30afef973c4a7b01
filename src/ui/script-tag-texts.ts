// Both parts of each built-in language for the script-tag build, which ships them beside the
// interface as consentry-ui-<language>.js and consentry-ui-<language>-rest.js (vite.config.ts makes
// each an entry of its own, and aliases banner-texts.ts and rest-texts.ts to this module): found by
// name, so neither the interface nor the components carry a list of 38 imports each.
import type { LanguagePart } from './banner-texts';

// This module's own address, by a name of its own: given straight to `new URL` beside a template,
// vite would take the pair for an asset pattern to bundle.
const here = import.meta.url;

const part =
  (suffix: string): LanguagePart =>
  (language) =>
    import(/* @vite-ignore */ new URL(`consentry-ui-${language}${suffix}.js`, here).href);

export const BANNER_PART = part('');
export const REST_PART = part('-rest');

// Trusted Types (W3C Trusted Types; CSP `require-trusted-types-for 'script'`): where a page
// requires them, the DOM refuses a plain string as a script's text or URL. The policy passes
// through, unchanged, only what the page already vouched for: a tagged script's `src` (the DOM
// takes a script's src only from markup or as a Trusted Types value, whatever the script's type)
// and the text of the tagged scripts in the page's own markup as it stands when gating starts,
// which the parser would have run as it is. How text reached a `text/plain` script after that
// cannot be told, and a Text node appended to one passes no check (the browser runs no such
// script), so the gate hands the text of a tag added or changed later to the DOM as a plain
// string: the site's default policy, if it has one, judges it like any script made at runtime.
// What the site's CSP gains: Consentry is allowed by name, not through a default policy, and an
// injection that can only add DOM nodes cannot have it run script.

/** The policy's name, for the site's CSP: `trusted-types consentry`. */
export const POLICY_NAME = 'consentry';

/** What the gate needs of a policy: script text and script URLs in the form the DOM accepts. */
export interface ScriptPolicy {
  createScript(text: string): string;
  createScriptURL(url: string): string;
}

const unchanged = (value: string) => value;
const passThrough: ScriptPolicy = { createScript: unchanged, createScriptURL: unchanged };

// The page's Trusted Types factory, where the browser has one.
declare const trustedTypes: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy };

// One per document, not per instance: without 'allow-duplicates' in the CSP, a policy name can be
// created once per page, and every gate of this copy of Consentry shares it.
let policy: ScriptPolicy | undefined;

/**
 * The "consentry" policy where the browser has Trusted Types. Where it has none (trustedTypes is
 * not defined), or the CSP does not allow the name, plain strings: they still work when Trusted
 * Types are not required, and when they are, the DOM refuses them and the gate reports it.
 */
export function scriptPolicy(): ScriptPolicy {
  try {
    policy ||= trustedTypes.createPolicy(POLICY_NAME, passThrough);
  } catch {
    policy = passThrough;
  }
  return policy;
}

// Trusted Types (W3C Trusted Types; CSP `require-trusted-types-for 'script'`): where a page
// requires them, the DOM refuses a plain string as a script's text or URL. The gate only copies
// text and URLs that the page's own markup wrote into its tagged scripts, which the parser would
// have run as they are, so its policy passes them through unchanged; what it adds is only that
// the site allows it by name.

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

/** What Consentry hands to script sinks: plain strings, or Trusted Types values under enforcement. */
export interface ScriptPolicy {
  createScript(text: string): string;
  createScriptURL(url: string): string;
  createHTML(html: string): string;
}

const plain: ScriptPolicy = { createScript: (s) => s, createScriptURL: (s) => s, createHTML: (s) => s };
let policy: ScriptPolicy | undefined;

/**
 * The Trusted Types policy named `consentry` (design.md), made on first use where the browser has
 * Trusted Types: a page that enforces them (`require-trusted-types-for 'script'`) accepts only
 * policy values in script sinks, and lists `consentry` in its `trusted-types` directive. It passes
 * on only what the site's own held markup and Consentry's own chunk URLs hold. Where the page's
 * CSP refuses the name, plain strings are used and the browser reports what it blocks.
 */
export function trusted(): ScriptPolicy {
  if (!policy)
    try {
      policy =
        (self as { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } }).trustedTypes?.createPolicy('consentry', plain) || plain;
    } catch {
      policy = plain;
    }
  return policy;
}

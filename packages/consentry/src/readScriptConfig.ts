import { warn } from '@consentry/core/internal';

/**
 * Config of the script tag: the JSON element named by `data-config`, else `window.consentryConfig`,
 * else none (defaults). A missing element or broken JSON is reported and falls back to the defaults.
 */
export function readScriptConfig(script: HTMLScriptElement | null): unknown {
  const selector = script?.getAttribute('data-config');
  if (!selector) return (window as { consentryConfig?: unknown }).consentryConfig;
  try {
    return JSON.parse(document.querySelector(selector)!.textContent!);
  } catch (e) {
    warn(`data-config="${selector}" must name an element holding valid JSON (${(e as Error).message}); using the defaults`);
  }
}

import { warn } from '@consentry/core/internal';

/**
 * Config of the script tag: the JSON element named by `data-config`, else `window.consentryConfig`,
 * else none (defaults). A missing element or broken JSON is reported and falls back to the defaults.
 */
export function readScriptConfig(script: HTMLScriptElement | null): unknown {
  const selector = script?.getAttribute('data-config');
  if (selector) {
    let el: Element | null = null;
    try {
      el = document.querySelector(selector);
    } catch {
      // An invalid selector is reported below like a missing element.
    }
    if (!el) warn(`data-config="${selector}": no element matches; using the defaults`);
    else
      try {
        return JSON.parse(el.textContent || '');
      } catch (e) {
        warn(`data-config="${selector}": the element's text is not valid JSON (${(e as Error).message}); using the defaults`);
      }
    return;
  }
  return (window as { consentryConfig?: unknown }).consentryConfig;
}

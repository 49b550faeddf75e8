/**
 * Config of the script tag: the JSON element named by `data-config`, else `window.consentryConfig`,
 * else none (defaults). A missing element or broken JSON gives no config (the defaults) and, second,
 * the details of the `json` problem to report (docs/messages.md).
 */
export function readScriptConfig(script: HTMLScriptElement | undefined): [config: unknown, problem?: [selector: string, message: string]] {
  const selector = script?.getAttribute('data-config');
  if (!selector) return [(window as { consentryConfig?: unknown }).consentryConfig];
  try {
    return [JSON.parse(document.querySelector(selector)!.textContent!)];
  } catch (e) {
    return [undefined, [selector, (e as Error).message]];
  }
}

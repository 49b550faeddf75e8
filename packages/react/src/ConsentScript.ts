import { useEffect } from 'react';
import { readContext } from './readContext.js';
import { useAllowed } from './useAllowed.js';

export interface ConsentScriptProps {
  /** `"analytics"` or `"analytics.ga"`. */
  require: string;
  src: string;
  /** @default true */
  async?: boolean;
  type?: string;
  id?: string;
  nonce?: string;
  integrity?: string;
  crossOrigin?: '' | 'anonymous' | 'use-credentials';
  /** Called when the script this element added has loaded. */
  onLoad?: () => void;
  onError?: () => void;
}

// Per page, like the script itself: a script that ran cannot be unloaded, so it is added only once.
const added = /* @__PURE__ */ new Set<string>();

/**
 * Adds the script to the document head once `require` is allowed, and only once per page
 * whatever remounts, StrictMode or later refusals do. It goes in held (`type="text/plain"`,
 * `data-category`, `data-service`) and Consentry's blocking releases it, as it does the page's
 * held scripts: so its nonce and Trusted Types policy apply, and a later withdrawal counts it in
 * `needsReload()` and `reloadOnWithdraw` (code that ran cannot be unloaded). Renders nothing, on
 * the server too.
 */
export function ConsentScript({ require, src, async = true, type, id, nonce, integrity, crossOrigin, onLoad, onError }: ConsentScriptProps): null {
  const allowed = useAllowed(require);
  const { api } = readContext('<ConsentScript>');
  useEffect(() => {
    // The page's instance decides, not only this render: hydration renders the server's decision,
    // which the visitor may have changed since.
    if (!allowed || !api?.isAllowed(require) || added.has(src)) return;
    added.add(src);
    const [category, service] = String(require).split('.');
    const held = document.createElement('script');
    const attributes = {
      type: 'text/plain',
      'data-category': category,
      'data-service': service,
      'data-type': type,
      id,
      nonce,
      integrity,
      crossorigin: crossOrigin,
    };
    for (const [name, value] of Object.entries(attributes)) if (value != null) held.setAttribute(name, value);
    if (async) held.setAttribute('async', '');
    held.setAttribute('src', src);
    // Blocking puts a copy in its place: its load or error reaches the document in the capture
    // phase (not the window: a load event never does).
    const url = new URL(src, document.baseURI).href;
    const settle = (e: Event) => {
      const el = e.target as HTMLScriptElement;
      if (el.tagName != 'SCRIPT' || el.src != url || el.type == 'text/plain') return;
      document.removeEventListener('load', settle, true);
      document.removeEventListener('error', settle, true);
      (e.type == 'load' ? onLoad : onError)?.();
    };
    if (onLoad || onError) {
      document.addEventListener('load', settle, true);
      document.addEventListener('error', settle, true);
    }
    document.head.append(held);
    // onLoad/onError are read when the script is added; a later change of them has nothing to attach to.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [allowed, api, src]);
  return null;
}

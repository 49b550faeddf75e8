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
const EVENTS = ['load', 'error'];

/**
 * Adds the script once `require` is allowed, once per page: held, for Consentry to release (its
 * nonce, counted by `needsReload()`). Renders nothing.
 */
export function ConsentScript({ require, src, async = true, type, id, nonce, integrity, crossOrigin, onLoad, onError }: ConsentScriptProps): null {
  const allowed = useAllowed(require);
  const { api } = readContext('<ConsentScript>');
  useEffect(() => {
    // The instance decides, not only this render: hydration renders the server's (maybe stale) decision.
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
      async: async ? '' : null,
      src,
    };
    for (const [name, value] of Object.entries(attributes)) if (value != null) held.setAttribute(name, value);
    // Consentry runs a copy: its load or error reaches the document when capturing.
    const url = new URL(src, document.baseURI).href;
    const settle = (e: Event) => {
      const el = e.target as HTMLScriptElement;
      if (el.tagName != 'SCRIPT' || el.src != url || el.type == 'text/plain') return;
      for (const t of EVENTS) document.removeEventListener(t, settle, true);
      (e.type == 'load' ? onLoad : onError)?.();
    };
    if (onLoad || onError) for (const t of EVENTS) document.addEventListener(t, settle, true);
    document.head.append(held);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [allowed, api, src]);
  return null;
}

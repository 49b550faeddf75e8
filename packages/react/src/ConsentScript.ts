import { useEffect } from 'react';
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
 * Adds `<script src>` to the document head once `require` is allowed, and only once per page
 * whatever remounts, StrictMode or later refusals do (withdrawing cannot unload code that ran:
 * see `needsReload()`). Renders nothing, on the server too.
 */
export function ConsentScript({ require, src, async = true, type, id, nonce, integrity, crossOrigin, onLoad, onError }: ConsentScriptProps): null {
  const allowed = useAllowed(require);
  useEffect(() => {
    if (!allowed || added.has(src)) return;
    added.add(src);
    const script = document.createElement('script');
    script.async = async;
    for (const [name, value] of Object.entries({ type, id, nonce, integrity, crossorigin: crossOrigin })) if (value != null) script.setAttribute(name, value);
    if (onLoad) script.addEventListener('load', onLoad);
    if (onError) script.addEventListener('error', onError);
    script.src = src;
    document.head.append(script);
    // onLoad/onError are read when the script is added; a later change of them has nothing to attach to.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [allowed, src]);
  return null;
}

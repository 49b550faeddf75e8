import { trusted, warn } from '@consentry/core/internal';

/**
 * Loads the script-tag chunks (`consentry-<name>.js`) from the folder of `consentry.min.js`, with its
 * nonce (asked for at each load: the config's is known once the engine has read it), once each. Rollup cannot code-split an IIFE, so each chunk is its own IIFE that hands its
 * exports over by pushing `[name, exports]` onto `self.consentryChunks` (JSONP style).
 */
export function createChunkLoader(base: string, nonce: () => string | undefined) {
  const loading: Record<string, Promise<unknown>> = {};
  const waiting: Record<string, (exports: unknown) => void> = {};
  (window as unknown as { consentryChunks: unknown }).consentryChunks = {
    push([name, exports]: [string, unknown]) {
      waiting[name]?.(exports);
      delete waiting[name];
    },
  };
  // Untyped by name: core's chunks (env.load), the UI's and the languages share one loader.
  return (name: string): Promise<any> =>
    (loading[name] ||= new Promise((resolve, reject) => {
      waiting[name] = resolve;
      const s = document.createElement('script');
      s.src = trusted().createScriptURL(`${base}consentry-${name}.js`);
      const n = nonce();
      if (n) s.nonce = n;
      // A chunk registers while it runs, before its load event: still waiting then means it failed
      // (blocked, missing, or a server answering with some other file).
      s.onload = s.onerror = () => {
        if (!waiting[name]) return;
        // Forgotten: whatever needs it next tries again (the click after a failed prefetch, say).
        delete loading[name];
        // A catalogue entry's failure is reported by its loader (a name from markup may be no id at all).
        if (!name.startsWith('service-')) warn(`could not load ${s.src}: blocked, missing or not a Consentry file`);
        reject(Error(name));
      };
      document.head.appendChild(s);
    }));
}

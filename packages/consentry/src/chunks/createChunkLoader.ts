import { trusted, warn } from '@consentry/core/internal';

/**
 * Loads the script-tag chunks (`consentry-<name>.js`) from the folder of `consentry.min.js`, with its
 * nonce (asked for at each load: the config's is known once the engine has read it), once each. Rollup cannot code-split an IIFE, so each chunk is its own IIFE that hands its
 * exports over by pushing `[name, exports]` onto `self.consentryChunks` (JSONP style).
 */
export function createChunkLoader(base: string, nonce: () => string | undefined) {
  /** Each chunk's load; 0 once it failed (forgotten). */
  const loading: Record<string, Promise<unknown> | 0> = {};
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
      const url = `${base}consentry-${name}.js`;
      const s = document.createElement('script');
      // A chunk registers while it runs, before its load event: still waiting then means it failed
      // (blocked, missing, or a server answering with some other file).
      const failed = () => {
        if (!waiting[name]) return;
        // Forgotten: whatever needs it next tries again (the click after a failed prefetch, say).
        loading[name] = 0;
        // A catalogue entry's failure is reported by its loader (a name from markup may be no id at all).
        if (!name.startsWith('service-')) warn(`could not load ${url}: blocked, missing or not a Consentry file`);
        reject(Error(name));
      };
      s.onload = s.onerror = failed;
      try {
        s.src = trusted().createScriptURL(url);
        s.nonce = nonce() || ''; // '' is no nonce
        document.head.appendChild(s);
      } catch {
        // Trusted Types enforced and no `consentry` policy (the page's CSP refuses its name): the
        // browser refuses a plain URL, and says so; this says what it stops. Called before the
        // promise is stored, so this one stays (rejected): a refused URL stays refused, said once.
        failed();
      }
    }));
}

import { type Chunks, warn } from '@consentry/core/internal';

/** What each chunk file does when it runs: `(self.consentryChunks ||= []).push([name, exports])`. */
type ChunkEntry = [name: string, exports: unknown];

/**
 * Loads the script-tag chunks (`consentry-<name>.js`) from the folder of `consentry.min.js`, with its
 * nonce, once each. Rollup cannot code-split an IIFE, so each chunk is its own IIFE that hands its
 * exports over through the `consentryChunks` array (JSONP style; order does not matter).
 */
export function createChunkLoader(base: string, nonce: string | undefined) {
  const w = window as unknown as { consentryChunks?: ChunkEntry[] };
  const loaded: Record<string, Promise<unknown>> = {};
  const arrived: Record<string, unknown> = {};
  const waiting: Record<string, (exports: unknown) => void> = {};
  const take = ([name, exports]: ChunkEntry) => {
    arrived[name] = exports;
    waiting[name]?.(exports);
  };
  const queue = (w.consentryChunks ||= []);
  queue.forEach(take);
  queue.push = (...entries: ChunkEntry[]) => (entries.forEach(take), queue.length);

  return function loadChunk<K extends keyof Chunks>(name: K): Promise<Chunks[K]> {
    return (loaded[name] ||= new Promise((resolve, reject) => {
      if (name in arrived) return resolve(arrived[name]);
      waiting[name] = resolve;
      const s = document.createElement('script');
      s.src = `${base}consentry-${name}.js`;
      if (nonce) s.nonce = nonce;
      s.onerror = () => {
        delete loaded[name];
        warn(`could not load ${s.src} (blocked or missing?); held content stays held`);
        reject(new Error('consentry chunk ' + name));
      };
      document.head.appendChild(s);
    })) as Promise<Chunks[K]>;
  };
}

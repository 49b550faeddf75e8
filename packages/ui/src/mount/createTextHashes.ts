import type { Engine } from '@consentry/core/internal';

/**
 * The `textHash` of a layer's texts, computed once per distinct list: the UI asks while the layer
 * shows (once the page is idle), so a click never waits for it. The hashing code comes with the
 * code that decides, which a click needs anyway; plain http has no SubtleCrypto, and then the
 * records code carries a small SHA-256.
 */
export function createTextHashes({ env }: Engine): (texts: string[]) => Promise<string> {
  const hashes = new Map<string, Promise<string>>();
  return (texts) => {
    const key = JSON.stringify(texts);
    let hash = hashes.get(key);
    if (!hash) {
      hash = env.load('decide').then((m) => m.textHash(texts, () => env.load('records').then((r) => r.sha256)));
      hashes.set(key, hash);
      // A chunk that could not load is asked for again by the next caller (the click).
      hash.catch(() => hashes.delete(key));
    }
    return hash;
  };
}

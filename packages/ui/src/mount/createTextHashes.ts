import type { Engine } from '@consentry/core/internal';
import { textHash } from '@consentry/core/texts';

/**
 * The `textHash` of a layer's texts, computed once per distinct list: the UI asks while the layer
 * shows, so a click never waits for it.
 */
export function createTextHashes(engine: Engine): (texts: string[]) => Promise<string> {
  const hashes = new Map<string, Promise<string>>();
  return (texts) => {
    const key = JSON.stringify(texts);
    // Plain http has no SubtleCrypto: the records code carries a small SHA-256.
    if (!hashes.has(key))
      hashes.set(
        key,
        textHash(texts, () => engine.env.load('records').then((m) => m.sha256)),
      );
    return hashes.get(key)!;
  };
}

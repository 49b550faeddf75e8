/** White space collapsed and trimmed, as the hash sees a text (docs/records.md, "textHash"). */
export const collapseText = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The record's `textHash` of a layer: `sha256-` + base64 of SHA-256 over the UTF-8 JSON array of
 * its texts (white space collapsed, empty texts left out). SubtleCrypto where the page has it;
 * elsewhere (plain http) `fallback` supplies the small implementation in `sha256.ts`, so the page
 * fetches it only there. Same result either way. `subtle` is the runtime's (pages, Node, Deno and
 * edge runtimes all have Web Crypto); tests pass their own, or `null` for a page without it.
 */
export async function textHash(
  texts: readonly string[],
  fallback: () => Promise<(data: Uint8Array) => Uint8Array>,
  subtle: SubtleCrypto | null = globalThis.crypto?.subtle ?? null,
): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(texts.map(collapseText).filter(Boolean)));
  const digest = subtle ? new Uint8Array(await subtle.digest('SHA-256', bytes)) : (await fallback())(bytes);
  return 'sha256-' + btoa(String.fromCharCode(...digest));
}

/** Hands a chunk's exports to the loader in consentry.min.js (see createChunkLoader). */
export function registerChunk(name: string, exports: unknown) {
  const w = self as unknown as { consentryChunks?: unknown[] };
  (w.consentryChunks ||= []).push([name, exports]);
}

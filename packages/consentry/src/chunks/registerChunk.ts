/** Hands a chunk's exports to the loader in consentry.min.js (see createChunkLoader). */
export function registerChunk(name: string, exports: unknown) {
  (self as unknown as { consentryChunks: { push(entry: [string, unknown]): void } }).consentryChunks.push([name, exports]);
}

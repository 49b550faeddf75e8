// Resolved by the build to one language's texts (see langChunk.ts and rollup.config.mjs).
declare module '@consentry/ui/lang' {
  const texts: import('@consentry/ui').Translations;
  export default texts;
}

// Builds the pages that need a bundler (c15t's React UI, the Preact floor) into bench/.build.
import { build } from 'esbuild';

export const BUILD_DIR = new URL('./.build/', import.meta.url).pathname;

export async function buildEntries() {
  await build({
    entryPoints: { c15t: 'entries/c15t.jsx', 'preact-floor': 'entries/preact-floor.jsx' },
    absWorkingDir: new URL('.', import.meta.url).pathname,
    outdir: BUILD_DIR,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    jsx: 'automatic',
    // Each entry gets its own JSX runtime: React for c15t, Preact for the floor.
    jsxImportSource: 'react',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    plugins: [
      {
        name: 'preact-floor-jsx',
        setup(b) {
          b.onLoad({ filter: /preact-floor\.jsx$/ }, async (args) => ({
            contents: `/** @jsxImportSource preact */\n${await (await import('node:fs/promises')).readFile(args.path, 'utf8')}`,
            loader: 'jsx',
          }));
        },
      },
    ],
  });
}

import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** Bundles `import { names } from pkg` the way an app's bundler would (production, minified), React and Vue left out. */
async function bundle(pkg: string, names: string[]) {
  const result = await build({
    stdin: { contents: `import { ${names.join(', ')} } from '${pkg}'; console.log(${names.join(', ')});`, resolveDir: import.meta.dirname, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    platform: 'browser',
    external: ['react', 'react/*', 'react-dom', 'vue'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

// The placeholder's words and look: in a bundle only when the default fallback can render.
const PLACEHOLDER = ['Allow and load', 'consentry-placeholder', 'is held until you allow'];

describe.each(['@consentry/react', '@consentry/vue'])('given an app that imports only useAllowed from %s', (pkg) => {
  it('should bundle no placeholder code and no engine', async () => {
    const code = await bundle(pkg, ['useAllowed']);
    for (const text of PLACEHOLDER) expect(code).not.toContain(text);
    expect(code).not.toContain('consentry-ui');
    expect(code.length).toBeLessThan(1500);
  });

  it('should bundle the placeholder once ConsentGate is imported (the check above can fail)', async () => {
    const code = await bundle(pkg, ['ConsentGate']);
    for (const text of PLACEHOLDER) expect(code).toContain(text);
  });
});

// Cost of each guard in consentry-guards.js: the chunk built with one installer replaced by a no-op.
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
const cfgs = (await import('./rollup.config.mjs')).default;
const c = cfgs.find((c) => c.output?.file?.endsWith('consentry-guards.js'));
const stub = (name) => ({
  name: 'stub',
  load(id) {
    if (name && id.endsWith(`/guards/${name}.ts`)) return `export function ${name}() {}`;
    return null;
  },
});
async function size(name) {
  const b = await rollup({ ...c, plugins: [stub(name), ...c.plugins.filter((p) => p.name != 'consentry-sizes')] });
  const { output } = await b.generate(c.output);
  return gzipSync(Buffer.from(output[0].code), { level: 9 }).length;
}
const whole = await size(null);
console.log('whole', whole);
for (const n of ['installStorageGuard', 'installDatabaseGuard', 'installNetworkGuard', 'startAutoBlock', 'interceptSrc']) console.log(n, whole - (await size(n)));

// `npm start`: install (when node_modules is missing), build (quietly: `npm run build` prints the
// sizes), then serve the examples on http://localhost:8080 (PORT overrides). A port in use is
// said so, and the next free one is taken. The URL is the last thing printed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServerFrom } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function run(command, args, env = {}) {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed${result.error ? `: ${result.error.message}` : ''}`);
    process.exit(result.status || 1);
  }
}

if (!existsSync(new URL('../node_modules', import.meta.url))) run('npm', ['ci']);
if (!process.env.CONSENTRY_NO_BUILD) run('npx', ['rollup', '-c', '--silent'], { CONSENTRY_QUIET: '1' });

try {
  const { url } = await startServerFrom(Number(process.env.PORT || 8080), { host: 'localhost', root });
  console.log(`\nConsentry examples are on ${url}  (Ctrl+C to stop)`);
} catch (error) {
  console.error(`Could not start: ${error.message}`);
  process.exit(1);
}

// `npm start`: install (when node_modules is missing), build, then serve the examples on
// http://localhost:8080 (PORT overrides).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed${result.error ? `: ${result.error.message}` : ''}`);
    process.exit(result.status || 1);
  }
}

if (!existsSync(new URL('../node_modules', import.meta.url))) run('npm', ['ci']);
run('npx', ['rollup', '-c', '--silent']);

const port = Number(process.env.PORT || 8080);
const { url } = await startServer({ port, host: 'localhost', root });
console.log(`Consentry examples on ${url}  (Ctrl+C to stop)`);

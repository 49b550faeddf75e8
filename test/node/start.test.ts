// `npm start` (scripts/start.mjs): the URL is the last line it prints, and a port in use is said
// so and the next one taken (the build is skipped here: CONSENTRY_NO_BUILD; the build's own quiet
// mode is CONSENTRY_QUIET, read by rollup.config.mjs).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

it('npm start on a busy port should say so, take the next one, and print its URL last', async () => {
  const busy = createServer();
  await new Promise<void>((done) => busy.listen(0, 'localhost', done));
  const port = (busy.address() as { port: number }).port;
  const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: root, env: { ...process.env, PORT: String(port), CONSENTRY_NO_BUILD: '1' } });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  try {
    await new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(out)), 15000);
      child.stdout.on('data', () => out.includes('Ctrl+C') && (clearTimeout(timer), done()));
    });
    const lines = out.trim().split('\n');
    expect(out).toContain(`Port ${port} is in use; trying ${port + 1}.`);
    expect(out).not.toContain('EADDRINUSE');
    // The next free port: usually port + 1, but another test may hold that one too; every port
    // skipped must have been said so.
    const url = /^Consentry examples are on (http:\/\/localhost:(\d+)\/) {2}\(Ctrl\+C to stop\)$/.exec(lines.at(-1) ?? '');
    expect(url, lines.at(-1)).not.toBeNull();
    const taken = Number(url?.[2]);
    expect(taken).toBeGreaterThan(port);
    for (let p = port; p < taken; p++) expect(out).toContain(`Port ${p} is in use; trying ${p + 1}.`);
    const res = await fetch(`${url?.[1]}company-site/`);
    expect(res.status).toBe(200);
  } finally {
    child.kill();
    busy.close();
  }
  // A child Node process under a loaded machine: its start is given time, its output is what is checked.
}, 20000);

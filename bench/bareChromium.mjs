// Headless Chromium driven over a bare DevTools pipe, with no client library in between: the bench
// measures banner and script time this way too (why: docs/performance.md, the paragraph on the bare driver's rows).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../packages/scan/src/findChromium.mjs';

/**
 * Starts Chromium with `--remote-debugging-pipe`. `send` calls a protocol method (in a session when
 * given one) and resolves with its result; `next` resolves with the params of the next event of that
 * name in that session, and rejects when none comes within `timeout` ms. Both reject once the browser
 * is gone. Messages on the pipe are JSON, each ended by a NUL byte.
 */
export function launchBareChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'consentry-bench-'));
  const proc = spawn(findChromium(), ['--headless', ...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const [toBrowser, fromBrowser] = [proc.stdio[3], proc.stdio[4]];
  const pending = new Map();
  const waiting = [];
  let lastId = 0;
  let buffered = '';
  let gone;
  const fail = (why) => {
    gone ||= new Error(`Chromium ${why}`);
    for (const [, [, reject]] of pending) reject(gone);
    pending.clear();
    for (const w of waiting.splice(0)) w.reject(gone);
  };
  proc.on('exit', (code, signal) => fail(`exited (${signal || code})`));
  proc.on('error', (e) => fail(`could not start: ${e.message}`));
  toBrowser.on('error', () => {}); // a closed pipe shows as the process's exit
  // Decoded as a stream: a character split between two chunks stays whole.
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk) => {
    buffered += chunk;
    for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
      const message = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      const call = pending.get(message.id);
      if (call) {
        pending.delete(message.id);
        if (message.error) call[1](new Error(`${call[2]}: ${message.error.message}`));
        else call[0](message.result);
      } else {
        const i = waiting.findIndex((w) => w.method == message.method && w.sessionId == message.sessionId);
        if (i >= 0) waiting.splice(i, 1)[0].resolve(message.params);
      }
    }
  });
  return {
    send(method, params = {}, sessionId) {
      if (gone) return Promise.reject(gone);
      return new Promise((resolve, reject) => {
        const id = ++lastId;
        pending.set(id, [resolve, reject, method]);
        toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
      });
    },
    next(method, sessionId, timeout = 15000) {
      if (gone) return Promise.reject(gone);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(w), 1);
          reject(new Error(`no ${method} within ${timeout} ms`));
        }, timeout);
        const w = {
          method,
          sessionId,
          resolve: (params) => (clearTimeout(timer), resolve(params)),
          reject: (e) => (clearTimeout(timer), reject(e)),
        };
        waiting.push(w);
      });
    },
    get connected() {
      return !gone;
    },
    close() {
      const remove = () => {
        try {
          rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
        } catch {
          // A helper process may still be writing there; it is a temporary folder.
        }
      };
      if (proc.exitCode != null || proc.signalCode) remove();
      else {
        proc.once('exit', remove);
        proc.kill('SIGKILL');
      }
    },
  };
}

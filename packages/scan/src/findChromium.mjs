import { accessSync, constants } from 'node:fs';

/** Where Debian, Ubuntu, Fedora and Google put their browsers; tried in order after --chromium and CHROME_PATH. */
const KNOWN = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

const runnable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The machine's Chromium: `given` (--chromium), else CHROME_PATH, else a usual install path.
 * Never downloads one. Throws an Error whose message says what to do when none can be used.
 */
export function findChromium(given, env = process.env) {
  if (given) {
    if (runnable(given)) return given;
    throw new Error(`--chromium ${given}: no runnable browser there`);
  }
  if (env.CHROME_PATH) {
    if (runnable(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new Error(`CHROME_PATH=${env.CHROME_PATH}: no runnable browser there`);
  }
  const found = KNOWN.find(runnable);
  if (found) return found;
  throw new Error(
    `no Chromium found (looked at ${KNOWN.join(', ')}). Install one (Debian/Ubuntu: apt-get install chromium) ` +
      'and pass --chromium <path> or set CHROME_PATH. consentry-scan never downloads a browser.',
  );
}

/** Chromium flags for a quiet, headless run: no background traffic of the browser's own in the request log (the project's browser tests and bench launch it with these too). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

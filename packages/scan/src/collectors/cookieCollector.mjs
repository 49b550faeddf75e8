import { scriptFromUrls, stackUrls } from './probe.mjs';
import { siteOf } from '../siteOf.mjs';

/** Name of a `Set-Cookie` header line. */
const setCookieName = (line) => line.split(';')[0].split('=')[0].trim();

/**
 * Cookies: every cookie in the context's jar at each snapshot (all attributes the browser keeps,
 * HttpOnly ones included), and who set it: the script behind the last `document.cookie` /
 * `cookieStore.set` write of that name (the probe's stack), or the response whose `Set-Cookie`
 * did.
 */
export const cookieCollector = {
  name: 'cookies',
  setup(run) {
    run.cookies = new Map();
    run.cookieWrites = [];
    run.context.on('response', async (response) => {
      const at = Date.now();
      try {
        for (const h of await response.headersArray())
          if (h.name.toLowerCase() == 'set-cookie')
            for (const line of h.value.split('\n')) run.cookieWrites.push({ name: setCookieName(line), at, by: response.url(), via: 'Set-Cookie' });
      } catch {
        // The response went away with its page.
      }
    });
    run.onProbe((e) => {
      if (e.type == 'cookie' && !e.deletion)
        run.cookieWrites.push({ name: e.name, at: e.at, by: scriptFromUrls(stackUrls(e.stack)) || e.frameUrl, via: e.via });
    });
  },
  async snapshot(run) {
    for (const c of await run.context.cookies()) {
      const key = `${c.name}|${c.domain}|${c.path}`;
      if (!run.cookies.has(key)) run.cookies.set(key, { ...c, snapshotAt: Date.now() });
    }
  },
  result(run) {
    return [...run.cookies.values()].map((c) => {
      const writes = run.cookieWrites.filter((w) => w.name == c.name && w.at <= c.snapshotAt);
      const first = writes[0];
      const last = writes[writes.length - 1];
      return {
        kind: 'cookie',
        name: c.name,
        domain: c.domain,
        path: c.path,
        expires: c.expires > 0 ? new Date(c.expires * 1000).toISOString() : null,
        lifetimeSeconds: c.expires > 0 ? Math.round(c.expires - c.snapshotAt / 1000) : null,
        httpOnly: c.httpOnly,
        secure: c.secure,
        sameSite: c.sameSite,
        party: siteOf(c.domain) == run.site ? 'first' : 'third',
        setBy: last?.by ?? null,
        setVia: last?.via ?? null,
        at: first ? first.at : null,
      };
    });
  },
};

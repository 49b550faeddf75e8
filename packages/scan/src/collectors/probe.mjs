// The in-page half of the cookie and storage collectors: an init script (it runs in every frame
// before the page's own scripts) that wraps the write paths a script can use (`document.cookie`,
// `cookieStore.set`, `Storage#setItem`, `indexedDB.open`) and reports each write with the call
// stack, so the scanner can name the script that made it. It calls the original every time: the
// page behaves as without the scanner.

/** Name of the binding the probe reports through. */
export const PROBE_BINDING = '__consentryScanProbe';

/** Source of the init script (a function's text, run in the page). */
export const PROBE_SCRIPT = `(${function probe(binding) {
  const report = (type, name, extra) => {
    try {
      window[binding]({ type, name: String(name), stack: new Error().stack || '', at: Date.now(), ...extra });
    } catch {
      // A page that removed the binding only loses the scanner's attribution.
    }
  };
  const wrap = (proto, key, make) => {
    try {
      const d = Object.getOwnPropertyDescriptor(proto, key);
      if (d) Object.defineProperty(proto, key, make(d));
    } catch {
      // Not in this kind of frame.
    }
  };
  const isDeletion = (s) => {
    const maxAge = /;\\s*max-age\\s*=\\s*(-?\\d+)/i.exec(s);
    const expires = /;\\s*expires\\s*=\\s*([^;]*)/i.exec(s);
    return maxAge ? +maxAge[1] <= 0 : !!expires && Date.parse(expires[1]) <= Date.now();
  };
  wrap(Document.prototype, 'cookie', (d) => ({
    ...d,
    set(v) {
      const s = String(v);
      report('cookie', s.split(';')[0].split('=')[0].trim(), { deletion: isDeletion(s), via: 'document.cookie' });
      return d.set.call(this, v);
    },
  }));
  if (typeof CookieStore == 'function')
    wrap(CookieStore.prototype, 'set', (d) => ({
      ...d,
      value(a, b) {
        report('cookie', typeof a == 'string' ? a : a?.name, { via: 'cookieStore.set' });
        return d.value.call(this, a, b);
      },
    }));
  wrap(Storage.prototype, 'setItem', (d) => ({
    ...d,
    value(k, v) {
      let area = 'sessionStorage';
      try {
        if (this === window.localStorage) area = 'localStorage';
      } catch {
        // Storage disabled in this frame.
      }
      report('storage', k, { area });
      return d.value.call(this, k, v);
    },
  }));
  wrap(IDBFactory.prototype, 'open', (d) => ({
    ...d,
    value(name, version) {
      report('database', name, {});
      return version === undefined ? d.value.call(this, name) : d.value.call(this, name, version);
    },
  }));
}})(${JSON.stringify(PROBE_BINDING)});`;

/** A Consentry script-tag file (the main file or a chunk): the one that wrote for a tracker is not "the script that set it". */
const CONSENTRY_FILE = /\/consentry(?:-[\w-]+)?(?:\.min)?\.js(?:[?#]|$)/;

/**
 * The script a call came from, from a V8 stack (`new Error().stack`) or CDP call frames (URLs in
 * order, innermost first): the first that is not a Consentry file (Consentry's cookie guard passes
 * a tracker's write on), else the first; `null` when no frame has a URL.
 */
export function scriptFromUrls(urls) {
  const real = urls.filter((u) => /^(https?|file):/.test(u));
  return real.find((u) => !CONSENTRY_FILE.test(u.replace(/:\d+:\d+$/, ''))) || real[0] || null;
}

/** URLs of a V8 stack's frames, innermost first, without line and column. */
export function stackUrls(stack) {
  return [...String(stack).matchAll(/((?:https?|file):\/\/[^\s()]+?)(?::\d+){1,2}\)?$/gm)].map((m) => m[1]);
}

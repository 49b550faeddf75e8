import type { OffRules } from '../../model/cookieRules';
import { matchesAny } from '../../model/cookieRules';
import type { Engine, GuardContext } from '../../engine/engine';
import { installDatabaseGuard } from './installDatabaseGuard';
import { installNetworkGuard } from './installNetworkGuard';
import { installStorageGuard } from './installStorageGuard';
import { hostOf, matchesHost } from './matchesHost';
import { startAutoBlock } from './startAutoBlock';

/** Is a cookie or `localStorage` / `sessionStorage` key that `off` refuses present? */
function present(off: OffRules, cookies: string): boolean {
  let keys: string[] = [];
  try {
    keys = [...Object.keys(localStorage), ...Object.keys(sessionStorage)];
  } catch {
    // Storage disabled: no keys.
  }
  return cookies.split(/; */).some((c) => matchesAny(off.cookies, c.split('=')[0])) || keys.some((k) => matchesAny(off.storage, k));
}

/**
 * Starts the guards the config needs (the `consentry-guards.js` chunk, loaded only when the config
 * or a catalogue entry declares storage keys, databases or hosts): storage, IndexedDB, network, auto-blocking, and with
 * `debug` a warning per script URL on a configured service's host that ran without markup. Then
 * sweeps what scripts wrote before it was in force. `ready` waits for all of it.
 * Consentry's own keys (`consentry…`) are never refused.
 */
export function startGuards(engine: Engine, { off, all, hold, sweep, endHold }: GuardContext): Promise<unknown> | undefined {
  const { config, env } = engine;
  /** A host is refused when something off claims it and nothing allowed does. */
  const blockedHost = (host: string) => {
    const now = off().hosts;
    return (
      matchesHost(now, host) &&
      !matchesHost(
        all.hosts.filter((h) => !now.includes(h)),
        host,
      )
    );
  };
  if (all.storage.length) installStorageGuard((key) => !key.startsWith('consentry') && matchesAny(off().storage, key));
  if (all.indexedDB.length) installDatabaseGuard((name) => matchesAny(off().indexedDB, name));
  if (all.hosts.length) {
    installNetworkGuard(blockedHost);
    // Read here, not by the main file: only this chunk needs it (`readConfig()` reports a bad value).
    if ((engine.input as { autoBlock?: unknown } | null)?.autoBlock === true) {
      const owner = (host: string): [string, string?] | undefined => {
        for (const c of config.categories) {
          for (const s of c.services) if (matchesHost(s.hosts, host)) return [c.name, s.name];
          if (matchesHost(c.hosts, host)) return [c.name];
        }
      };
      startAutoBlock(owner, blockedHost, hostOf, hold);
    }
    if (config.debug) {
      const warned = new Set<string>();
      const check = (s: HTMLScriptElement) => {
        if (s.src && !s.hasAttribute('data-category') && matchesHost(all.hosts, hostOf(s.src)) && !warned.has(s.src)) {
          warned.add(s.src);
          engine.problem('unheld', s.src);
        }
      };
      // Scripts that ran before the guards (some before Consentry), then each one added later.
      document.querySelectorAll('script[src]').forEach((s) => check(s as HTMLScriptElement));
      new MutationObserver((records) =>
        records.forEach((r) => r.addedNodes.forEach((n) => (n as Element).tagName == 'SCRIPT' && check(n as HTMLScriptElement))),
      ).observe(document, {
        childList: true,
        subtree: true,
      });
    }
  }
  // The guards are in force: what the main file held back until now is decided by them.
  endHold();
  // Catalogue patterns arrive after the page's first scripts ran (an inline script right after
  // Consentry's tag): what they wrote that is not allowed is swept now.
  if (present(off(), env.readCookies())) return sweep();
}

import { matchesAny, type OffRules } from '../../model/cookieRules';
import type { ClearedDetail } from '../../types';

/** Every Domain= a page can set: the host and each parent (none for an IP address). */
function domains(host: string): Array<string | undefined> {
  const out: Array<string | undefined> = [undefined];
  if (!/^[\d.]+$|:/.test(host)) for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) out.push(h);
  return out;
}

/** `/`, each prefix of the current path, and configured cookie paths. */
function paths(extra: string[]): string[] {
  const out = new Set(['/', ...extra]);
  let p = '';
  for (const part of location.pathname.split('/').slice(1, -1)) out.add((p += '/' + part));
  return [...out];
}

const cookieNames = (read: () => string) =>
  read()
    .split(/;\s*/)
    .map((c) => c.split('=')[0])
    .filter(Boolean);

/**
 * Deletes the cookies and storage keys matching `off` in every form a page can reach: host-only
 * and `Domain=` each parent domain, on each path, plain and `Secure`/`Partitioned` on https.
 * HttpOnly and third-party cookies are invisible here: never listed, never claimed removed.
 */
export function clearBlocked(off: OffRules, read: () => string, write: (cookie: string) => void, extraPaths: string[]): ClearedDetail {
  const before = cookieNames(read).filter((n) => matchesAny(off.cookies, n));
  const secure = location.protocol == 'https:';
  for (const name of new Set(before))
    for (const domain of domains(location.hostname))
      for (const path of paths(extraPaths))
        for (const flags of secure ? ['', '; Secure', '; Secure; Partitioned'] : [''])
          write(`${name}=; Max-Age=0; Path=${path}${domain ? '; Domain=' + domain : ''}${flags}`);
  const survived = cookieNames(read).filter((n) => matchesAny(off.cookies, n));
  const cookies = [...new Set(before.filter((n) => !survived.includes(n)))];
  const keys: string[] = [];
  try {
    for (const storage of [localStorage, sessionStorage])
      for (const key of Object.keys(storage))
        if (matchesAny(off.storage, key)) {
          storage.removeItem(key);
          keys.push(key);
        }
  } catch {
    // Storage disabled (privacy settings, sandboxed frames): nothing there to clear.
  }
  const storage = [...new Set(keys)];
  return { removed: [...new Set([...cookies, ...storage])], survived: [...new Set(survived)], byKind: { cookies, storage, indexedDB: [] } };
}

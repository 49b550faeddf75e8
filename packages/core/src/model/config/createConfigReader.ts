import type { CookieRule, NameMatcher } from './resolvedConfig';
import { isObj, isStr, type Obj } from './guards';
import { isWebUrl } from './isWebUrl';
import { compilePattern } from './patterns';
import type { RawProblem } from './rawProblem';

/** Value checks by problem code (see RawProblem). */
const CHECKS: Record<string, (v: any) => boolean> = {
  s: isStr,
  b: (v) => typeof v == 'boolean',
  i: (v) => Number.isInteger(v) && v >= 0,
  // A revision: at most 15 digits, what the cookie can carry.
  v: (v) => CHECKS.i(v) && v < 1e15,
  U: isWebUrl,
  n: (v) => typeof v == 'number' && v > 0,
  f: (v) => typeof v == 'function',
  S: (v) => isObj(v) && Object.values(v).every(isStr),
  A: (v) => Array.isArray(v) && v.every(isStr),
  T: (v) => isObj(v) && Object.values(v).every(CHECKS.S),
  M: (v) => isObj(v) && Object.values(v).every(CHECKS.A),
};

/** Reads values out of untrusted config objects, reporting each bad one and what was used instead. */
export type ConfigReader = ReturnType<typeof createConfigReader>;

/**
 * The reading tools of `readConfig`: each object read is remembered with its path and the keys
 * read from it, so `unread()` can report every key nobody read as unknown.
 */
export function createConfigReader(report: (...p: RawProblem) => void) {
  /** Keys read per object, so the ones nobody read can be reported as unknown. */
  const read = new Map<Obj, [path: string, keys: Set<string>]>();
  /** `o[key]`: `def` when absent; `def` and a problem when `code`'s check fails. */
  function get<T>(o: Obj, key: string, code: string, def: T): T;
  function get<T>(o: Obj, key: string, code: string): T | undefined;
  function get(o: Obj, key: string, code: string, def?: unknown) {
    const [path, keys] = read.get(o)!;
    keys.add(key);
    const v = o[key];
    if (v === undefined) return def;
    if (code[0] == '|' ? code.slice(1).split('|').includes(v) : CHECKS[code](v)) return v;
    report(path + key, code, v, def);
    return def;
  }
  /** `o[key]` as an object to read from (a problem and `{}` when it is not one). */
  function section(o: Obj, key: string, code = 'o'): Obj {
    const [path, keys] = read.get(o)!;
    keys.add(key);
    return at(o[key], path + key, code);
  }
  function at(v: unknown, path: string, code = 'o'): Obj {
    if (v !== undefined && !isObj(v)) report(path, code, v);
    const o = isObj(v) ? v : {};
    read.set(o, [path && path + '.', new Set()]);
    return o;
  }

  function pattern(p: unknown, path: string): NameMatcher | undefined {
    const m = isStr(p) ? compilePattern(p) : undefined;
    if (!m) report(path, 'p', p);
    return m;
  }
  /** Reads an array item by item; bad items are reported and left out. */
  function list<T>(v: unknown, path: string, item: (x: any, path: string) => T | undefined): T[] {
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      report(path, 'a', v);
      return [];
    }
    return v.map((x, i) => item(x, `${path}[${i}]`)).filter((x): x is T => x !== undefined);
  }
  /** Marks `key` of `o` as read and gives its path. */
  const touch = (o: Obj, key: string) => {
    const [path, keys] = read.get(o)!;
    keys.add(key);
    return path + key;
  };
  const patterns = (o: Obj, key: string) => list(o[key], touch(o, key), pattern);
  /** A cookie declaration: a name pattern, or an object with `name` and words for the cookie table. */
  const cookieRule = (e: unknown, p: string): CookieRule | undefined => {
    if (!isObj(e)) {
      const match = pattern(e, p);
      return match ? { match, name: e as string } : undefined;
    }
    const d = at(e, p);
    touch(d, 'name');
    const match = pattern(d.name, p + '.name');
    const rule: CookieRule | undefined = match ? { match, name: d.name } : undefined;
    for (const k of ['label', 'provider', 'purpose', 'duration', 'domain', 'path'] as const) {
      const v = get<string>(d, k, 's');
      if (rule && v) rule[k] = v;
    }
    return rule;
  };
  const cookieRules = (o: Obj, key: string) => list(o[key], touch(o, key), cookieRule);

  /** Reports every key of every object read that nobody asked for. */
  const unread = () => {
    for (const [o, [p, keys]] of read) for (const k in o) if (!keys.has(k)) report(p + k, k == 'required' ? 'r' : 'u');
  };
  return { get, section, at, pattern, list, patterns, cookieRules, unread, touch };
}

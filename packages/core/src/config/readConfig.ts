import {
  DEFAULT_CATEGORIES,
  DEFAULT_CONSENT_MODE_MAP,
  DEFAULT_COOKIE_NAME,
  DEFAULT_EXPIRES_AFTER_DAYS,
  DEFAULT_GPC_CATEGORY,
  MAX_EXPIRES_AFTER_DAYS,
  NECESSARY,
} from './defaults';
import type { CatalogueEntry } from '../catalogue/catalogueEntry';
import { has, isName, isServiceName } from './names';
import { compilePattern } from './patterns';
import type { CookieRule, NameMatcher, ResolvedCategory, ResolvedConfig, ResolvedService } from './resolvedConfig';
import { isObj, isStr, type Obj } from './guards';
import { isWebUrl } from './isWebUrl';
import { plainConfig } from './plainConfig';

/**
 * A problem as the main file records it: where, a short code, the bad value and the value used.
 * `describeProblem()` turns it into words; it ships in a chunk fetched only when there is a problem.
 * Codes: a type code or `|a|b` (see CHECKS); `o` object, `a` array, `p` name pattern, `u` unknown
 * option, `N` bad name, `c` unknown catalogue service, `O` service value, `x` above the maximum
 * lifetime, `C` cookie name, `P` cookie path, `D` cookie domain, `E` endpoint, `G` consentMode,
 * `R` config root, `K` a retired translation key.
 */
export type RawProblem = [path: string, code: string, got?: unknown, using?: unknown];

/** Translation keys of earlier versions that nothing shows now (the disclosure is titled by `category.services`). */
const RETIRED_KEYS = ['category.showServices', 'category.hideServices'];

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

/**
 * Reads untrusted config (JSON element, `window.consentryConfig`, `init()` argument) into a
 * complete one: every key present, each bad value replaced by its safe default and passed to
 * `report`, and every key nobody read reported as unknown. Never throws (it reads a `plainConfig()`
 * copy: throwing getters, Proxies and prototypes stay out); what it cannot use
 * allows nothing non-necessary.
 */
export function readConfig(input: unknown, report: (...p: RawProblem) => void, catalogue?: (id: string) => CatalogueEntry | undefined): ResolvedConfig {
  input = plainConfig(input);
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
    if (!Array.isArray(v)) return report(path, 'a', v), [];
    return v.map((x, i) => item(x, `${path}[${i}]`)).filter((x): x is T => x !== undefined);
  }
  const patterns = (o: Obj, key: string) => (read.get(o)![1].add(key), list(o[key], read.get(o)![0] + key, pattern));
  const cookieRules = (o: Obj, key: string) =>
    (read.get(o)![1].add(key),
    list(o[key], read.get(o)![0] + key, (e, p): CookieRule | undefined => {
      if (!isObj(e)) {
        const match = pattern(e, p);
        return match ? { match, name: e } : undefined;
      }
      const d = at(e, p);
      read.get(d)![1].add('name');
      const match = pattern(d.name, p + '.name');
      const rule: CookieRule | undefined = match ? { match, name: d.name } : undefined;
      for (const k of ['label', 'provider', 'purpose', 'duration', 'domain', 'path'] as const) {
        const v = get<string>(d, k, 's');
        if (rule && v) rule[k] = v;
      }
      return rule;
    }));

  function service(name: string, v: unknown, path: string): ResolvedService | undefined {
    if (!isServiceName(name)) return void report(path, 'N');
    if (isStr(v)) {
      // A catalogue name. Given the catalogue (tooling), it is checked and its patterns read; without it
      // (the script tag's chunks, which carry no catalogue) the entry's own file reports an unknown id.
      const known = isName(v) && (catalogue ? catalogue(v) : true);
      if (!known) report(path, 'c', v);
      const list = (i: number) => (known === true ? '' : known ? known.patterns[i] || '' : '').split(' ').filter(Boolean);
      const compile = (i: number) => list(i).map((p) => compilePattern(p)!);
      return {
        name,
        label: name,
        catalogue: known ? v : undefined,
        cookies: compile(0).map((match) => ({ match })),
        storage: compile(1),
        indexedDB: compile(2),
        hosts: list(3),
        description: known && known !== true ? known.description : undefined,
      };
    }
    const o = at(v, path, 'O');
    const s: ResolvedService = {
      name,
      label: get(o, 'label', 's', name),
      cookies: cookieRules(o, 'cookies'),
      storage: patterns(o, 'storage'),
      indexedDB: patterns(o, 'indexedDB'),
      hosts: get(o, 'hosts', 'A', []),
    };
    for (const k of ['provider', 'purpose'] as const) s[k] = get(o, k, 's');
    s.privacyPolicyUrl = get(o, 'privacyPolicyUrl', 'U');
    return s;
  }

  function category(name: string, v: unknown): ResolvedCategory {
    const o = at(v ?? {}, `categories.${name}`);
    const necessary = name == NECESSARY;
    const svcs = section(o, 'services');
    const services: ResolvedService[] = [];
    for (const s in svcs) {
      read.get(svcs)![1].add(s);
      const svc = service(s, svcs[s], `categories.${name}.services.${s}`);
      if (svc) services.push(svc);
    }
    return {
      name,
      necessary,
      // `necessary` is never sale/sharing: it cannot be switched off.
      gpc: get(o, 'gpc', 'b', name == DEFAULT_GPC_CATEGORY) && !necessary,
      label: get(o, 'label', 's'),
      description: get(o, 'description', 's'),
      cookies: cookieRules(o, 'cookies'),
      storage: patterns(o, 'storage'),
      indexedDB: patterns(o, 'indexedDB'),
      hosts: get(o, 'hosts', 'A', []),
      services,
    };
  }

  const root = at(input ?? undefined, '', 'R');
  const cookie = section(root, 'cookie');
  const ui = section(root, 'ui');
  const controller = section(root, 'controller');

  // Categories: the site's own list, in its order, with `necessary` always first and always on.
  const given = root.categories;
  const cats = section(root, 'categories');
  const categories = [category(NECESSARY, cats[NECESSARY])];
  for (const name of isObj(given) ? Object.keys(cats) : DEFAULT_CATEGORIES) {
    read.get(cats)![1].add(name);
    if (name == NECESSARY) continue;
    else if (isName(name)) categories.push(category(name, cats[name]));
    else report(`categories.${name}`, 'N');
  }

  let days = get(cookie, 'expiresAfterDays', 'n', DEFAULT_EXPIRES_AFTER_DAYS);
  if (days > MAX_EXPIRES_AFTER_DAYS) report('cookie.expiresAfterDays', 'x', days, (days = MAX_EXPIRES_AFTER_DAYS));
  let name = get(cookie, 'name', 's', DEFAULT_COOKIE_NAME);
  if (!/^[!#-'*+.^`|~\w-]+$/.test(name)) report('cookie.name', 'C', name, (name = DEFAULT_COOKIE_NAME));
  let domain = get<string>(cookie, 'domain', 's');
  if (domain !== undefined && !/^\.?[\w-]+(\.[\w-]+)*$/.test(domain)) report('cookie.domain', 'D', domain, (domain = undefined));
  let path = get(cookie, 'path', 's', '/');
  if (!/^\/[^;\s]*$/.test(path)) report('cookie.path', 'P', path, (path = '/'));

  // Shorthands: `endpoint` may be a URL; `consentMode` may be true (the defaults) or false (off).
  let endpoint: ResolvedConfig['endpoint'];
  const ep = root.endpoint;
  read.get(root)![1].add('endpoint');
  const e = at(isStr(ep) ? { url: ep } : ep, 'endpoint', 'E');
  const url = get<string>(e, 'url', 'U');
  if ((isStr(ep) || isObj(ep)) && (e.url === undefined || e.url === '')) report('endpoint', 'E', ep);
  const options: ResolvedConfig['endpoint'] = {
    url: url!,
    headers: get(e, 'headers', 'S', {}),
    credentials: get(e, 'credentials', '|same-origin|include|omit', 'same-origin'),
    timeoutMs: get(e, 'timeoutMs', 'n', 10000),
    maxQueue: get(e, 'maxQueue', 'n', 1000),
  };
  if (url) endpoint = options;

  const cm = root.consentMode;
  read.get(root)![1].add('consentMode');
  const m = at(typeof cm == 'boolean' ? {} : cm, 'consentMode', 'G');
  const mode: ResolvedConfig['consentMode'] = {
    mode: get(m, 'mode', '|basic|advanced', 'basic'),
    waitForUpdate: get(m, 'waitForUpdate', 'i', 500),
    region: get(m, 'region', 'A', []),
    urlPassthrough: get(m, 'urlPassthrough', 'b', false),
    uet: get(m, 'uet', 'b', false),
    map: get(m, 'map', 'M', DEFAULT_CONSENT_MODE_MAP),
  };
  const consentMode = cm === true || isObj(cm) ? mode : undefined;

  const layout = get<string>(ui, 'layout', '|box|bar', 'box') as 'box' | 'bar';
  let position: string = get(ui, 'position', '|bottom-right|bottom-left|top-right|top-left|bottom|top', 'bottom-right');
  // A bar spans the width: a corner position means its edge.
  position = layout == 'bar' ? (position.startsWith('top') ? 'top' : 'bottom') : position.includes('-') ? position : position + '-right';

  const config: ResolvedConfig = {
    revision: get(root, 'revision', 'v', 0),
    privacyPolicyUrl: get(root, 'privacyPolicyUrl', 'U', ''),
    language: get(root, 'language', 's'),
    controller: { name: get(controller, 'name', 's', ''), contact: get(controller, 'contact', 's', '') },
    categories,
    cookie: { name, expiresAfterDays: days, domain, path },
    endpoint,
    consentMode,
    nonce: get(root, 'nonce', 's'),
    reloadOnWithdraw: get(root, 'reloadOnWithdraw', 'b', false),
    hideFromBots: get(root, 'hideFromBots', 'b', true),
    debug: get(root, 'debug', 'b', false),
    autoBlock: get(root, 'autoBlock', 'b', false),
    ui: {
      layout,
      position: position as ResolvedConfig['ui']['position'],
      theme: get(ui, 'theme', '|auto|light|dark', 'auto'),
      revisitButton: get(ui, 'revisitButton', 'b', true),
      blockPage: get(ui, 'blockPage', 'b', false),
    },
    translations: get(root, 'translations', 'T', {}),
    transformRecord: get(root, 'transformRecord', 'f'),
  };
  // Texts no version shows any more: a notice, not an error (old configs keep working).
  for (const lang in config.translations)
    for (const key of RETIRED_KEYS) if (has(config.translations[lang], key)) report(`translations.${lang}.${key}`, 'K');
  for (const [o, [p, keys]] of read) for (const k in o) if (!keys.has(k)) report(p + k, k == 'required' ? 'r' : 'u');
  return config;
}

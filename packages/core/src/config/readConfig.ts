import { SERVICE_PATTERNS } from '../catalogue/servicePatterns';
import { CONFIG_DEFAULTS, DEFAULT_CATEGORIES, DEFAULT_GPC_CATEGORY, MAX_EXPIRES_AFTER_DAYS, NECESSARY } from './defaults';
import { has, isName } from './names';
import { compilePattern } from './patterns';
import type { CookieRule, NameMatcher, ResolvedCategory, ResolvedConfig, ResolvedService } from './resolvedConfig';

type Obj = Record<string, any>;

/**
 * A problem as the main file records it: where, a short code, the bad value and the value used.
 * `describeProblem()` turns it into words; it ships in a chunk fetched only when there is a problem.
 * Codes: a type code or `|a|b` (below); `o` object, `a` array, `p` name pattern, `u` unknown option,
 * `r` "required", `N` bad name, `c` unknown catalogue service, `O` service value, `x` above the
 * maximum lifetime, `C` cookie name, `P` cookie path, `E` endpoint, `G` consentMode, `R` config root.
 */
export type RawProblem = [path: string, code: string, got?: unknown, using?: unknown];

const isObj = (v: unknown): v is Obj => typeof v == 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v == 'string';

/**
 * The shape of the config, read by one generic walker so the checks stay small enough for the
 * main file. A leaf is a type code or `|a|b` for one of the listed strings; 0 is read elsewhere.
 */
type Spec = string | 0 | { [key: string]: Spec };
const TYPES: Record<string, (v: any) => boolean> = {
  s: isStr,
  b: (v) => typeof v == 'boolean',
  i: (v) => Number.isInteger(v) && v >= 0,
  n: (v) => typeof v == 'number' && v > 0,
  f: (v) => typeof v == 'function',
  S: (v) => isObj(v) && Object.values(v).every(isStr),
  A: (v) => Array.isArray(v) && v.every(isStr),
  T: (v) => isObj(v) && Object.values(v).every(TYPES.S),
  M: (v) => isObj(v) && Object.values(v).every(TYPES.A),
};
const SPEC: Obj = {
  revision: 'i',
  privacyPolicyUrl: 's',
  language: 's',
  nonce: 's',
  reloadOnWithdraw: 'b',
  hideFromBots: 'b',
  debug: 'b',
  transformRecord: 'f',
  translations: 'T',
  categories: 0,
  controller: { name: 's', contact: 's' },
  cookie: { name: 's', expiresAfterDays: 'n', domain: 's', path: 's' },
  endpoint: { url: 's', headers: 'S', credentials: '|same-origin|include|omit', timeoutMs: 'n', maxQueue: 'n' },
  consentMode: { mode: '|basic|advanced', waitForUpdate: 'i', region: 'A', urlPassthrough: 'b', uet: 'b', map: 'M' },
  ui: {
    layout: '|box|bar',
    position: '|bottom-right|bottom-left|top-right|top-left|bottom|top',
    theme: '|auto|light|dark',
    revisitButton: 'b',
    blockPage: 'b',
  },
};
const CATEGORY_SPEC = { label: 's', description: 's', gpc: 'b', cookies: 0, storage: 0, services: 0 };
const COOKIE_SPEC = { name: 0, provider: 's', purpose: 's', duration: 's', domain: 's', path: 's' };
const SERVICE_SPEC = { label: 's', provider: 's', purpose: 's', privacyPolicyUrl: 's', cookies: 0, storage: 0 };

/**
 * Reads untrusted config (JSON element, `window.consentryConfig`, `init()` argument) into a
 * complete one: every key present, each bad value replaced by its safe default and passed to
 * `report`. Never throws; what it cannot use allows nothing non-necessary.
 */
export function readConfig(input: unknown, report: (...p: RawProblem) => void): ResolvedConfig {
  /** Reads `input` along `spec`: every key present, bad values replaced by `defaults`, unknown keys reported. */
  function walk(input: Obj, spec: Obj, defaults: Obj, path: string): Obj {
    const out: Obj = {};
    for (const k in input) if (!has(spec, k)) report(path + k, k == 'required' ? 'r' : 'u');
    for (const k in spec) {
      const s: Spec = spec[k];
      const v = input[k];
      const def = defaults[k];
      if (typeof s == 'object') {
        if (v !== undefined && !isObj(v)) report(path + k, 'o', v);
        out[k] = walk(isObj(v) ? v : {}, s, def || {}, path + k + '.');
      } else if (!s || v === undefined) out[k] = s ? def : v;
      else if (s[0] == '|' ? s.slice(1).split('|').includes(v) : TYPES[s](v)) out[k] = v;
      else {
        report(path + k, s, v, def);
        out[k] = def;
      }
    }
    return out;
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
  const patterns = (v: unknown, path: string) => list(v, path, pattern);
  const cookieRules = (v: unknown, path: string) =>
    list(v, path, (e, p): CookieRule | undefined => {
      const o = isObj(e);
      const match = pattern(o ? e.name : e, o ? p + '.name' : p);
      return match ? { ...(o ? walk(e, COOKIE_SPEC, {}, p + '.') : { name: e }), match } : undefined;
    });

  function service(name: string, v: unknown, path: string): ResolvedService | undefined {
    if (!isName(name)) return void report(path, 'N');
    if (isStr(v)) {
      const known = has(SERVICE_PATTERNS, v) ? SERVICE_PATTERNS[v] : undefined;
      if (!known) report(path, 'c', v);
      const compile = (s = '') => s.split(' ').filter(Boolean).map((p) => compilePattern(p)!);
      return { name, label: name, catalogue: known && v, cookies: compile(known?.[0]).map((match) => ({ match })), storage: compile(known?.[1]) };
    }
    if (!isObj(v)) report(path, 'O', v);
    const o: Obj = isObj(v) ? v : {};
    return {
      ...walk(o, SERVICE_SPEC, { label: name }, path + '.'),
      name,
      cookies: cookieRules(o.cookies, path + '.cookies'),
      storage: patterns(o.storage, path + '.storage'),
    } as ResolvedService;
  }

  function category(name: string, v: unknown): ResolvedCategory {
    const path = `categories.${name}`;
    if (!isObj(v)) report(path, 'o', v);
    const o: Obj = isObj(v) ? v : {};
    const necessary = name == NECESSARY;
    const r = walk(o, CATEGORY_SPEC, { gpc: name == DEFAULT_GPC_CATEGORY }, path + '.');
    const services: ResolvedService[] = [];
    if (isObj(o.services))
      for (const s in o.services) {
        const svc = service(s, o.services[s], `${path}.services.${s}`);
        if (svc) services.push(svc);
      }
    else if (o.services !== undefined) report(path + '.services', 'o', o.services);
    return {
      name,
      necessary,
      gpc: r.gpc && !necessary,
      label: r.label,
      description: r.description,
      cookies: cookieRules(o.cookies, path + '.cookies'),
      storage: patterns(o.storage, path + '.storage'),
      services,
    };
  }

  const root: Obj = isObj(input) ? input : {};
  if (input != null && !isObj(input)) report('', 'R', input);
  const { endpoint, consentMode, categories } = root;
  // Shorthands: `endpoint` may be a URL, `consentMode` may be true (defaults) or false (off).
  const endpointObj = isStr(endpoint) ? { url: endpoint } : endpoint;
  const modeObj = typeof consentMode == 'boolean' ? {} : consentMode;
  if (endpoint !== undefined && !isObj(endpointObj)) report('endpoint', 'E', endpoint);
  if (consentMode !== undefined && !isObj(modeObj)) report('consentMode', 'G', consentMode);
  const c = walk(
    { ...root, endpoint: isObj(endpointObj) ? endpointObj : undefined, consentMode: isObj(modeObj) ? modeObj : undefined },
    SPEC,
    CONFIG_DEFAULTS,
    '',
  );

  // Categories: the site's own list, in its order, with `necessary` always first and always on.
  const cats: Obj = isObj(categories) ? categories : {};
  if (categories !== undefined && !isObj(categories)) report('categories', 'o', categories);
  c.categories = [category(NECESSARY, cats[NECESSARY] ?? {})];
  for (const name of isObj(categories) ? Object.keys(cats) : DEFAULT_CATEGORIES)
    if (name == NECESSARY) continue;
    else if (isName(name)) c.categories.push(category(name, cats[name] ?? {}));
    else report(`categories.${name}`, 'N');

  const cookie = c.cookie;
  if (cookie.expiresAfterDays > MAX_EXPIRES_AFTER_DAYS) {
    report('cookie.expiresAfterDays', 'x', cookie.expiresAfterDays, MAX_EXPIRES_AFTER_DAYS);
    cookie.expiresAfterDays = MAX_EXPIRES_AFTER_DAYS;
  }
  if (!/^[!#-'*+.^`|~\w-]+$/.test(cookie.name)) {
    report('cookie.name', 'C', cookie.name, CONFIG_DEFAULTS.cookie.name);
    cookie.name = CONFIG_DEFAULTS.cookie.name;
  }
  if (cookie.domain !== undefined && !/^\.?[\w-]+(\.[\w-]+)*$/.test(cookie.domain)) {
    report('cookie.domain', 'D', cookie.domain);
    cookie.domain = undefined;
  }
  if (!/^\/[^;\s]*$/.test(cookie.path)) {
    report('cookie.path', 'P', cookie.path, '/');
    cookie.path = '/';
  }
  if (isObj(endpointObj) && (endpointObj.url === undefined || endpointObj.url === '')) report('endpoint', 'E', endpoint);
  if (!c.endpoint.url) c.endpoint = undefined;
  if (!consentMode || !isObj(modeObj)) c.consentMode = undefined;
  // A bar spans the width: a corner position means its edge.
  if (c.ui.layout == 'bar') c.ui.position = c.ui.position.startsWith('top') ? 'top' : 'bottom';
  else if (!c.ui.position.includes('-')) c.ui.position += '-right';

  return c as ResolvedConfig;
}

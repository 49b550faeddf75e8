import type { ConfigProblem } from '../types';
import { SERVICE_PATTERNS } from '../catalogue/servicePatterns';
import {
  DEFAULT_CATEGORIES,
  DEFAULT_CONSENT_MODE_MAP,
  DEFAULT_COOKIE_NAME,
  DEFAULT_EXPIRES_AFTER_DAYS,
  DEFAULT_GPC_CATEGORY,
  MAX_EXPIRES_AFTER_DAYS,
  NECESSARY,
} from './defaults';
import { compilePattern } from './patterns';
import type { CookieRule, NameMatcher, ResolvedCategory, ResolvedConfig, ResolvedService } from './resolvedConfig';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v == 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v == 'string';
const isBool = (v: unknown): v is boolean => typeof v == 'boolean';
/** Category and service names: no dots (they separate `category.service`), nothing a cookie value must escape. */
const isName = (v: string) => /^[A-Za-z][\w-]*$/.test(v);

const show = (v: unknown) => (typeof v == 'function' ? 'a function' : JSON.stringify(v)?.slice(0, 60) ?? String(v));

/**
 * Turns untrusted input (JSON element, `window.consentryConfig`, `init()` argument) into a complete
 * config and a list of problems, each naming the path of the bad value and the safe value used.
 * Never throws: anything it cannot use falls back to a default that allows nothing non-necessary.
 */
export function normalizeConfig(input: unknown): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const bad = (path: string, message: string) => problems.push({ path, message });

  /** Reads `obj[key]`: the default when absent, the value when `ok`, else the default with a problem. */
  function read<T>(obj: Obj, key: string, path: string, ok: (v: any) => boolean, expected: string, def: T): T {
    const v = obj[key];
    if (v === undefined) return def;
    if (ok(v)) return v as T;
    bad(path + key, `expected ${expected}, got ${show(v)}; using ${def === undefined ? 'none' : show(def)}`);
    return def;
  }
  /** Reads a nested object; a wrong type becomes `{}` with a problem. Warns about keys it does not know. */
  function section(obj: Obj, key: string, path: string, known: string): Obj {
    const v = read<Obj>(obj, key, path, isObj, 'an object', {});
    unknownKeys(v, path + key + '.', known);
    return v;
  }
  function unknownKeys(obj: Obj, path: string, known: string) {
    for (const k in obj) if (!known.split(' ').includes(k)) bad(path + k, 'unknown option; ignored');
  }
  const str = (obj: Obj, key: string, path: string, def?: string) => read(obj, key, path, isStr, 'a string', def);
  const bool = (obj: Obj, key: string, path: string, def: boolean) => read(obj, key, path, isBool, 'true or false', def);
  const oneOf = <T extends string>(obj: Obj, key: string, path: string, values: T[]) =>
    read(obj, key, path, (v) => values.includes(v), values.map((v) => `"${v}"`).join(' or '), values[0]);
  const int = (obj: Obj, key: string, path: string, def: number, min: number) =>
    read(obj, key, path, (v) => Number.isInteger(v) && v >= min, `a whole number ≥ ${min}`, def);

  function pattern(p: unknown, path: string): NameMatcher | undefined {
    const m = isStr(p) ? compilePattern(p) : undefined;
    if (!m) bad(path, `expected a name or a valid /regex/, got ${show(p)}; ignored`);
    return m;
  }
  /** Reads an array item by item; bad items are reported and left out. */
  function list<T>(v: unknown, path: string, item: (x: unknown, path: string) => T | undefined): T[] {
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      bad(path, `expected an array, got ${show(v)}; using []`);
      return [];
    }
    return v.map((x, i) => item(x, `${path}[${i}]`)).filter((x): x is T => x !== undefined);
  }
  const patterns = (v: unknown, path: string) => list(v, path, pattern);

  function cookieRule(entry: unknown, p: string): CookieRule | undefined {
    if (!isObj(entry)) {
      const match = pattern(entry, p);
      return match ? { match } : undefined;
    }
    const match = pattern(entry.name, p + '.name');
    if (!match) return;
    unknownKeys(entry, p + '.', 'name provider purpose duration domain path');
    const rule: CookieRule = { match };
    for (const k of ['provider', 'purpose', 'duration', 'domain', 'path'] as const) {
      const v = str(entry, k, p + '.');
      if (v) rule[k] = v;
    }
    return rule;
  }
  const cookieRules = (v: unknown, path: string) => list(v, path, cookieRule);

  function service(name: string, value: unknown, path: string): ResolvedService | undefined {
    if (!isName(name)) {
      bad(path, 'service names start with a letter and use only letters, digits, "_" and "-"; service ignored');
      return;
    }
    if (isStr(value)) {
      const known = SERVICE_PATTERNS[value];
      if (!known) bad(path, `unknown catalogue service ${show(value)}; it has no cookie patterns`);
      const [cookies = '', storage = ''] = known || [];
      const compile = (s: string) => s.split(' ').filter(Boolean).map((p) => compilePattern(p)!);
      return {
        name,
        label: name,
        catalogue: known && value,
        cookies: compile(cookies).map((match) => ({ match })),
        storage: compile(storage),
      };
    }
    if (!isObj(value)) {
      bad(path, `expected a catalogue name or an object, got ${show(value)}; using {}`);
      value = {};
    }
    const v = value as Obj;
    const p = path + '.';
    unknownKeys(v, p, 'label provider purpose privacyPolicyUrl cookies storage');
    return {
      name,
      label: str(v, 'label', p, name)!,
      provider: str(v, 'provider', p),
      purpose: str(v, 'purpose', p),
      privacyPolicyUrl: str(v, 'privacyPolicyUrl', p),
      cookies: cookieRules(v.cookies, p + 'cookies'),
      storage: patterns(v.storage, p + 'storage'),
    };
  }

  function category(name: string, value: unknown): ResolvedCategory {
    const path = `categories.${name}`;
    if (!isObj(value)) {
      bad(path, `expected an object, got ${show(value)}; using {}`);
      value = {};
    }
    const v = value as Obj;
    const p = path + '.';
    for (const k of ['required', 'readOnly', 'enabled', 'legitimateInterest', 'basis'])
      if (k in v) {
        bad(p + k, `only "${NECESSARY}" is always on and consent is the only basis; ignored`);
        delete v[k];
      }
    unknownKeys(v, p, 'label description cookies storage services gpc');
    const services: ResolvedService[] = [];
    const svc = read<Obj>(v, 'services', p, isObj, 'an object', {});
    for (const s in svc) {
      const r = service(s, svc[s], `${p}services.${s}`);
      if (r) services.push(r);
    }
    const necessary = name == NECESSARY;
    const gpc = bool(v, 'gpc', p, name == DEFAULT_GPC_CATEGORY);
    if (necessary && gpc) bad(p + 'gpc', `"${NECESSARY}" cannot be switched off; ignored`);
    return {
      name,
      necessary,
      gpc: gpc && !necessary,
      label: str(v, 'label', p),
      description: str(v, 'description', p),
      cookies: cookieRules(v.cookies, p + 'cookies'),
      storage: patterns(v.storage, p + 'storage'),
      services,
    };
  }

  let root: Obj = {};
  if (isObj(input)) root = input;
  else if (input != null) bad('(config)', `expected an object, got ${show(input)}; using the defaults`);
  unknownKeys(
    root,
    '',
    'revision privacyPolicyUrl language controller categories cookie endpoint consentMode nonce reloadOnWithdraw hideFromBots debug ui translations transformRecord',
  );

  // Categories: the site's own list, in its order, with `necessary` always first.
  const cats = read<Obj>(root, 'categories', '', isObj, 'an object', {});
  const names = root.categories && isObj(root.categories) ? Object.keys(cats) : DEFAULT_CATEGORIES;
  const categories: ResolvedCategory[] = [category(NECESSARY, cats[NECESSARY] ?? {})];
  for (const name of names) {
    if (name == NECESSARY) continue;
    if (isName(name)) categories.push(category(name, cats[name] ?? {}));
    else bad(`categories.${name}`, 'category names start with a letter and use only letters, digits, "_" and "-"; category ignored');
  }

  const cookie = section(root, 'cookie', '', 'name expiresAfterDays domain path');
  let days = read(cookie, 'expiresAfterDays', 'cookie.', (v) => typeof v == 'number' && v > 0, 'a number of days above 0', DEFAULT_EXPIRES_AFTER_DAYS);
  if (days > MAX_EXPIRES_AFTER_DAYS) {
    bad('cookie.expiresAfterDays', `${days} is above the ${MAX_EXPIRES_AFTER_DAYS}-day maximum; using ${MAX_EXPIRES_AFTER_DAYS}`);
    days = MAX_EXPIRES_AFTER_DAYS;
  }
  const cookieName = read(cookie, 'name', 'cookie.', (v) => isStr(v) && /^[!#-'*+.^`|~\w-]+$/.test(v), 'a cookie name', DEFAULT_COOKIE_NAME);

  let endpoint: ResolvedConfig['endpoint'];
  const ep = root.endpoint;
  if (ep !== undefined) {
    const e: Obj = isStr(ep) ? { url: ep } : isObj(ep) ? ep : {};
    unknownKeys(e, 'endpoint.', 'url headers credentials timeoutMs maxQueue');
    const url = str(e, 'url', 'endpoint.');
    if (url)
      endpoint = {
        url,
        headers: read(e, 'headers', 'endpoint.', (v) => isObj(v) && Object.values(v).every(isStr), 'an object of strings', {}),
        credentials: oneOf(e, 'credentials', 'endpoint.', ['same-origin', 'include', 'omit']),
        timeoutMs: int(e, 'timeoutMs', 'endpoint.', 10000, 1),
        maxQueue: int(e, 'maxQueue', 'endpoint.', 1000, 1),
      };
    else bad('endpoint', `expected a URL or { url }, got ${show(ep)}; records are not sent`);
  }

  let consentMode: ResolvedConfig['consentMode'];
  const cm = root.consentMode;
  if (cm === true || isObj(cm)) {
    const c: Obj = cm === true ? {} : cm;
    unknownKeys(c, 'consentMode.', 'mode waitForUpdate region urlPassthrough uet map');
    consentMode = {
      mode: oneOf(c, 'mode', 'consentMode.', ['basic', 'advanced']),
      waitForUpdate: int(c, 'waitForUpdate', 'consentMode.', 500, 0),
      region: read(c, 'region', 'consentMode.', (v) => Array.isArray(v) && v.every(isStr), 'an array of region codes', []),
      urlPassthrough: bool(c, 'urlPassthrough', 'consentMode.', false),
      uet: bool(c, 'uet', 'consentMode.', false),
      map: read(
        c,
        'map',
        'consentMode.',
        (v) => isObj(v) && Object.values(v).every((t) => Array.isArray(t) && t.every(isStr)),
        'an object of category → array of types',
        DEFAULT_CONSENT_MODE_MAP,
      ),
    };
  } else if (cm !== undefined && cm !== false) bad('consentMode', `expected true, false or an object, got ${show(cm)}; Consent Mode is off`);

  const controller = section(root, 'controller', '', 'name contact');
  const ui = section(root, 'ui', '', 'layout position theme revisitButton blockPage');
  const layout = oneOf(ui, 'layout', 'ui.', ['box', 'bar']);
  const translations = read(
    root,
    'translations',
    '',
    (v) => isObj(v) && Object.values(v).every((t) => isObj(t) && Object.values(t).every(isStr)),
    'an object of language → { key: text }',
    {},
  );

  return {
    config: {
      revision: int(root, 'revision', '', 0, 0),
      privacyPolicyUrl: str(root, 'privacyPolicyUrl', '', '')!,
      language: str(root, 'language', ''),
      controller: { name: str(controller, 'name', 'controller.', '')!, contact: str(controller, 'contact', 'controller.', '')! },
      categories,
      cookie: {
        name: cookieName,
        expiresAfterDays: days,
        domain: str(cookie, 'domain', 'cookie.'),
        path: read(cookie, 'path', 'cookie.', (v) => isStr(v) && v[0] == '/', 'a path starting with "/"', '/'),
      },
      endpoint,
      consentMode,
      nonce: str(root, 'nonce', ''),
      reloadOnWithdraw: bool(root, 'reloadOnWithdraw', '', false),
      hideFromBots: bool(root, 'hideFromBots', '', true),
      debug: bool(root, 'debug', '', false),
      ui: {
        layout,
        position: oneOf(
          ui,
          'position',
          'ui.',
          layout == 'bar' ? ['bottom', 'top'] : ['bottom-right', 'bottom-left', 'top-right', 'top-left'],
        ),
        theme: oneOf(ui, 'theme', 'ui.', ['auto', 'light', 'dark']),
        revisitButton: bool(ui, 'revisitButton', 'ui.', true),
        blockPage: bool(ui, 'blockPage', 'ui.', false),
      },
      translations,
      transformRecord: read(root, 'transformRecord', '', (v) => typeof v == 'function', 'a function', undefined),
    },
    problems,
  };
}

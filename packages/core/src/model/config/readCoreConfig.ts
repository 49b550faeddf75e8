import {
  DEFAULT_CATEGORIES,
  DEFAULT_CONSENT_MODE_MAP,
  DEFAULT_COOKIE_NAME,
  DEFAULT_EXPIRES_AFTER_DAYS,
  DEFAULT_GPC_CATEGORY,
  MAX_EXPIRES_AFTER_DAYS,
  NECESSARY,
} from './defaults';
import { isName, isServiceName } from './names';
import { compilePattern } from './patterns';
import type { CoreCategory, CoreConfig, CoreService, NameMatcher } from './resolvedConfig';
import { isBool, isObj, isStr, type Obj } from './guards';
import { isWebUrl } from './isWebUrl';

/**
 * The main file's config reader: only what every page view needs (consent, blocking, signals),
 * the same rules and safe defaults as `readConfig()` but without words or paths, to stay small.
 * Texts shown to visitors (labels, descriptions, providers, purposes) are read and checked by the
 * UI, which loads `readConfig()` with it.
 * `input` is a `plainConfig()` copy, so reading it cannot throw.
 * Returns the config and whether anything was wrong; when something was, the SDK loads the
 * diagnostics chunk, whose `readConfig()` names each problem. A test keeps both readers equal.
 * One function: every small reader in it sets the same `ok` flag, and it ships in the main file,
 * where one closure costs the fewest bytes; the wordy reader, readConfig.ts, is made of parts.
 */
export function readCoreConfig(input: unknown): [CoreConfig, boolean] {
  let ok = true;
  /** `v`, or `def` when absent; `def` and a problem when `test` fails. */
  const val = <T>(v: unknown, test: (v: any) => boolean, def: T): T => {
    if (v === undefined || test(v)) return v === undefined ? def : (v as T);
    ok = false;
    return def;
  };
  const obj = (v: unknown): Obj => val(v, isObj, {});
  const list = (v: unknown): unknown[] => val(v, Array.isArray, []);
  // Strict tests: a one-item array such as ["bar"] must not pass for "bar" (== and RegExp.test would let it).
  const matching = (re: RegExp) => (v: unknown) => isStr(v) && re.test(v);
  const oneOf =
    (...values: string[]) =>
    (v: any) =>
      values.includes(v);
  const count = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
  const strings = (v: unknown) => Array.isArray(v) && v.every(isStr);
  const pattern = (p: unknown) => {
    const m = isStr(p) && compilePattern(p);
    if (!m) ok = false;
    return m || undefined;
  };
  const patterns = (v: unknown) => list(v).map(pattern).filter(Boolean) as NameMatcher[];

  /** Cookie and storage patterns of a category or service, and the paths its cookies declare. */
  function parts(o: Obj) {
    const cookies: NameMatcher[] = [];
    const paths: string[] = [];
    for (const c of list(o.cookies)) {
      const d = isObj(c);
      const m = pattern(d ? c.name : c);
      const path = d ? val(c.path, isStr, '') : '';
      if (m) cookies.push(m);
      if (m && path) paths.push(path);
    }
    return { cookies, storage: patterns(o.storage), indexedDB: patterns(o.indexedDB), hosts: val(o.hosts, strings, [] as string[]), paths };
  }

  function service(name: string, v: unknown): CoreService | undefined {
    if (!isServiceName(name)) return void (ok = false);
    // A catalogue name: its patterns load with its entry (loadCatalogue); an id is a name, so safe in a URL.
    if (isStr(v)) return { name, catalogue: isName(v) ? v : void (ok = false), ...parts({}) };
    return { name, ...parts(obj(v)) };
  }

  function category(name: string, v: unknown): CoreCategory {
    const o = obj(v ?? {});
    const services: CoreService[] = [];
    for (const [s, sv] of Object.entries(obj(o.services))) {
      const r = service(s, sv);
      if (r) services.push(r);
    }
    return { name, necessary: name == NECESSARY, gpc: val(o.gpc, isBool, name == DEFAULT_GPC_CATEGORY) && name != NECESSARY, ...parts(o), services };
  }

  const root = obj(input ?? undefined);
  const cats = obj(root.categories);
  const categories = [category(NECESSARY, cats[NECESSARY])];
  for (const name of isObj(root.categories) ? Object.keys(cats) : DEFAULT_CATEGORIES)
    if (name == NECESSARY) continue;
    else if (isName(name)) categories.push(category(name, cats[name]));
    else ok = false;

  const cookie = obj(root.cookie);
  const days = val(cookie.expiresAfterDays, (v) => typeof v == 'number' && v > 0, DEFAULT_EXPIRES_AFTER_DAYS);

  const ep = root.endpoint;
  const url = val((isStr(ep) ? { url: ep } : obj(ep)).url, isWebUrl, '');
  if (ep !== undefined && !url) ok = false;

  const cm = root.consentMode;
  const m = isBool(cm) ? {} : obj(cm);
  const consentMode = {
    mode: val<'basic' | 'advanced'>(m.mode, oneOf('basic', 'advanced'), 'basic'),
    waitForUpdate: val(m.waitForUpdate, count, 500),
    region: val(m.region, strings, [] as string[]),
    urlPassthrough: val(m.urlPassthrough, isBool, false),
    uet: val(m.uet, isBool, false),
    map: val(m.map, (v) => isObj(v) && Object.values(v).every(strings), DEFAULT_CONSENT_MODE_MAP),
  };

  const ui = obj(root.ui);
  const layout = val<string>(ui.layout, oneOf('box', 'bar'), 'box');
  const position: string = val(ui.position, matching(/^(top|bottom)(-(left|right))?$/), 'bottom-right');

  const config: CoreConfig = {
    // Up to 15 digits: what the cookie can carry (docs/cookie-format.md).
    revision: val(root.revision, (v) => count(v) && v < 1e15, 0),
    privacyPolicyUrl: val(root.privacyPolicyUrl, isWebUrl, ''),
    categories,
    cookie: {
      name: val(cookie.name, matching(/^[!#-'*+.^`|~\w-]+$/), DEFAULT_COOKIE_NAME),
      expiresAfterDays: Math.min(days, MAX_EXPIRES_AFTER_DAYS),
      domain: val(cookie.domain, matching(/^\.?[\w-]+(\.[\w-]+)*$/), undefined),
      path: val(cookie.path, matching(/^\/[^;\s]*$/), '/'),
    },
    endpoint: url || undefined,
    consentMode: cm === true || isObj(cm) ? consentMode : undefined,
    nonce: val(root.nonce, isStr, undefined),
    reloadOnWithdraw: val(root.reloadOnWithdraw, isBool, false),
    hideFromBots: val(root.hideFromBots, isBool, true),
    debug: val(root.debug, isBool, false),
    // A bar spans the width: a corner position means its edge.
    ui: {
      position: layout == 'bar' ? position.split('-')[0] : position.includes('-') ? position : position + '-right',
      revisitButton: val(ui.revisitButton, isBool, true),
    },
    transformRecord: val(root.transformRecord, (v) => typeof v == 'function', undefined),
  };
  return [config, ok && days <= MAX_EXPIRES_AFTER_DAYS];
}

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
import { has, isName } from './names';
import { compilePattern } from './patterns';
import type { CoreCategory, CoreConfig, CoreService, NameMatcher } from './resolvedConfig';
import { isBool, isObj, isStr, type Obj } from './guards';

/**
 * The main file's config reader: only what every page view needs (consent, blocking, signals),
 * the same rules and safe defaults as `readConfig()` but without words or paths, to stay small.
 * Texts shown to visitors (labels, descriptions, providers, purposes) are read and checked by the
 * UI, which loads `readConfig()` with it.
 * Returns the config and whether anything was wrong; when something was, the SDK loads the
 * diagnostics chunk, whose `readConfig()` names each problem. A test keeps both readers equal.
 */
export function readCoreConfig(input: unknown): [CoreConfig, boolean] {
  let ok = true;
  const val = <T>(v: unknown, test: (v: any) => boolean, def: T): T => (v === undefined ? def : test(v) ? (v as T) : ((ok = false), def));
  const obj = (v: unknown): Obj => val(v, isObj, {});
  const list = (v: unknown): unknown[] => val(v, Array.isArray, []);
  const pattern = (p: unknown) => (isStr(p) && compilePattern(p)) || ((ok = false), undefined);
  const patterns = (v: unknown) => list(v).map(pattern).filter((m): m is NameMatcher => !!m);

  function parts(o: Obj) {
    const cookies: NameMatcher[] = [];
    const paths: string[] = [];
    for (const c of list(o.cookies)) {
      const d = isObj(c);
      const m = pattern(d ? c.name : c);
      if (d) val(c.path, isStr, '');
      if (m) cookies.push(m);
      if (m && d && isStr(c.path) && c.path) paths.push(c.path);
    }
    return { cookies, storage: patterns(o.storage), paths };
  }

  function service(name: string, v: unknown): CoreService | undefined {
    if (!isName(name)) return void (ok = false);
    if (isStr(v)) {
      const known = has(SERVICE_PATTERNS, v) ? SERVICE_PATTERNS[v] : ((ok = false), undefined);
      const compile = (s = '') => s.split(' ').filter(Boolean).map((p) => compilePattern(p)!);
      return { name, cookies: compile(known?.[0]), storage: compile(known?.[1]), paths: [] };
    }
    return { name, ...parts(val(v, isObj, {} as Obj)) };
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
  const name = val(cookie.name, (v) => isStr(v) && /^[!#-'*+.^`|~\w-]+$/.test(v), DEFAULT_COOKIE_NAME);
  const domain = val<string | undefined>(cookie.domain, (v) => isStr(v) && /^\.?[\w-]+(\.[\w-]+)*$/.test(v), undefined);
  const path = val(cookie.path, (v) => isStr(v) && /^\/[^;\s]*$/.test(v), '/');

  const ep = root.endpoint;
  const e = isStr(ep) ? { url: ep } : obj(ep);
  const url = val(e.url, isStr, '');
  if (ep !== undefined && !url) ok = false;

  const cm = root.consentMode;
  const m = isBool(cm) ? {} : obj(cm);
  const region = val(m.region, (v) => Array.isArray(v) && v.every(isStr), [] as string[]);
  const map = val(m.map, (v) => isObj(v) && Object.values(v).every((t) => Array.isArray(t) && t.every(isStr)), DEFAULT_CONSENT_MODE_MAP);

  const ui = obj(root.ui);
  const layout: string = val(ui.layout, (v) => v == 'box' || v == 'bar', 'box');
  let position: string = val(ui.position, (v) => /^(top|bottom)(-(left|right))?$/.test(v), 'bottom-right');
  position = layout == 'bar' ? position.split('-')[0] : position.includes('-') ? position : position + '-right';

  const config: CoreConfig = {
    revision: val(root.revision, (v) => Number.isInteger(v) && v >= 0, 0),
    categories,
    cookie: { name, expiresAfterDays: Math.min(days, MAX_EXPIRES_AFTER_DAYS), domain, path },
    endpoint: url ? url : undefined,
    consentMode: cm === true || isObj(cm)
      ? {
          mode: val(m.mode, (v) => v == 'basic' || v == 'advanced', 'basic'),
          waitForUpdate: val(m.waitForUpdate, (v) => Number.isInteger(v) && v >= 0, 500),
          region,
          urlPassthrough: val(m.urlPassthrough, isBool, false),
          uet: val(m.uet, isBool, false),
          map,
        }
      : undefined,
    nonce: val(root.nonce, isStr, undefined),
    reloadOnWithdraw: val(root.reloadOnWithdraw, isBool, false),
    hideFromBots: val(root.hideFromBots, isBool, true),
    debug: val(root.debug, isBool, false),
    ui: { position, revisitButton: val(ui.revisitButton, isBool, true) },
    transformRecord: val(root.transformRecord, (v) => typeof v == 'function', undefined),
  };
  return [config, ok && days <= MAX_EXPIRES_AFTER_DAYS];
}

import { DEFAULT_CONSENT_MODE_MAP, DEFAULT_COOKIE_NAME, DEFAULT_EXPIRES_AFTER_DAYS, MAX_EXPIRES_AFTER_DAYS } from './defaults';
import type { CatalogueEntry } from '../catalogue/catalogueEntry';
import { createConfigReader, type ConfigReader } from './createConfigReader';
import type { RawProblem } from './rawProblem';

export type { RawProblem };
import { has } from './names';
import type { ResolvedConfig } from './resolvedConfig';
import { isObj, isStr, type Obj } from './guards';
import { plainConfig } from './plainConfig';
import { readCategories } from './readCategories';

/** Translation keys of earlier versions that nothing shows now (the disclosure is titled by `category.services`). */
const RETIRED_KEYS = ['category.showServices', 'category.hideServices'];

/**
 * Reads untrusted config (JSON element, `window.consentryConfig`, `init()` argument) into a
 * complete one: every key present, each bad value replaced by its safe default and passed to
 * `report`, and every key nobody read reported as unknown. Never throws (it reads a `plainConfig()`
 * copy: throwing getters, Proxies and prototypes stay out); what it cannot use
 * allows nothing non-necessary.
 */
export function readConfig(input: unknown, report: Report, catalogue?: (id: string) => CatalogueEntry | undefined): ResolvedConfig {
  const r = createConfigReader(report);
  const { get } = r;
  const root = r.at(plainConfig(input) ?? undefined, '', 'R');
  const controller = r.section(root, 'controller');
  const categories = readCategories(r, root, report, catalogue);
  const cookie = readCookie(r, r.section(root, 'cookie'), report);
  const config: ResolvedConfig = {
    revision: get(root, 'revision', 'v', 0),
    privacyPolicyUrl: get(root, 'privacyPolicyUrl', 'U', ''),
    language: get(root, 'language', 's'),
    controller: { name: get(controller, 'name', 's', ''), contact: get(controller, 'contact', 's', '') },
    categories,
    cookie,
    endpoint: readEndpoint(r, root, report),
    consentMode: readConsentMode(r, root),
    nonce: get(root, 'nonce', 's'),
    reloadOnWithdraw: get(root, 'reloadOnWithdraw', 'b', false),
    hideFromBots: get(root, 'hideFromBots', 'b', true),
    debug: get(root, 'debug', 'b', false),
    autoBlock: get(root, 'autoBlock', 'b', false),
    ui: readUi(r, r.section(root, 'ui')),
    translations: get(root, 'translations', 'T', {}),
    transformRecord: get(root, 'transformRecord', 'f'),
  };
  // Texts no version shows any more: a notice, not an error (old configs keep working).
  for (const lang in config.translations) for (const key of RETIRED_KEYS) if (has(config.translations[lang], key)) report(`translations.${lang}.${key}`, 'K');
  r.unread();
  return config;
}

type Report = (...p: RawProblem) => void;

function readCookie({ get }: ConfigReader, cookie: Obj, report: Report): ResolvedConfig['cookie'] {
  let days = get(cookie, 'expiresAfterDays', 'n', DEFAULT_EXPIRES_AFTER_DAYS);
  if (days > MAX_EXPIRES_AFTER_DAYS) report('cookie.expiresAfterDays', 'x', days, (days = MAX_EXPIRES_AFTER_DAYS));
  let name = get(cookie, 'name', 's', DEFAULT_COOKIE_NAME);
  if (!/^[!#-'*+.^`|~\w-]+$/.test(name)) report('cookie.name', 'C', name, (name = DEFAULT_COOKIE_NAME));
  let domain = get<string>(cookie, 'domain', 's');
  if (domain !== undefined && !/^\.?[\w-]+(\.[\w-]+)*$/.test(domain)) report('cookie.domain', 'D', domain, (domain = undefined));
  let path = get(cookie, 'path', 's', '/');
  if (!/^\/[^;\s]*$/.test(path)) report('cookie.path', 'P', path, (path = '/'));
  return { name, expiresAfterDays: days, domain, path };
}

/** `endpoint`: an object, or a URL as a shorthand. */
function readEndpoint({ get, at, touch }: ConfigReader, root: Obj, report: Report): ResolvedConfig['endpoint'] {
  const ep = root.endpoint;
  touch(root, 'endpoint');
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
  return url ? options : undefined;
}

/** `consentMode`: an object, or true (the defaults) or false (off). */
function readConsentMode({ get, at, touch }: ConfigReader, root: Obj): ResolvedConfig['consentMode'] {
  const cm = root.consentMode;
  touch(root, 'consentMode');
  const m = at(typeof cm == 'boolean' ? {} : cm, 'consentMode', 'G');
  const mode: ResolvedConfig['consentMode'] = {
    mode: get(m, 'mode', '|basic|advanced', 'basic'),
    waitForUpdate: get(m, 'waitForUpdate', 'i', 500),
    region: get(m, 'region', 'A', []),
    urlPassthrough: get(m, 'urlPassthrough', 'b', false),
    uet: get(m, 'uet', 'b', false),
    map: get(m, 'map', 'M', DEFAULT_CONSENT_MODE_MAP),
  };
  return cm === true || isObj(cm) ? mode : undefined;
}

function readUi({ get }: ConfigReader, ui: Obj): ResolvedConfig['ui'] {
  const layout = get<string>(ui, 'layout', '|box|bar', 'box') as 'box' | 'bar';
  let position: string = get(ui, 'position', '|bottom-right|bottom-left|top-right|top-left|bottom|top', 'bottom-right');
  // A bar spans the width: a corner position means its edge.
  position = layout == 'bar' ? (position.startsWith('top') ? 'top' : 'bottom') : position.includes('-') ? position : position + '-right';
  return {
    layout,
    position: position as ResolvedConfig['ui']['position'],
    theme: get(ui, 'theme', '|auto|light|dark', 'auto'),
    revisitButton: get(ui, 'revisitButton', 'b', true),
    blockPage: get(ui, 'blockPage', 'b', false),
  };
}

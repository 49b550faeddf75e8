import type { CatalogueEntry } from '../catalogue/catalogueEntry';
import type { ConfigReader } from './createConfigReader';
import { DEFAULT_CATEGORIES, DEFAULT_GPC_CATEGORY, NECESSARY } from './defaults';
import { isObj, isStr, type Obj } from './guards';
import { isName, isServiceName } from './names';
import { compilePattern } from './patterns';
import type { RawProblem } from './rawProblem';
import type { ResolvedCategory, ResolvedService } from './resolvedConfig';

type Report = (...p: RawProblem) => void;
type Catalogue = (id: string) => CatalogueEntry | undefined;

/** The site's categories, in its order, with `necessary` always first and always on. */
export function readCategories(r: ConfigReader, root: Obj, report: Report, catalogue?: Catalogue): ResolvedCategory[] {
  const given = root.categories;
  const cats = r.section(root, 'categories');
  const categories = [readCategory(r, NECESSARY, cats[NECESSARY], report, catalogue)];
  for (const name of isObj(given) ? Object.keys(cats) : DEFAULT_CATEGORIES) {
    r.touch(cats, name);
    if (name == NECESSARY) continue;
    else if (isName(name)) categories.push(readCategory(r, name, cats[name], report, catalogue));
    else report(`categories.${name}`, 'N');
  }
  return categories;
}

function readService(r: ConfigReader, name: string, v: unknown, path: string, report: Report, catalogue?: Catalogue): ResolvedService | undefined {
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
  const o = r.at(v, path, 'O');
  const s: ResolvedService = {
    name,
    label: r.get(o, 'label', 's', name),
    cookies: r.cookieRules(o, 'cookies'),
    storage: r.patterns(o, 'storage'),
    indexedDB: r.patterns(o, 'indexedDB'),
    hosts: r.get(o, 'hosts', 'A', []),
  };
  for (const k of ['provider', 'purpose'] as const) s[k] = r.get(o, k, 's');
  s.privacyPolicyUrl = r.get(o, 'privacyPolicyUrl', 'U');
  return s;
}

function readCategory(r: ConfigReader, name: string, v: unknown, report: Report, catalogue?: Catalogue): ResolvedCategory {
  const o = r.at(v ?? {}, `categories.${name}`);
  const necessary = name == NECESSARY;
  const svcs = r.section(o, 'services');
  const services: ResolvedService[] = [];
  for (const s in svcs) {
    r.touch(svcs, s);
    const svc = readService(r, s, svcs[s], `categories.${name}.services.${s}`, report, catalogue);
    if (svc) services.push(svc);
  }
  return {
    name,
    necessary,
    // `necessary` is never sale/sharing: it cannot be switched off.
    gpc: r.get(o, 'gpc', 'b', name == DEFAULT_GPC_CATEGORY) && !necessary,
    label: r.get(o, 'label', 's'),
    description: r.get(o, 'description', 's'),
    cookies: r.cookieRules(o, 'cookies'),
    storage: r.patterns(o, 'storage'),
    indexedDB: r.patterns(o, 'indexedDB'),
    hosts: r.get(o, 'hosts', 'A', []),
    services,
  };
}

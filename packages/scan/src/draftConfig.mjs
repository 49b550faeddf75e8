import { catalogueServices, compileName, nameMatches } from './catalogueServices.mjs';

/** "2 years", "3 months", "24 hours", "Session": what a cookie table says about a lifetime. */
export function describeLifetime(seconds) {
  if (seconds == null) return 'Session';
  const units = [
    ['year', 365 * 86400],
    ['month', 30 * 86400],
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
  ];
  for (const [unit, size] of units) {
    const n = Math.round(seconds / size);
    if (n >= 1 && seconds >= size * 0.95) return `${n} ${unit}${n == 1 ? '' : 's'}`;
  }
  return 'Under a minute';
}

/** A catalogue cookie description ("_ga_<container-id>") as a matcher. */
const describedMatcher = (name) => compileName('/^' + name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/<[^>]+>/g, '.+') + '$/');

/** A plain object (not an array, null or a primitive): what the draft may write into. */
const isPlain = (v) => !!v && typeof v == 'object' && !Array.isArray(v);

/** A category's services, `{}` when it has none that can be read. */
const servicesOf = (cat) => (isPlain(cat) && isPlain(cat.services) ? cat.services : {});

/** A category's services, made an object first when they are none. */
const writableServices = (cat) => (isPlain(cat.services) ? cat.services : (cat.services = {}));

/** The unclassified category of a draft: found, not matched to anything, for the owner to place. */
const UNCLASSIFIED = {
  label: 'Unclassified',
  description: 'Found by consentry-scan and not matched to a service: move each to the category it belongs in, or declare it necessary.',
};

/**
 * A draft Consentry config from a scan: the page's own config with its hand-written cookie,
 * storage and IndexedDB declarations replaced by what the scan saw. Each cookie, storage key or
 * database goes where the page declares it, else under the held element (category and service)
 * whose script or frame set it, else to the catalogue service whose pattern matches (named by
 * catalogue name in the catalogue's category for it; the catalogue declares its cookies), else to
 * `unclassified`. A request to a catalogue service's host adds that service the same way.
 * Consentry's own consent cookie and storage are left out (Consentry lists them itself).
 */
export function draftConfig(report) {
  const catalogue = catalogueServices();
  const found = report.pages.find((p) => p.config)?.config;
  // A page may give anything (`consentryConfig = 5`, `categories: "x"`): Consentry then runs on its
  // defaults, and the draft starts from an empty object there. Values that are no objects are skipped,
  // and replaced only where the draft must write into them.
  const config = isPlain(found) ? structuredClone(found) : {};
  if (!isPlain(config.categories)) config.categories = {};
  const categories = config.categories;
  if (!isPlain(categories.necessary)) categories.necessary = {};
  for (const cat of Object.values(categories)) {
    if (!isPlain(cat)) continue;
    delete cat.cookies;
    delete cat.storage;
    delete cat.indexedDB;
    for (const s of Object.values(servicesOf(cat)))
      if (isPlain(s)) {
        delete s.cookies;
        delete s.storage;
        delete s.indexedDB;
      }
  }
  const category = (name) => (isPlain(categories[name]) ? categories[name] : (categories[name] = name == 'unclassified' ? { ...UNCLASSIFIED } : {}));
  /** The service key (any category) that already stands for catalogue service `name`. */
  const catalogueKey = (name) => {
    for (const [c, cat] of Object.entries(categories))
      for (const [key, s] of Object.entries(servicesOf(cat))) if (s === name || (key == name && typeof s == 'string')) return [c, key];
    return null;
  };

  // One declaration per name; the state after Accept all first: everything the site sets is there.
  const order = ['accept', 'none', 'reject'];
  const seen = new Set();
  const findings = report.pages
    .flatMap((p) => order.flatMap((s) => p.states[s]?.findings ?? []))
    .filter((f) => f.status != 'consentry' && (f.kind != 'request' || f.status == 'known'))
    .filter((f) => !seen.has(f.kind + f.name) && seen.add(f.kind + f.name));

  for (const f of findings) {
    if (f.kind == 'request') {
      // A request to a catalogue service's host: that service, referenced by name (its hosts come with it).
      if (!catalogueKey(f.catalogue)) writableServices(category(f.category))[f.catalogue] = f.catalogue;
      continue;
    }
    const place = f.status == 'declared' ? f : (f.heldBy ?? (f.status == 'known' ? null : { category: 'unclassified', service: null }));
    const svc = f.catalogue && catalogue.find((s) => s.name == f.catalogue);
    if (!place) {
      // A catalogue service: referenced by name, its patterns cover the cookie.
      if (!catalogueKey(f.catalogue)) writableServices(category(f.category))[f.catalogue] = f.catalogue;
      continue;
    }
    const cat = category(place.category);
    let target = cat;
    if (place.service) {
      const services = writableServices(cat);
      const s = services[place.service];
      // A catalogue reference whose patterns already match needs nothing more.
      if (typeof s == 'string' && svc?.name == s) continue;
      target = isPlain(s) ? s : typeof s == 'string' ? cat : (services[place.service] = {});
    }
    if (f.kind != 'cookie') {
      const list = f.kind == 'database' ? 'indexedDB' : 'storage';
      if (!(target[list] ||= []).includes(f.name)) target[list].push(f.name);
      continue;
    }
    const described = svc?.described.find((d) => nameMatches(describedMatcher(d.name), f.name));
    const decl = { name: f.name };
    const provider = target.provider || svc?.provider;
    if (provider) decl.provider = provider;
    const purpose = described?.purpose || target.purpose;
    if (purpose) decl.purpose = purpose;
    decl.duration = describeLifetime(f.lifetimeSeconds);
    if (f.domain?.startsWith('.')) decl.domain = f.domain.slice(1);
    if (f.path && f.path != '/') decl.path = f.path;
    (target.cookies ||= []).push(decl);
  }
  return config;
}

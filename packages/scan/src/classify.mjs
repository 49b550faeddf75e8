import { readConfig } from '@consentry/core/readConfig';
import { catalogueServices, hostMatches, nameMatches } from './catalogueServices.mjs';

/** Consentry's own storage: the records outbox backup and its IndexedDB database. */
const OWN_STORAGE = /^consentry(-|$)/;

/** Where each kind of finding is declared: the config's and the catalogue's pattern lists. */
const LIST_OF = { cookie: 'cookies', storage: 'storage', database: 'indexedDB' };

/** The host of a URL, or '' for one without. */
function hostOfUrl(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** A URL (relative ones against `base`) without its query and fragment, or '' when it is none. */
function urlWithoutQuery(url, base) {
  try {
    const u = new URL(url, base);
    return u.origin + u.pathname;
  } catch {
    return '';
  }
}

/**
 * Classifies findings of one page against its Consentry config (as the page gives it; `null`
 * without one) and the catalogue:
 * - `consentry`: Consentry's own consent cookie and storage (necessary);
 * - `declared`: matches a category's or service's declaration (necessary only in `necessary`); a
 *   service named by catalogue id (`"ph": "posthog"`) declares what its catalogue entry matches;
 * - `known`: undeclared, but a catalogue service's pattern (a request: its hosts) matches
 *   (`catalogue` names it, `category` is the catalogue's category for it);
 * - `unknown`: neither.
 * Requests to another site are `declared` when a held element of the page loads that URL, a script
 * of one sends it, or the config's `hosts` cover its host; a request to the config's records
 * `endpoint` (resolved against `pageUrl`) is Consentry's own, as its cookie is.
 * `heldBy` is the category (and service) of the held element whose script or frame made it, if any.
 */
export function createClassifier(configInput, consentryFound, held = [], pageUrl = undefined) {
  const problems = [];
  const config = consentryFound || configInput ? readConfig(configInput ?? {}, (...p) => problems.push(p)) : null;
  const endpoint = config?.endpoint?.url && urlWithoutQuery(config.endpoint.url, pageUrl);
  const catalogue = catalogueServices();
  const byId = new Map(catalogue.map((s) => [s.name, s]));
  const heldAt = (url) => url && held.find((h) => h.url && (h.url == url || url.startsWith(h.url + '#')));
  const matchers = (x, list) => (list == 'cookies' ? x.cookies.map((r) => r.match) : x[list]);
  /** A config service's own patterns, and its catalogue entry's when it names one (Node reads no entry files). */
  const serviceMatchers = (s, list) => [...matchers(s, list), ...((s.catalogue && byId.get(s.catalogue)?.[list]) || [])];
  const serviceHosts = (s) => [...s.hosts, ...((s.catalogue && byId.get(s.catalogue)?.hosts) || [])];

  /** The category (and service) of the config that declares `name` in `list`, or `null`. */
  function declaration(list, name) {
    for (const cat of config?.categories ?? []) {
      if (matchers(cat, list).some((m) => nameMatches(m, name))) return { category: cat.name, service: null, necessary: cat.necessary };
      for (const s of cat.services)
        if (serviceMatchers(s, list).some((m) => nameMatches(m, name)))
          return { category: cat.name, service: s.name, catalogue: s.catalogue, necessary: cat.necessary };
    }
    return null;
  }

  /** The category (and service) of the config whose `hosts` cover `host`, or `null`. */
  function hostDeclaration(host) {
    for (const cat of config?.categories ?? []) {
      for (const s of cat.services)
        if (hostMatches(serviceHosts(s), host)) return { category: cat.name, service: s.name, catalogue: s.catalogue, necessary: cat.necessary };
      if (hostMatches(cat.hosts, host)) return { category: cat.name, service: null, necessary: cat.necessary };
    }
    return null;
  }

  function classifyRequest(f, heldBy) {
    // Consentry posting its consent records: the endpoint may be on another site (design.md, "Consent records endpoint").
    if (endpoint && urlWithoutQuery(f.name) == endpoint) return { ...f, status: 'consentry', category: 'necessary', necessary: true, heldBy };
    const host = hostOfUrl(f.name);
    const svc = host && catalogue.find((s) => hostMatches(s.hosts, host));
    const known = svc ? { catalogue: svc.name } : {};
    const own = heldAt(f.name);
    const h = own ? { category: own.category, service: own.service } : heldBy;
    if (h) return { ...f, status: 'declared', ...known, ...h, necessary: h.category == 'necessary', heldBy };
    const d = config && host && hostDeclaration(host);
    if (d) return { ...f, status: 'declared', ...known, ...d, heldBy };
    if (svc) return { ...f, status: 'known', catalogue: svc.name, category: svc.category, necessary: false, heldBy };
    return { ...f, status: 'unknown', necessary: false, heldBy };
  }

  function classify(f) {
    const by = heldAt(f.setBy);
    const heldBy = by ? { category: by.category, service: by.service } : null;
    if (f.kind == 'request') return classifyRequest(f, heldBy);
    const list = LIST_OF[f.kind];
    if (config) {
      if (f.kind == 'cookie' ? f.name == config.cookie.name : f.kind == 'database' ? f.name == 'consentry' : OWN_STORAGE.test(f.name))
        return { ...f, status: 'consentry', category: 'necessary', necessary: true, heldBy };
      const d = declaration(list, f.name);
      if (d) return { ...f, status: 'declared', ...d, heldBy };
    }
    const svc = catalogue.find((s) => s[list].some((m) => nameMatches(m, f.name)));
    if (svc) return { ...f, status: 'known', catalogue: svc.name, category: svc.category, necessary: false, heldBy };
    return { ...f, status: 'unknown', necessary: false, heldBy };
  }
  return { classify, config, problems };
}

/** Before a decision and after Reject all, anything not necessary is a violation; after Accept all nothing is. */
export const isViolation = (state, f) => state != 'accept' && !f.necessary;

/** One line of what a finding is, for the report: "declared (analytics.ga)", "undeclared, known: catalogue service hotjar (analytics)". */
export function describeStatus(f) {
  const where = f.category ? f.category + (f.service ? '.' + f.service : '') : '';
  if (f.status == 'consentry') return 'Consentry (necessary)';
  if (f.status == 'declared') return `declared (${where})`;
  if (f.status == 'known') return `undeclared, known: catalogue service ${f.catalogue} (${f.category})`;
  return f.heldBy ? `undeclared, from held ${f.heldBy.category}${f.heldBy.service ? '.' + f.heldBy.service : ''}` : 'unknown';
}

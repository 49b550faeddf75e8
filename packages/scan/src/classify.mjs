import { readConfig } from '@consentry/core/readConfig';
import { catalogueServices, nameMatches } from './catalogueServices.mjs';

/** Consentry's own storage: the records outbox backup and its IndexedDB database. */
const OWN_STORAGE = /^consentry(-|$)/;

/**
 * Classifies findings of one page against its Consentry config (as the page gives it; `null`
 * without one) and the catalogue:
 * - `consentry`: Consentry's own consent cookie and storage (necessary);
 * - `declared`: matches a category's or service's declaration (necessary only in `necessary`);
 * - `known`: undeclared, but a catalogue service's pattern matches (`catalogue` names it);
 * - `unknown`: neither.
 * Requests to another site are `declared` when a held element of the page loads that URL, else unknown.
 * `heldBy` is the category (and service) of the held element whose script or frame made it, if any.
 */
export function createClassifier(configInput, consentryFound, held = []) {
  const problems = [];
  const config = consentryFound || configInput ? readConfig(configInput ?? {}, (...p) => problems.push(p)) : null;
  const catalogue = catalogueServices();
  const heldAt = (url) => url && held.find((h) => h.url && (h.url == url || url.startsWith(h.url + '#')));

  function declaration(kind, name) {
    const matchers = (x) => (kind == 'cookie' ? x.cookies.map((r) => r.match) : x.storage);
    for (const cat of config?.categories ?? []) {
      if (matchers(cat).some((m) => nameMatches(m, name))) return { category: cat.name, service: null, necessary: cat.necessary };
      for (const s of cat.services)
        if (matchers(s).some((m) => nameMatches(m, name))) return { category: cat.name, service: s.name, catalogue: s.catalogue, necessary: cat.necessary };
    }
    return null;
  }

  function classify(f) {
    const by = heldAt(f.setBy);
    const heldBy = by ? { category: by.category, service: by.service } : null;
    if (f.kind == 'request') {
      const own = heldAt(f.name);
      const h = own ? { category: own.category, service: own.service } : heldBy;
      return h ? { ...f, status: 'declared', ...h, necessary: h.category == 'necessary', heldBy } : { ...f, status: 'unknown', necessary: false, heldBy };
    }
    if (config) {
      if (f.kind == 'cookie' ? f.name == config.cookie.name : f.kind == 'database' ? f.name == 'consentry' : OWN_STORAGE.test(f.name))
        return { ...f, status: 'consentry', category: 'necessary', necessary: true, heldBy };
      const d = declaration(f.kind == 'cookie' ? 'cookie' : 'storage', f.name);
      if (d) return { ...f, status: 'declared', ...d, heldBy };
    }
    const kind = f.kind == 'cookie' ? 'cookies' : 'storage';
    const svc = f.kind != 'database' && catalogue.find((s) => s[kind].some((m) => nameMatches(m, f.name)));
    if (svc) return { ...f, status: 'known', catalogue: svc.name, category: svc.category, necessary: false, heldBy };
    return { ...f, status: 'unknown', necessary: false, heldBy };
  }
  return { classify, config, problems };
}

/** Before a decision and after Reject all, anything not necessary is a violation; after Accept all nothing is. */
export const isViolation = (state, f) => state != 'accept' && !f.necessary;

/** One line of what a finding is, for the report: "declared (analytics.ga)", "undeclared, known: catalogue service hotjar". */
export function describeStatus(f) {
  const where = f.category ? f.category + (f.service ? '.' + f.service : '') : '';
  if (f.status == 'consentry') return 'Consentry (necessary)';
  if (f.status == 'declared') return `declared (${where})`;
  if (f.status == 'known') return `undeclared, known: catalogue service ${f.catalogue}`;
  return f.heldBy ? `undeclared, from held ${f.heldBy.category}${f.heldBy.service ? '.' + f.heldBy.service : ''}` : 'unknown';
}

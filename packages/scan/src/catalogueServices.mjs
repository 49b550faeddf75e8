import { SERVICE_CATEGORIES, SERVICE_DESCRIPTIONS, SERVICE_PATTERNS } from '@consentry/core/catalogue';

/** `"/^_ga/i"` → RegExp, any other string → exact name (the same rule as the SDK's config). */
export function compileName(pattern) {
  const m = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  if (!m) return pattern;
  try {
    return new RegExp(m[1], m[2].replace(/[gy]/g, ''));
  } catch {
    return undefined;
  }
}

export const nameMatches = (matcher, name) => (typeof matcher == 'string' ? matcher === name : matcher.test(name));

const compileList = (s) => (s || '').split(' ').filter(Boolean).map(compileName).filter(Boolean);

/** Does `host` match one of `hosts`: `"x.com"` that host only, `"*.x.com"` any of its subdomains (as the SDK's network guard reads them)? */
export const hostMatches = (hosts, host) => hosts.some((h) => (h.startsWith('*.') ? host.endsWith(h.slice(1)) : h == host));

/**
 * Every service of the built-in catalogue, read each call from `@consentry/core/catalogue`, so
 * services added there are matched without a change here: name, label, provider, category (the
 * catalogue's `SERVICE_CATEGORIES`), cookie, storage and IndexedDB patterns, hosts, and the cookie
 * descriptions (name, duration, purpose). A service the category table misses (a catalogue entry
 * added without one) lands in `marketing`: the strictest guess, for the site owner to review.
 */
export function catalogueServices() {
  return Object.entries(SERVICE_PATTERNS).map(([name, [cookies, storage, indexedDB, hosts]]) => {
    const d = SERVICE_DESCRIPTIONS[name] || {};
    return {
      name,
      label: d.label || name,
      provider: d.provider,
      purpose: d.purpose,
      privacyPolicyUrl: d.privacyPolicyUrl,
      category: SERVICE_CATEGORIES[name] || 'marketing',
      cookies: compileList(cookies),
      storage: compileList(storage),
      indexedDB: compileList(indexedDB),
      hosts: (hosts || '').split(' ').filter(Boolean),
      described: d.cookies || [],
    };
  });
}

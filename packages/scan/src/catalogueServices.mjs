import { SERVICE_DESCRIPTIONS, SERVICE_PATTERNS } from '@consentry/core/catalogue';

/**
 * The category a catalogue service belongs in when the catalogue entry does not say (it says
 * nothing today). A service added to the catalogue later and missing here lands in `marketing`:
 * the strictest guess, for the site owner to review in the draft.
 */
const CATEGORY_OF = {
  'google-analytics': 'analytics',
  'google-tag-manager': 'analytics',
  hotjar: 'analytics',
  'microsoft-clarity': 'analytics',
  matomo: 'analytics',
  'google-ads': 'marketing',
  'meta-pixel': 'marketing',
  'linkedin-insight': 'marketing',
  'tiktok-pixel': 'marketing',
  youtube: 'marketing',
  vimeo: 'marketing',
  'google-maps': 'functional',
  'google-fonts': 'functional',
};

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

/**
 * Every service of the built-in catalogue, read each call from `@consentry/core/catalogue`, so
 * services added there are matched without a change here: name, label, provider, category, cookie
 * and storage patterns, and the cookie descriptions (name, duration, purpose).
 */
export function catalogueServices() {
  return Object.entries(SERVICE_PATTERNS).map(([name, [cookies, storage]]) => {
    const d = SERVICE_DESCRIPTIONS[name] || {};
    return {
      name,
      label: d.label || name,
      provider: d.provider,
      purpose: d.purpose,
      privacyPolicyUrl: d.privacyPolicyUrl,
      category: d.category || CATEGORY_OF[name] || 'marketing',
      cookies: compileList(cookies),
      storage: compileList(storage),
      described: d.cookies || [],
    };
  });
}

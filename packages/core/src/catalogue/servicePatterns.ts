/**
 * Cookie and storage-key patterns of the built-in service catalogue. They drive the cookie
 * guard and clearing on every page view, so they live in the main file, space-separated to
 * stay small. Descriptions (provider, purpose, duration, links) load with the UI.
 * Only first-party names are listed: third-party cookies are out of a page's reach.
 */
export const SERVICE_PATTERNS: Record<string, [cookies: string, storage?: string]> = {
  'google-analytics': ['/^_ga($|_)/ _gid /^_gat/ /^_dc_gtm_/'],
  'google-tag-manager': ['/^_dc_gtm_/'],
  'google-ads': ['/^_gcl_/ /^_gac_/'],
  'meta-pixel': ['_fbp _fbc'],
  hotjar: ['/^_hj/', '/^_?hj/'],
  'microsoft-clarity': ['_clck _clsk'],
  matomo: ['/^_pk_/ /^mtm_/ /^matomo_sessid$/i', '/^matomo/'],
  'linkedin-insight': ['li_fat_id li_giant'],
  'tiktok-pixel': ['_ttp /^_tt_/ /^ttcsid/ /^_?ttclid$/', '/^tt_/'],
  youtube: [''],
  vimeo: [''],
  'google-maps': [''],
  'google-fonts': [''],
};

/** Languages Consentry ships texts for. */
export const builtInLanguages = ['en', 'nb', 'nn', 'sv', 'da', 'fi', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt', 'ar'] as const;

/** A language Consentry ships texts for. */
export type BuiltInLanguage = (typeof builtInLanguages)[number];

/**
 * Complete texts, kept in step with every change (design.md). Like every other language, each is
 * a chunk of the script-tag build, loaded when picked; English is the per-key fallback.
 */
export const firstClassLanguages = ['en', 'nb'] as const satisfies readonly BuiltInLanguage[];

/** Scripts written right to left, by primary language subtag. */
const RTL = ['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug'];

/** Whether a language is written right to left (`ar`, and `he`, `fa`, `ur`… should they be added). */
export const isRtl = (lang: string): boolean => RTL.includes(primarySubtag(lang));

/** The `dir` attribute for a language's UI root. */
export const textDirection = (lang: string): 'rtl' | 'ltr' => (isRtl(lang) ? 'rtl' : 'ltr');

/** `"nb-NO"` → `"nb"`, `"pt_BR"` → `"pt"`: the primary subtag, lower case. */
export const primarySubtag = (tag: string): string => tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The language a tag stands for, for matching config keys: `no`, `no-NO`, `nb-NO` → `nb`;
 * `nn-NO`, `no-nyn` → `nn`; otherwise the primary subtag (`de-AT` → `de`).
 */
export const canonicalLanguage = (tag: string): string => {
  const t = tag.trim().toLowerCase().replace(/_/g, '-');
  if (t == 'no-nyn' || t.startsWith('no-nyn-')) return 'nn';
  const base = primarySubtag(t);
  return base == 'no' ? 'nb' : base;
};

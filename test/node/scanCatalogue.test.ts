// consentry-scan's view of the catalogue (issue 17): every catalogue service's category comes from
// the catalogue itself (`SERVICE_CATEGORIES`), and is the one docs/configuration.md lists for it;
// findings are matched by cookie, storage, IndexedDB and host patterns, as the SDK reads them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVICE_CATEGORIES } from '../../packages/core/src/model/catalogue/serviceCategories';
import { catalogueIds } from '../../packages/core/src/model/catalogue/catalogueEntry';

interface CatalogueService {
  name: string;
  category: string;
  hosts: string[];
}
const scan: { catalogueServices(): CatalogueService[] } = await import('../../packages/scan/src/index.mjs' as string);
const classifier: {
  createClassifier(config: unknown, found: boolean): { classify(f: { kind: string; name: string; setBy?: string | null }): Record<string, unknown> };
  isViolation(state: string, f: Record<string, unknown>): boolean;
} = await import('../../packages/scan/src/classify.mjs' as string);

/** docs/configuration.md, "The service catalogue": `- **analytics**: `id`, `id`…` → id → category. */
function documentedCategories() {
  const doc = readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8');
  const section = doc.slice(doc.indexOf('## The service catalogue'), doc.indexOf('## Name rules'));
  const out: Array<[string, string]> = [];
  for (const [, category, list] of section.matchAll(/^- \*\*(\w+)\*\*: (.+)$/gm)) for (const [, id] of list!.matchAll(/`([^`]+)`/g)) out.push([id!, category!]);
  return out;
}

describe('consentry-scan and the catalogue', () => {
  it('given every catalogue id, its category should be the one docs/configuration.md lists (once) and the one the scanner uses', () => {
    const documented = documentedCategories();
    expect(documented.map(([id]) => id).sort()).toEqual(catalogueIds().sort());
    const byId = new Map(scan.catalogueServices().map((s) => [s.name, s.category]));
    for (const [id, category] of documented) {
      expect(SERVICE_CATEGORIES[id], id).toBe(category);
      expect(byId.get(id), id).toBe(category);
    }
  });

  it('given the new analytics services, the scanner should no longer fall back to marketing', () => {
    const byId = new Map(scan.catalogueServices().map((s) => [s.name, s.category]));
    for (const id of ['posthog', 'mixpanel', 'amplitude', 'segment', 'heap', 'snowplow', 'datadog-rum']) expect(byId.get(id), id).toBe('analytics');
    expect(byId.get('google-fonts')).toBe('functional');
    expect(byId.get('criteo')).toBe('marketing');
  });

  it('given findings of each kind, it should name the catalogue service and its category: cookie, storage key, IndexedDB database, request host', () => {
    const { classify } = classifier.createClassifier(null, false);
    const known = (kind: string, name: string) => {
      const f = classify({ kind, name, setBy: null });
      return [f.status, f.catalogue, f.category];
    };
    expect(known('cookie', 'ph_phc_x_posthog')).toEqual(['known', 'posthog', 'analytics']);
    expect(known('storage', 'ajs_user_traits')).toEqual(['known', 'segment', 'analytics']);
    expect(known('database', 'mixpanelBrowserDb')).toEqual(['known', 'mixpanel', 'analytics']);
    expect(known('database', 'AMP_unsent_x')).toEqual(['known', 'amplitude', 'analytics']);
    expect(known('request', 'https://us.i.posthog.com/e/?ip=1')).toEqual(['known', 'posthog', 'analytics']);
    expect(known('request', 'https://fonts.gstatic.com/s/inter.woff2')).toEqual(['known', 'google-fonts', 'functional']);
    // `*.x.com` is the subdomains only; a look-alike host is not the vendor's.
    expect(known('request', 'https://mixpanel.com/')).toEqual(['unknown', undefined, undefined]);
    expect(known('request', 'https://evilposthog.com/')).toEqual(['unknown', undefined, undefined]);
  });

  it("given a config naming a catalogue service, what that entry matches (hosts included) should be declared in the config's category", () => {
    const { classify } = classifier.createClassifier(
      { categories: { functional: { services: { fonts: 'google-fonts' } }, analytics: { services: { ph: 'posthog' }, hosts: ['stats.example.com'] } } },
      true,
    );
    expect(classify({ kind: 'request', name: 'https://fonts.googleapis.com/css2?family=Inter' })).toMatchObject({
      status: 'declared',
      category: 'functional',
      service: 'fonts',
      catalogue: 'google-fonts',
    });
    expect(classify({ kind: 'cookie', name: 'ph_phc_x_posthog' })).toMatchObject({ status: 'declared', category: 'analytics', service: 'ph' });
    expect(classify({ kind: 'request', name: 'https://stats.example.com/hit' })).toMatchObject({ status: 'declared', category: 'analytics', service: null });
  });

  it('given a host the config lists in necessary, a request to it should be declared necessary: no violation before consent, unlike the same request undeclared', () => {
    const request = { kind: 'request', name: 'https://cdn.example.net/app.js' };
    const declared = classifier.createClassifier({ categories: { necessary: { hosts: ['cdn.example.net'] } } }, true).classify(request);
    expect(declared).toMatchObject({ status: 'declared', category: 'necessary', necessary: true });
    expect(classifier.isViolation('none', declared)).toBe(false);
    expect(classifier.isViolation('none', classifier.createClassifier({}, true).classify(request))).toBe(true);
  });
});

// Issue 18's property-based config fuzz in Chromium, against the built files: the same seeded
// hostile configs as the Node/happy-dom half (test/support/hostileConfigs.ts), each given to a
// fresh Consentry as window.consentryConfig in its own frame (its own window, realm and
// Object.prototype), a batch of frames per page load. Each frame must end with window.Consentry,
// no exception, the banner showing, nothing non-necessary allowed, and only http(s) links.
import { describe, expect, it } from 'vitest';
import { hostileCase } from '../support/hostileConfigs';
import { useBrowser } from './harness';

const h = useBrowser();
const CASES = 300;
const BATCH = 30;

interface FrameResult {
  seed: number;
  setup?: string;
  errors: string[];
  started: boolean;
  banner: boolean;
  allowed: string[];
  links: string[];
}

describe(`given ${CASES} hostile configs (seeded), each in a fresh frame`, () => {
  it('every frame starts Consentry, throws nothing, shows the banner, allows nothing non-necessary and links only http(s)', async () => {
    const path = h.page({ head: '', body: '' });
    const context = await h.newContext();
    const failures: string[] = [];
    let links = 0;
    for (let first = 1; first <= CASES; first += BATCH) {
      const cases = Array.from({ length: Math.min(BATCH, CASES - first + 1) }, (_, i) => hostileCase(first + i));
      const { page } = await h.open(path, { context });
      const results: FrameResult[] = await page.evaluate(async (cases) => {
        const frames = cases.map((c) => {
          const f = document.createElement('iframe');
          f.style.cssText = 'width:480px;height:360px';
          // "</" would end the inline script early: a string in the config may hold "</script>".
          const config = c.config.replace(/<\//g, '<\\/');
          f.srcdoc = `<!doctype html><html lang="en"><head><script>
window.__errors = [];
addEventListener('error', (e) => __errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => __errors.push('unhandled: ' + String(e.reason && e.reason.message || e.reason)));
try { ${c.before} window.consentryConfig = (${config}); } catch (e) { window.__setup = String(e); }
</script><script src="/consentry/consentry.min.js"></script></head><body><p>page</p></body></html>`;
          document.body.append(f);
          return f;
        });
        const names = [
          'functional',
          'analytics',
          'marketing',
          'ghost',
          'constructor',
          'toString',
          'analytics.ga',
          'services',
          'url',
          'privacyPolicyUrl',
          'debug',
          'nonce',
          'cookies',
        ];
        const read = (f: HTMLIFrameElement, seed: number): FrameResult & { done: boolean } => {
          const w = f.contentWindow as any;
          const doc = f.contentDocument!;
          const links: string[] = [];
          const walk = (root: Document | ShadowRoot) => {
            root.querySelectorAll('a[href]').forEach((a) => links.push((a as HTMLAnchorElement).href));
            root.querySelectorAll('*').forEach((el) => el.shadowRoot && walk(el.shadowRoot));
          };
          walk(doc);
          const ui = doc.querySelector('consentry-ui:not([data-placeholder])');
          const box = ui?.shadowRoot?.querySelector('.banner')?.getBoundingClientRect();
          const banner = !!box && box.width > 0 && box.height > 0;
          const c = w.Consentry;
          return {
            seed,
            setup: w.__setup,
            errors: [...(w.__errors || [])],
            started: typeof c == 'object' && !!c,
            banner,
            allowed: c
              ? names
                  .filter((n) => {
                    try {
                      return c.isAllowed(n) === true;
                    } catch {
                      return true;
                    }
                  })
                  .concat(c.getConsent() ? ['(a decision)'] : [])
              : [],
            links,
            done: banner || !!w.__setup,
          };
        };
        const deadline = Date.now() + 15000;
        let out = frames.map((f, i) => read(f, cases[i].seed));
        while (out.some((r) => !r.done) && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 100));
          out = frames.map((f, i) => read(f, cases[i].seed));
        }
        return out;
      }, cases);
      await page.close();
      for (const r of results) {
        const c = cases.find((x) => x.seed == r.seed)!;
        const where = `seed ${r.seed}: ${c.before} ${c.config.slice(0, 400)}`;
        if (r.setup) continue; // the page's own expression threw before Consentry: nothing to test
        links += r.links.length;
        const bad = [
          ...r.errors.map((e) => `error: ${e}`),
          ...(r.started ? [] : ['no window.Consentry']),
          ...(r.banner ? [] : ['no banner']),
          ...r.allowed.map((n) => `allowed before a decision: ${n}`),
          ...r.links.filter((l) => !/^https?:/.test(l)).map((l) => `rendered link ${l}`),
        ];
        if (bad.length) failures.push(`${where}\n  ${bad.join('\n  ')}`);
      }
    }
    expect(failures).toEqual([]);
    expect(links, 'the fuzz rendered links at all').toBeGreaterThan(CASES / 4);
  }, 180_000);
});

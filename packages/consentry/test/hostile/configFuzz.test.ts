// Issue 18's property-based config fuzz, the Node/happy-dom half (the Chromium half runs the built
// files: test/browser/configFuzz.test.ts). Thousands of seeded hostile configs (test/support/
// hostileConfigs.ts), some in a polluted Object.prototype, each asserting: nothing throws, there is
// no decision and nothing non-necessary is allowed before one, the banner renders, and every URL
// Consentry would render (banner link, service links in the dialog) is http(s) or relative.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { evaluate, hostileCase, HOSTILE_URLS } from '../../../../test/support/hostileConfigs';
import { createEngine } from '../../../core/src/engine/createEngine';
import { configProblems } from '../../../core/src/chunks/diagnostics';
import { normalizeConfig } from '../../../core/src/model/config/normalizeConfig';
import { createTestEnv, deleteDatabase } from '../../../core/test/support/createTestEnv';
import { Banner } from '../../../ui/src/banner/Banner';
import { readUiOptions } from '../../../ui/src/config/readUiOptions';
import { createTranslator } from '../../../ui/src/i18n/translate';
import { bannerTexts } from '../../../ui/src/i18n/layerTexts';
import { dialogModel } from '../../../ui/src/dialog/dialogModel';

const CASES = 2000;
const NAMES = [
  'analytics',
  'marketing',
  'functional',
  'ads',
  'ghost',
  'constructor',
  'toString',
  '__proto__',
  'analytics.ga',
  'analytics.ghost',
  'ghost.ghost',
  'url',
  'services',
];
const isWeb = (href: string) => /^https?:$/.test(new URL(href, 'https://site.test/page').protocol);

/** Every string under a key named url or href in a model (the dialog renders these as links). */
function urlsIn(v: unknown, out: string[] = [], seen = new Set<unknown>()): string[] {
  if (!v || typeof v != 'object' || seen.has(v)) return out;
  seen.add(v);
  for (const [k, x] of Object.entries(v)) {
    if ((k == 'url' || k == 'href') && typeof x == 'string') out.push(x);
    else urlsIn(x, out, seen);
  }
  return out;
}

beforeAll(async () => {
  await deleteDatabase();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterAll(() => vi.restoreAllMocks());

describe(`given ${CASES} hostile configs (seeded), some in a polluted Object.prototype`, () => {
  it('nothing throws, nothing non-necessary is allowed before a decision, the banner renders, and every rendered URL is http(s) or relative', () => {
    const tr = createTranslator('en');
    let links = 0;
    let refused = 0;
    for (let seed = 1; seed <= CASES; seed++) {
      const c = hostileCase(seed);
      const where = `seed ${seed}: ${c.before} ${c.config}`;
      if (c.before) evaluate(`(() => { ${c.before} })()`);
      try {
        const input = evaluate(c.config);
        const engine = createEngine(input, createTestEnv());
        expect(engine.api.getConsent(), where).toBeNull();
        for (const n of [...NAMES, ...engine.config.categories.map((x) => x.name)])
          expect(engine.api.isAllowed(n), `${where} isAllowed(${n})`).toBe(n == 'necessary');
        expect(() => configProblems(input), where).not.toThrow();

        // The banner, as mountUI builds it.
        const [options] = readUiOptions(engine.input);
        options.privacyPolicyUrl = engine.config.privacyPolicyUrl;
        const el = Banner({
          texts: bannerTexts(tr.t, { controllerName: '', privacyPolicyUrl: options.privacyPolicyUrl, gpc: false }),
          label: 'Cookie consent',
          options,
          onAcceptAll() {},
          onRejectAll() {},
          onCustomize() {},
        });
        expect(el.querySelectorAll('button').length, where).toBe(3);
        const hrefs = [...el.querySelectorAll('a')].map((a) => a.getAttribute('href') || '');
        // The dialog's links come from the full config.
        const full = normalizeConfig(input).config;
        hrefs.push(...urlsIn(dialogModel(full, tr)), full.privacyPolicyUrl);
        for (const href of hrefs.filter(Boolean)) {
          links++;
          expect(isWeb(href), `${where}: rendered ${JSON.stringify(href)}`).toBe(true);
        }
        if (HOSTILE_URLS.some((u) => c.config.includes(JSON.stringify(u)))) refused++;
      } finally {
        if (c.after) evaluate(`(() => { ${c.after} })()`);
      }
    }
    // The generator really produced links and hostile URLs (a fuzz that never meets them proves nothing).
    expect(links).toBeGreaterThan(CASES / 2);
    expect(refused).toBeGreaterThan(CASES / 4);
  }, 120_000);
});

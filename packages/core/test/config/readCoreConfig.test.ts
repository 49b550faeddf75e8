import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/model/config/describeProblem';
import { normalizeConfig } from '../../src/model/config/normalizeConfig';
import { type RawProblem, readConfig } from '../../src/model/config/readConfig';
import { readCoreConfig } from '../../src/model/config/readCoreConfig';

// The main file reads config with the lean readCoreConfig(); the diagnostics chunk (and npm tooling)
// with readConfig(). These tests keep the two equal on what the main file uses, and make sure the
// lean reader flags a config exactly when the full one finds a problem it must explain.

/** Problems the lean reader does not look for: display-only keys (the UI reads them), `autoBlock` (the guards chunk reads it) and unknown keys. */
const DISPLAY_ONLY =
  /^(autoBlock|language|translations|controller\.|ui\.(theme|blockPage)|endpoint\.(headers|credentials|timeoutMs|maxQueue))|^categories\..*\.(label|description|provider|purpose|privacyPolicyUrl|duration|domain)$/;

function coreView(input: unknown) {
  // As the script tag's diagnostics chunk reads it: without the catalogue (entries load on their own).
  const raw: RawProblem[] = [];
  const config = readConfig(input, (...p) => raw.push(p));
  const problems = raw.map((p) => ({ path: p[0], message: describeProblem(p) }));
  const matchers = (rules: Array<{ match: unknown }>) => rules.map((r) => r.match);
  const paths = (rules: Array<{ path?: string }>) => rules.flatMap((r) => (r.path ? [r.path] : []));
  return {
    view: {
      revision: config.revision,
      privacyPolicyUrl: config.privacyPolicyUrl,
      cookie: config.cookie,
      endpoint: config.endpoint?.url,
      consentMode: config.consentMode,
      nonce: config.nonce,
      reloadOnWithdraw: config.reloadOnWithdraw,
      hideFromBots: config.hideFromBots,
      debug: config.debug,
      ui: { position: config.ui.position, revisitButton: config.ui.revisitButton },
      transformRecord: config.transformRecord,
      categories: config.categories.map((c) => ({
        name: c.name,
        necessary: c.necessary,
        gpc: c.gpc,
        cookies: matchers(c.cookies),
        storage: c.storage,
        indexedDB: c.indexedDB,
        hosts: c.hosts,
        paths: paths(c.cookies),
        services: c.services.map((s) => ({
          name: s.name,
          catalogue: s.catalogue,
          cookies: matchers(s.cookies),
          storage: s.storage,
          indexedDB: s.indexedDB,
          hosts: s.hosts,
          paths: paths(s.cookies),
        })),
      })),
    },
    problems: problems.filter((p) => !DISPLAY_ONLY.test(p.path) && !/unknown option|only "necessary"/.test(p.message)),
  };
}

// One-item arrays of valid words (["bar"]) read as the word with == or RegExp.test: they must still be refused.
const VALUES: unknown[] = [
  undefined,
  null,
  0,
  -1,
  1.5,
  3,
  500,
  1e15 - 1,
  1e15,
  2 ** 60,
  '',
  'x',
  'bar',
  'top',
  'top-left',
  '/',
  '/shop',
  '/^_ga/',
  '/[/',
  true,
  false,
  [],
  ['a'],
  [5],
  ['bar'],
  ['top'],
  ['advanced'],
  ['_x'],
  {},
  { name: '_x', path: '/p' },
  { a: ['b'] },
  () => 1,
];
const pick = (r: () => number) => VALUES[Math.floor(r() * VALUES.length)];

/** A seeded random config touching every key the lean reader reads, with good and bad values. */
function randomConfig(seed: number): Record<string, unknown> {
  let x = seed;
  const r = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const maybe = (v: () => unknown) => (r() < 0.5 ? v() : undefined);
  const service = () =>
    r() < 0.4
      ? r() < 0.7
        ? 'google-analytics'
        : 'nope'
      : {
          cookies: maybe(() => [pick(r), '_y', { name: pick(r), path: pick(r) }]),
          storage: maybe(() => [pick(r)]),
          indexedDB: maybe(() => [pick(r)]),
          hosts: maybe(() => pick(r)),
          label: maybe(() => pick(r)),
        };
  const category = () =>
    r() < 0.15
      ? pick(r)
      : {
          gpc: maybe(() => pick(r)),
          cookies: maybe(() => (r() < 0.2 ? pick(r) : [pick(r), { name: '_c', path: pick(r) }])),
          storage: maybe(() => [pick(r)]),
          indexedDB: maybe(() => (r() < 0.2 ? pick(r) : [pick(r)])),
          hosts: maybe(() => pick(r)),
          services: maybe(() => (r() < 0.2 ? pick(r) : { ga: service(), 'bad.name': service(), s2: service() })),
        };
  return {
    revision: maybe(() => pick(r)),
    privacyPolicyUrl: maybe(() =>
      r() < 0.5
        ? pick(r)
        : ['/privacy', 'https://x.example/p', 'javascript:alert(1)', ' JaVa\tScRiPt:x', 'data:text/html,x', '//cdn.example/p', 'ftp://x/c'][
            Math.floor(r() * 7)
          ],
    ),
    nonce: maybe(() => pick(r)),
    reloadOnWithdraw: maybe(() => pick(r)),
    hideFromBots: maybe(() => pick(r)),
    debug: maybe(() => pick(r)),
    autoBlock: maybe(() => pick(r)),
    transformRecord: maybe(() => pick(r)),
    cookie: maybe(() =>
      r() < 0.2
        ? pick(r)
        : {
            name: maybe(() => pick(r)),
            expiresAfterDays: maybe(() => pick(r)),
            domain: maybe(() => (r() < 0.5 ? 'example.com' : pick(r))),
            path: maybe(() => pick(r)),
          },
    ),
    endpoint: maybe(() =>
      r() < 0.3
        ? pick(r)
        : {
            url: maybe(() =>
              r() < 0.5 ? pick(r) : ['https://c.example/r', '/consent', 'javascript:alert(1)', 'ftp://x/c', 'vbscript:x'][Math.floor(r() * 5)],
            ),
          },
    ),
    consentMode: maybe(() =>
      r() < 0.4
        ? pick(r)
        : {
            mode: maybe(() => (r() < 0.5 ? 'advanced' : pick(r))),
            waitForUpdate: maybe(() => pick(r)),
            region: maybe(() => pick(r)),
            urlPassthrough: maybe(() => pick(r)),
            uet: maybe(() => pick(r)),
            map: maybe(() => pick(r)),
          },
    ),
    ui: maybe(() => (r() < 0.2 ? pick(r) : { layout: maybe(() => pick(r)), position: maybe(() => pick(r)), revisitButton: maybe(() => pick(r)) })),
    categories: maybe(() => (r() < 0.1 ? pick(r) : { necessary: maybe(category), analytics: category(), marketing: maybe(category), 'x.y': maybe(category) })),
  };
}

describe('readCoreConfig (the main file) and readConfig (diagnostics)', () => {
  it('given the defaults, when read, they should agree and find nothing wrong', () => {
    const [core, ok] = readCoreConfig(undefined);
    expect(ok).toBe(true);
    expect(core).toEqual(coreView(undefined).view);
  });

  it('given 3000 random configs with good and bad values, when read, they should agree, and the lean reader should flag exactly the configs with a problem it must have explained', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const input = randomConfig(seed);
      const [core, ok] = readCoreConfig(input);
      const { view, problems } = coreView(input);
      expect(core, `seed ${seed}: ${JSON.stringify(input)}`).toEqual(view);
      expect(ok, `seed ${seed}: ${JSON.stringify(input)} → ${JSON.stringify(problems)}`).toBe(problems.length == 0);
    }
  });

  it('given a display-only problem or an unknown key, when read by the lean reader, it should not flag (the UI chunk and debug mode report those)', () => {
    expect(readCoreConfig({ ui: { theme: 5 }, language: 3, typo: 1 })[1]).toBe(true);
    expect(normalizeConfig({ ui: { theme: 5 }, language: 3, typo: 1 }).problems).toHaveLength(3);
  });
});

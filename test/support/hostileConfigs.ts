/**
 * A seeded generator of hostile Consentry configs, as JavaScript source so the same cases run in
 * Node/happy-dom (`evaluate()`) and in Chromium (inside a page): JSON-like configs and JavaScript
 * objects with hostile values (other URL schemes, inherited names, BigInt, symbols, functions),
 * throwing getters, Proxies (throwing, revoked), null prototypes, frozen objects, cycles, and
 * prototype-polluted environments. The same seed always gives the same cases.
 */

/** mulberry32: small, seeded, good enough to spread cases. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface HostileCase {
  seed: number;
  /** Runs before Consentry (pollutes Object.prototype), or ''. */
  before: string;
  /** Undoes `before`, or ''. */
  after: string;
  /** A JavaScript expression for the config. */
  config: string;
}

export const HOSTILE_URLS = [
  'javascript:alert(1)',
  ' javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '\x01javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'ftp://x.example/c',
  'http://',
  'file:///etc/passwd',
];
const GOOD_URLS = ['/privacy', 'https://x.example/privacy', '//cdn.example/p', 'privacy.html'];
const NAMES = [
  'analytics',
  'marketing',
  'functional',
  'necessary',
  'ads',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__proto__',
  'ghost',
  'a.b',
  'a b',
  '1x',
  '',
];
const POLLUTERS = ['ghost', 'analytics', 'services', 'cookies', 'debug', 'url', 'nonce', 'privacyPolicyUrl'];

export function hostileCase(seed: number): HostileCase {
  const r = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)];
  const chance = (p: number) => r() < p;
  const str = (s: string) => JSON.stringify(s);

  const primitive = () =>
    pick([
      'undefined',
      'null',
      '0',
      '-1',
      '1.5',
      '3',
      '1e15',
      '2**60',
      'NaN',
      '""',
      '"x"',
      '"/^_ga/"',
      '"/[/"',
      'true',
      'false',
      '10n',
      'Symbol("s")',
      '() => 1',
      '[]',
      '["a"]',
      '[5]',
      '{}',
      str(pick(HOSTILE_URLS)),
      str(pick(GOOD_URLS)),
      str(pick(NAMES)),
    ]);

  // Keys are computed ([name]): "__proto__" is then an own key, as JSON.parse makes it, not a prototype.
  /** Wraps an object expression in something hostile (or not). */
  function hostile(obj: string): string {
    if (!chance(0.35)) return obj;
    return pick([
      `Object.assign(Object.create(null), ${obj})`,
      `new Proxy(${obj}, {})`,
      `new Proxy(${obj}, { get() { throw new Error('get trap') } })`,
      `new Proxy(${obj}, { ownKeys() { throw new Error('ownKeys trap') } })`,
      `new Proxy(${obj}, { getOwnPropertyDescriptor() { throw new Error('descriptor trap') } })`,
      `Object.defineProperty(${obj}, ${str(pick(['label', 'url', 'name', 'services', 'revision', 'cookies', 'x']))}, { enumerable: true, get() { throw new Error('getter') } })`,
      `Object.assign(${obj}, { [Symbol('s')]: 1 })`,
      `(() => { const p = Proxy.revocable(${obj}, {}); p.revoke(); return p.proxy })()`,
      `Object.freeze(${obj})`,
      `(() => { const o = ${obj}; o.self = o; return o })()`,
      `Object.assign(Object.create(null), ${obj}, { big: 1n })`,
    ]);
  }
  const value = (good: () => string) => (chance(0.6) ? good() : primitive());
  const object = (entries: Array<[string, () => string]>) =>
    hostile(
      `{ ${entries
        .filter(() => chance(0.6))
        .map(([k, v]) => `${str(k)}: ${v()}`)
        .join(', ')} }`,
    );
  const url = () => str(chance(0.5) ? pick(HOSTILE_URLS) : pick(GOOD_URLS));
  const patterns = () =>
    value(
      () => `[${[str('_ga'), str('/^_gid/'), primitive(), `{ name: ${str('_x')}, path: ${value(() => str('/p'))} }`].filter(() => chance(0.6)).join(', ')}]`,
    );
  const service = () =>
    chance(0.3)
      ? str(pick(['google-analytics', 'youtube', 'nope', 'constructor']))
      : object([
          ['label', () => value(() => str('Svc'))],
          ['provider', () => value(() => str('Prov'))],
          ['privacyPolicyUrl', url],
          ['cookies', patterns],
          ['storage', patterns],
        ]);
  const category = () =>
    object([
      ['label', () => value(() => str('Cat'))],
      ['description', () => value(() => str('Text'))],
      ['gpc', () => value(() => pick(['true', 'false']))],
      ['cookies', patterns],
      ['storage', patterns],
      ['services', () => value(() => hostile(`{ ${[...new Set([pick(NAMES), 'ga', pick(NAMES)])].map((n) => `[${str(n)}]: ${service()}`).join(', ')} }`))],
    ]);
  const config = object([
    ['revision', () => value(() => pick(['0', '3', '999999999999999', '1e15', '-1', '"1"']))],
    ['privacyPolicyUrl', url],
    ['language', () => value(() => str(pick(['en', 'nb', 'ar', 'xx', ''])))],
    [
      'controller',
      () =>
        object([
          ['name', () => value(() => str('Site AS'))],
          ['contact', () => value(() => str('a@b.c'))],
        ]),
    ],
    [
      'categories',
      () => value(() => hostile(`{ ${[...new Set([pick(NAMES), pick(NAMES), 'analytics'])].map((n) => `[${str(n)}]: ${category()}`).join(', ')} }`)),
    ],
    [
      'cookie',
      () =>
        object([
          ['name', () => value(() => str(pick(['consentry', 'c c', 'x;y'])))],
          ['expiresAfterDays', () => value(() => pick(['1', '500', '0']))],
          ['domain', () => value(() => str(pick(['example.com', '.', 'a b'])))],
          ['path', () => value(() => str(pick(['/', '/sub', 'x'])))],
        ]),
    ],
    [
      'endpoint',
      () =>
        chance(0.5)
          ? url()
          : object([
              ['url', url],
              ['headers', () => value(() => '{ "x-a": "1" }')],
              ['credentials', () => value(() => str('include'))],
              ['timeoutMs', () => primitive()],
              ['maxQueue', () => primitive()],
            ]),
    ],
    [
      'consentMode',
      () =>
        chance(0.4)
          ? pick(['true', 'false'])
          : object([
              ['mode', () => value(() => str('advanced'))],
              ['waitForUpdate', () => primitive()],
              ['region', () => value(() => '["NO"]')],
              ['urlPassthrough', () => primitive()],
              ['uet', () => primitive()],
              ['map', () => value(() => hostile(`{ ${str(pick(NAMES))}: ["ad_storage"], constructor: ["analytics_storage"] }`))],
            ]),
    ],
    ['nonce', () => primitive()],
    ['reloadOnWithdraw', () => primitive()],
    ['hideFromBots', () => value(() => 'false')],
    ['debug', () => primitive()],
    [
      'ui',
      () =>
        object([
          ['layout', () => value(() => str('bar'))],
          ['position', () => value(() => str('top-left'))],
          ['theme', () => value(() => str('dark'))],
          ['revisitButton', () => primitive()],
          ['blockPage', () => primitive()],
        ]),
    ],
    [
      'translations',
      () => value(() => hostile(`{ en: { "banner.title": ${value(() => str('Hi'))}, "category.showServices": "Show" }, ${str(pick(NAMES))}: ${primitive()} }`)),
    ],
    ['transformRecord', () => value(() => '(r) => r')],
  ]);
  const root = chance(0.05) ? primitive() : config;
  const polluter = chance(0.15) ? pick(POLLUTERS) : '';
  const polluted = polluter && pick(['true', '"javascript:alert(1)"', '["_ga"]', '{ evil: {} }']);
  return {
    seed,
    before: polluter ? `Object.prototype[${str(polluter)}] = ${polluted};` : '',
    after: polluter ? `delete Object.prototype[${str(polluter)}];` : '',
    config: root,
  };
}

/** Evaluates a case's config expression (Node/happy-dom). */
export const evaluate = (source: string): unknown => new Function(`return (${source})`)();

// Turns a bench run (every visit's figures) into docs/performance.md and an SVG bar chart of the same
// run: medians, p90, Consentry ÷ the best peer, and each target of issue 15 as met or not.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const DIST = new URL('../packages/consentry/dist/', import.meta.url);
const BUDGETS = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8'));

/** The q-quantile (0…1) of the numbers, by nearest rank; NaN when there are none. */
export function quantile(values, q) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return v.length ? v[Math.min(v.length - 1, Math.max(0, Math.ceil(q * v.length) - 1))] : NaN;
}
const median = (v) => quantile(v, 0.5);

const fmt = (x, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const kib = (bytes) => (Number.isFinite(bytes) ? (bytes / 1024).toFixed(1) : '–');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);

/** Files a visit fetched, the same in most visits: the most common list wins. */
function usualFiles(visits, key) {
  const counts = new Map();
  for (const v of visits) if (v[key]) counts.set(JSON.stringify(v[key]), (counts.get(JSON.stringify(v[key])) || 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? JSON.parse(best[0]) : [];
}

/**
 * Whether a visit belongs to a condition: a CPU rate (1 or 4) under playwright-core, or 'bare-1' and
 * 'bare-4', the visits through the bare driver (bareVisit.mjs) at that rate.
 */
const under = (v, condition) => (typeof condition == 'string' ? v.driver == 'bare' && `bare-${v.cpu}` == condition : v.cpu == condition && !v.driver);

/** The target rows judged on the bare driver's figures. */
const WITHOUT_DRIVER = (cpu) => `Same, without a driver in the page (bare DevTools pipe, ${cpu}× CPU)`;

/** Median, p90 and count of one figure over some visits. */
const statOf = (visits, key) => ({
  median: median(visits.map((v) => v[key])),
  p90: quantile(
    visits.map((v) => v[key]),
    0.9,
  ),
  n: visits.filter((v) => Number.isFinite(v[key])).length,
});

/** Per tool and CPU rate: medians and p90 of every timing, and the bytes of its files; `bare`: banner and script times through the bare driver. */
export function summarise(run, sizesOf) {
  const byTool = {};
  for (const tool of run.tools) {
    const mine = run.visits.filter((v) => v.tool == tool.id && !v.error && !v.driver);
    const bare = (cpu) => run.visits.filter((v) => v.tool == tool.id && !v.error && under(v, `bare-${cpu}`));
    const bytes = (files) =>
      files.reduce(
        (s, f) => {
          const z = sizesOf(f);
          return z ? { gzip: s.gzip + z.gzip, brotli: s.brotli + z.brotli, raw: s.raw + z.raw } : s;
        },
        { gzip: 0, brotli: 0, raw: 0 },
      );
    const first = usualFiles(mine, 'firstFiles');
    const returning = usualFiles(mine, 'returnFiles');
    const row = {
      ...tool,
      failures: run.visits.filter((v) => v.tool == tool.id && v.error).length,
      firstFiles: first,
      first: bytes(first),
      beforeClick: bytes(usualFiles(mine, 'beforeClickFiles')),
      returningFiles: returning,
      returning: bytes(returning),
      fetchedOnClick: usualFiles(mine, 'fetchedOnClick'),
      bare: {
        banner: { 1: statOf(bare(1), 'bannerMs'), 4: statOf(bare(4), 'bannerMs') },
        script: statOf(bare(1), 'scriptMs'),
        returnScript: statOf(bare(1), 'returnScriptMs'),
      },
    };
    for (const cpu of [1, 4]) {
      const at = mine.filter((v) => v.cpu == cpu);
      const stat = (key) => statOf(at, key);
      row[cpu] = {
        visits: at.length,
        banner: stat('bannerMs'),
        script: stat('scriptMs'),
        tbt: stat('tbtMs'),
        longTasks: stat('longTasks'),
        ownScript: stat('ownScriptMs'),
        heap: stat('heapBytes'),
        cls: { max: Math.max(0, ...at.map((v) => v.cls)), median: median(at.map((v) => v.cls)) },
        accept: stat('acceptMs'),
        acceptReleased: stat('acceptReleasedMs'),
        inp: stat('inpMs'),
        returnScript: stat('returnScriptMs'),
        returnBeforeDcl: at.filter((v) => v.returnReleasedMs != null).length
          ? at.filter((v) => v.returnReleasedMs != null && v.returnReleasedMs <= v.returnDclMs).length / at.filter((v) => v.returnReleasedMs != null).length
          : NaN,
        returnReleased: stat('returnReleasedMs'),
        returnAnalytics: stat('returnAnalyticsMs'),
        returnDcl: stat('returnDclMs'),
      };
    }
    byTool[tool.id] = row;
  }
  return byTool;
}

/** First-visit bytes (gzip) until the banner shows, per language, from the built files. */
export function firstVisitByLanguage() {
  const gz = (f) => gzipSync(readFileSync(new URL(f, DIST)), { level: 9 }).length;
  const base = ['consentry.min.js', ...BUDGETS.firstVisitChunks].reduce((s, f) => s + gz(f), 0);
  const langs = readdirSync(DIST)
    .map((f) => /^consentry-lang-([a-z]+)\.js$/.exec(f)?.[1])
    .filter(Boolean)
    .sort();
  return langs.map((l) => [l, base + gz(`consentry-lang-${l}.js`)]);
}

const PEER = (t) => !t.floor && !t.variant && t.id != 'consentry';
/** Peers with categories and blocking: all but Osano's (one on/off switch, nothing held). */
const LEAN_PEER = (t) => PEER(t) && t.id != 'osano';
/** The one-file floor (Preact + a bare banner): what a banner built the simplest way gets, beside the peers. */
const FLOOR = (t) => t.floor && t.id != 'empty';

/** "; floor: 575 KiB": the one-file floor's figure for a target, when the run has the floor. */
function floorText(rows, say, name = 'floor') {
  const floor = Object.values(rows).find(FLOOR);
  return floor ? `; ${name}: ${say(floor)}` : '';
}

/** The best (lowest) median among the peers, and whose it is. */
function best(rows, get, filter = PEER) {
  let win = null;
  for (const r of Object.values(rows)) {
    if (!filter(r)) continue;
    const x = get(r);
    if (Number.isFinite(x) && (!win || x < win.value)) win = { value: x, id: r.id, label: r.label };
  }
  return win || { value: NaN, id: '–', label: '–' };
}

/**
 * The rounds of a run, each with its visits. Every visit of a round came within a minute or so of
 * the others, so a round holds what the machine's load did to all tools alike. Runs recorded
 * before visits carried their round are cut by position (run.mjs records every visit, failed
 * ones too, round after round).
 */
function roundsOf(run) {
  const perRound = run.tools.length * 2;
  const rounds = new Map();
  run.visits.forEach((v, i) => {
    const r = v.round ?? Math.floor(i / perRound) + 1;
    if (!rounds.has(r)) rounds.set(r, []);
    rounds.get(r).push(v);
  });
  return [...rounds.values()];
}

/** A small seeded generator (mulberry32): the same run gives the same report. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Consentry ÷ the best of `among` for one measure of the visits given: each tool's median, the
 * lowest median among `among` (NaN when Consentry or every one of them lacks the measure).
 */
export function ratioOf(visits, tools, key, cpu, among) {
  const med = (id) => median(visits.filter((v) => v.tool == id && under(v, cpu) && !v.error).map((v) => v[key]));
  const lowest = Math.min(
    ...tools
      .filter(among)
      .map((t) => med(t.id))
      .filter(Number.isFinite),
  );
  return ratio(med('consentry'), lowest);
}

/**
 * How far a ratio of this run can be trusted: the 80 % interval of `ratioOf` over the run's rounds
 * drawn again with replacement (a percentile bootstrap). Rounds, not visits, are drawn, so the
 * load a round had stays with every tool it touched. Two runs whose intervals do not overlap differ
 * by more than this machine's noise.
 */
export function intervalOf(run, key, cpu, among, { draws = 1000, seed = 15 } = {}) {
  const rounds = roundsOf(run);
  const next = random(seed);
  const values = [];
  for (let d = 0; d < draws; d++) {
    const visits = [];
    for (let i = 0; i < rounds.length; i++) visits.push(...rounds[Math.floor(next() * rounds.length)]);
    values.push(ratioOf(visits, run.tools, key, cpu, among));
  }
  return [quantile(values, 0.1), quantile(values, 0.9)];
}

/** "ratio 1.19, 80 % interval 1.05–1.33; floor 0.92" for a target's "Compared with". */
function ratioText(rows, run, key, cpu, get, among) {
  const c = rows.consentry;
  const b = best(rows, get, among);
  const parts = [`ratio ${fmt(ratio(get(c), b.value), 2)}`];
  if (run) {
    const [lo, hi] = intervalOf(run, key, cpu, among);
    parts[0] += `, 80 % interval ${fmt(lo, 2)}–${fmt(hi, 2)}`;
  }
  const floor = best(rows, get, FLOOR);
  if (Number.isFinite(floor.value)) parts.push(`floor ${fmt(ratio(floor.value, b.value), 2)}`);
  return `${b.label} ${fmt(b.value, b.value < 20 ? 1 : 0)} ms (${parts.join('; ')})`;
}

/**
 * The targets of issue 15, each with its figures and whether this run meets it. Given the run,
 * each ratio also gets its 80 % interval (`intervalOf`), and every ratio the floor's own ratio to
 * the same peer: a target the floor misses too is below what a banner built the simplest way gets.
 */
export function targets(rows, run) {
  const c = rows.consentry;
  const out = [];
  const add = (target, mine, other, met) => out.push({ target, mine, other, met });
  if (!c) return out;
  for (const cpu of [1, 4]) {
    const get = (r) => r[cpu].banner.median;
    add(
      `Banner visible ≤ 0.8 × the fastest peer (${cpu}× CPU)`,
      `${fmt(c[cpu].banner.median)} ms`,
      ratioText(rows, run, 'bannerMs', cpu, get, PEER),
      c[cpu].banner.median <= 0.8 * best(rows, get).value,
    );
    const bare = (r) => r.bare.banner[cpu].median;
    if (c.bare.banner[cpu].n)
      add(WITHOUT_DRIVER(cpu), `${fmt(bare(c))} ms`, ratioText(rows, run, 'bannerMs', `bare-${cpu}`, bare, PEER), bare(c) <= 0.8 * best(rows, bare).value);
  }
  const script = (r) => r[1].script.median;
  add(
    'Script time ≤ 0.8 × the leanest peer with categories and blocking (1× CPU)',
    `${fmt(c[1].script.median, 1)} ms`,
    ratioText(rows, run, 'scriptMs', 1, script, LEAN_PEER),
    c[1].script.median <= 0.8 * best(rows, script, LEAN_PEER).value,
  );
  const bareScript = (r) => r.bare.script.median;
  if (c.bare.script.n)
    add(
      WITHOUT_DRIVER(1),
      `${fmt(bareScript(c), 1)} ms`,
      ratioText(rows, run, 'scriptMs', 'bare-1', bareScript, LEAN_PEER),
      bareScript(c) <= 0.8 * best(rows, bareScript, LEAN_PEER).value,
    );
  for (const cpu of [1, 4]) {
    const get = (r) => r[cpu].accept.median;
    add(
      `Accept all → analytics ran ≤ 1.0 × the fastest peer (${cpu}× CPU)`,
      `${fmt(c[cpu].accept.median, 1)} ms`,
      ratioText(rows, run, 'acceptMs', cpu, get, PEER),
      c[cpu].accept.median <= best(rows, get).value,
    );
  }
  add("Click's Event Timing duration (INP) < 50 ms at 4× CPU", `median ${fmt(c[4].inp.median)} ms, p90 ${fmt(c[4].inp.p90)} ms`, '', c[4].inp.p90 < 50);
  const empty = rows.empty?.[1].heap.median ?? NaN;
  const vcc = rows['vanilla-cookieconsent']?.[1].heap.median ?? NaN;
  add(
    "JS heap above the empty page ≤ vanilla-cookieconsent's",
    `${kib(c[1].heap.median - empty)} KiB`,
    `vanilla-cookieconsent ${kib(vcc - empty)} KiB` + floorText(rows, (r) => `${kib(r[1].heap.median - empty)} KiB`),
    c[1].heap.median - empty <= vcc - empty,
  );
  add('CLS 0', `max ${fmt(Math.max(c[1].cls.max, c[4].cls.max), 4)}`, '', c[1].cls.max == 0 && c[4].cls.max == 0);
  const emptyLong = Math.max(rows.empty?.[1].longTasks.median ?? 0, 0);
  add(
    'No long task from Consentry (first visit until the banner has settled)',
    `median ${fmt(c[1].longTasks.median)} at 1×, ${fmt(c[4].longTasks.median)} at 4× (TBT ${fmt(c[1].tbt.median)} / ${fmt(c[4].tbt.median)} ms)`,
    `empty page: ${fmt(emptyLong)} / ${fmt(rows.empty?.[4].longTasks.median)}` +
      floorText(rows, (r) => `${fmt(r[1].longTasks.median)} / ${fmt(r[4].longTasks.median)}`),
    c[1].longTasks.median == 0 && c[4].longTasks.median == 0,
  );
  if (c[4].ownScript.n)
    add(
      "Same, Consentry's own script alone: no run of it 50 ms or longer (median of each visit's longest run)",
      `${fmt(c[1].ownScript.median, 1)} ms at 1×, ${fmt(c[4].ownScript.median, 1)} ms at 4× (p90 ${fmt(c[1].ownScript.p90, 1)} / ${fmt(c[4].ownScript.p90, 1)} ms)`,
      floorText(rows, (r) => `${fmt(r[1].ownScript.median, 1)} / ${fmt(r[4].ownScript.median, 1)} ms`).slice(2),
      c[1].ownScript.median < 50 && c[4].ownScript.median < 50,
    );
  add('Returning visitor: consentry.min.js ≤ 6 KiB gzip', `${c.returning.gzip} B`, '6144 B', c.returning.gzip <= 6144);
  const ownOf = (r) => r[1].returnScript.median - (rows.empty?.[1].returnScript.median ?? 0);
  const own = ownOf(c);
  // The same figure for the leanest peer with categories and blocking, and for the floor (one cookie
  // read, the held script put in): how far 5 ms is from what a peer, and the simplest banner, get.
  const leanest = best(rows, ownOf, LEAN_PEER);
  add(
    "Returning visitor: Consentry's own script time ≤ 5 ms median (page − empty page, 1× CPU)",
    `${fmt(own, 1)} ms`,
    `page ${fmt(c[1].returnScript.median, 1)} ms, empty ${fmt(rows.empty?.[1].returnScript.median, 1)} ms; the leanest peer's own: ${leanest.label} ${fmt(leanest.value, 1)} ms` +
      floorText(rows, (r) => `${fmt(ownOf(r), 1)} ms`, "the floor's own"),
    own <= 5,
  );
  const bareOwnOf = (r) => r.bare.returnScript.median - (rows.empty?.bare.returnScript.median ?? 0);
  if (c.bare.returnScript.n) {
    const leanestBare = best(rows, bareOwnOf, LEAN_PEER);
    add(
      WITHOUT_DRIVER(1),
      `${fmt(bareOwnOf(c), 1)} ms`,
      `page ${fmt(c.bare.returnScript.median, 1)} ms, empty ${fmt(rows.empty?.bare.returnScript.median, 1)} ms; the leanest peer's own: ${leanestBare.label} ${fmt(leanestBare.value, 1)} ms` +
        floorText(rows, (r) => `${fmt(bareOwnOf(r), 1)} ms`, "the floor's own"),
      bareOwnOf(c) <= 5,
    );
  }
  add(
    'Returning visitor: held script released before DOMContentLoaded ends',
    `${fmt(100 * c[1].returnBeforeDcl)} % of visits at 1×, ${fmt(100 * c[4].returnBeforeDcl)} % at 4×`,
    `released at ${fmt(c[1].returnReleased.median)} ms (ran at ${fmt(c[1].returnAnalytics.median)} ms), DCL end ${fmt(c[1].returnDcl.median)} ms (medians, 1×)`,
    c[1].returnBeforeDcl == 1 && c[4].returnBeforeDcl == 1,
  );
  const langs = firstVisitByLanguage();
  const worst = langs.reduce((a, b) => (b[1] > a[1] ? b : a));
  add('First visit ≤ 14 KiB gzip until the banner shows, every language (moonshot 12 KiB)', `largest: ${worst[0]} ${worst[1]} B`, '14336 B', worst[1] <= 14336);
  return out;
}

const ROWS = [
  ['Banner visible (ms)', (r, cpu) => r[cpu].banner],
  ['Script time (ms)', (r, cpu) => r[cpu].script],
  ['Total blocking time (ms)', (r, cpu) => r[cpu].tbt],
  ['Long tasks (count)', (r, cpu) => r[cpu].longTasks],
  ['Longest run of its own script (ms)', (r, cpu) => r[cpu].ownScript],
  ['JS heap after GC (KiB)', (r, cpu) => r[cpu].heap, 1 / 1024],
  ['Accept all → analytics ran (ms)', (r, cpu) => r[cpu].accept],
  ['Accept all → held script put in (ms)', (r, cpu) => r[cpu].acceptReleased],
  ["Click's Event Timing duration (ms)", (r, cpu) => r[cpu].inp],
  ['Returning visit: script time (ms)', (r, cpu) => r[cpu].returnScript],
  ['Banner visible, bare driver (ms)', (r, cpu) => r.bare.banner[cpu]],
  ['Script time, bare driver (ms)', (r, cpu) => cpu == 1 && r.bare.script],
  ['Returning visit: script time, bare driver (ms)', (r, cpu) => cpu == 1 && r.bare.returnScript],
];

function timingTable(rows, cpu) {
  const tools = Object.values(rows);
  const head = `| | ${tools.map((t) => t.label).join(' | ')} | Consentry ÷ best peer |\n|---|${tools.map(() => '---|').join('')}---|`;
  // A row is there when the run has its figure (the bare driver's only at normal CPU).
  const lines = ROWS.filter(([, get]) => tools.some((t) => get(t, cpu)?.n)).map(([name, get, scale = 1]) => {
    const cells = tools.map((t) => {
      const s = get(t, cpu);
      return s.n ? `${fmt(s.median * scale, scale == 1 && s.median < 20 ? 1 : 0)} (${fmt(s.p90 * scale, scale == 1 && s.p90 < 20 ? 1 : 0)})` : '–';
    });
    const b = best(rows, (r) => get(r, cpu).median);
    const mine = rows.consentry ? get(rows.consentry, cpu).median : NaN;
    return `| ${name} | ${cells.join(' | ')} | ${fmt(ratio(mine, b.value), 2)} (${b.label}) |`;
  });
  const cls = `| CLS (max) | ${tools.map((t) => fmt(t[cpu].cls.max, 3)).join(' | ')} | |`;
  return [head, ...lines, cls].join('\n');
}

function bytesTable(rows) {
  const tools = Object.values(rows);
  const b = (get) => {
    const win = best(rows, get);
    return `${fmt(ratio(rows.consentry ? get(rows.consentry) : NaN, win.value), 2)} (${win.label})`;
  };
  const line = (name, get) => `| ${name} | ${tools.map((t) => kib(get(t))).join(' | ')} | ${b(get)} |`;
  return [
    `| KiB | ${tools.map((t) => t.label).join(' | ')} | Consentry ÷ best peer |`,
    `|---|${tools.map(() => '---|').join('')}---|`,
    line('First visit until the banner shows, gzip', (t) => t.first.gzip),
    line('same, brotli', (t) => t.first.brotli),
    line('First visit until the click, gzip', (t) => t.beforeClick.gzip),
    line('Returning visit, gzip', (t) => t.returning.gzip),
    line('same, brotli', (t) => t.returning.brotli),
  ].join('\n');
}

/** A horizontal bar chart, one panel per measure, one bar per tool; Consentry's bars stand out. */
export function chart(rows) {
  const tools = Object.values(rows).filter((t) => t.id != 'empty');
  const panels = [
    ['First visit until the banner, KiB gzip', (t) => t.first.gzip / 1024],
    ['Banner visible, ms (1× CPU)', (t) => t[1].banner.median],
    ['Banner visible, ms (4× CPU)', (t) => t[4].banner.median],
    ['Script time, ms (1× CPU)', (t) => t[1].script.median],
    ['Accept all → analytics ran, ms (1× CPU)', (t) => t[1].accept.median],
    ['Accept all → analytics ran, ms (4× CPU)', (t) => t[4].accept.median],
    ['Returning visit script time, ms (1× CPU)', (t) => t[1].returnScript.median],
  ];
  const W = 860;
  const LABEL = 300;
  const BAR = 14;
  const GAP = 4;
  const PANEL = 28 + tools.length * (BAR + GAP) + 14;
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  let y = 10;
  const parts = [];
  for (const [title, get] of panels) {
    const values = tools.map(get);
    const max = Math.max(...values.filter(Number.isFinite), 1e-9);
    parts.push(`<text x="0" y="${y + 16}" font-weight="bold">${esc(title)}</text>`);
    tools.forEach((t, i) => {
      const v = values[i];
      const by = y + 28 + i * (BAR + GAP);
      const w = Number.isFinite(v) ? Math.max(1, ((W - LABEL - 70) * v) / max) : 0;
      const fill = t.id == 'consentry' ? '#1f5fbf' : t.floor ? '#9aa3ad' : '#d08a2e';
      parts.push(`<text x="${LABEL - 8}" y="${by + BAR - 3}" text-anchor="end">${esc(t.label)}</text>`);
      parts.push(`<rect x="${LABEL}" y="${by}" width="${w.toFixed(1)}" height="${BAR}" fill="${fill}"/>`);
      parts.push(`<text x="${(LABEL + w + 6).toFixed(1)}" y="${by + BAR - 3}">${Number.isFinite(v) ? (v < 20 ? v.toFixed(1) : v.toFixed(0)) : 'n/a'}</text>`);
    });
    y += PANEL;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${y}" viewBox="0 0 ${W} ${y}" font-family="system-ui, sans-serif" font-size="12" role="img" aria-label="Consentry beside other consent tools: bytes, banner time, script time, accept time (medians of one bench run)">
<rect width="100%" height="100%" fill="#fff"/>
${parts.join('\n')}
</svg>
`;
}

/** The timing ratios two runs are compared on: measure, CPU rate, and whom Consentry is divided by. */
const KEY_TIMINGS = {
  'banner 1×': ['bannerMs', 1],
  'banner 4×': ['bannerMs', 4],
  'banner 1×, bare driver': ['bannerMs', 'bare-1'],
  'banner 4×, bare driver': ['bannerMs', 'bare-4'],
  'script 1×': ['scriptMs', 1],
  'script, bare driver': ['scriptMs', 'bare-1'],
  'accept 1×': ['acceptMs', 1],
  'accept 4×': ['acceptMs', 4],
};

/** Key ratios of a run, to compare two runs. */
export function keyRatios(rows) {
  const c = rows.consentry;
  if (!c) return {};
  const r = (get) => ratio(get(c), best(rows, get).value);
  return {
    'banner 1×': r((t) => t[1].banner.median),
    'banner 4×': r((t) => t[4].banner.median),
    'banner 1×, bare driver': r((t) => t.bare.banner[1].median),
    'banner 4×, bare driver': r((t) => t.bare.banner[4].median),
    'script 1×': r((t) => t[1].script.median),
    'script, bare driver': r((t) => t.bare.script.median),
    'accept 1×': r((t) => t[1].accept.median),
    'accept 4×': r((t) => t[4].accept.median),
    'first visit gzip': r((t) => t.first.gzip),
  };
}

/** The 80 % interval (`intervalOf`) of each key timing ratio of a run; bytes do not vary. */
export function keyIntervals(run) {
  if (!run.tools.some((t) => t.id == 'consentry')) return {};
  return Object.fromEntries(Object.entries(KEY_TIMINGS).map(([name, [key, cpu]]) => [name, intervalOf(run, key, cpu, PEER)]));
}

/** docs/performance.md and the chart, from one run (and optionally the previous run, to compare). */
export function report(run, { sizesOf, previous } = {}) {
  const rows = summarise(run, sizesOf);
  const t = targets(rows, run);
  const langs = firstVisitByLanguage();
  const peers = run.tools
    .filter(PEER)
    .map((x) => x.pkg && `${x.pkg}@${versionOf(x.pkg)}`)
    .filter(Boolean);
  const ratios = keyRatios(rows);
  const prevRatios = previous ? keyRatios(summarise(previous, sizesOf)) : null;
  const intervals = keyIntervals(run);
  const prevIntervals = previous ? keyIntervals(previous) : {};
  // No interval: '' for bytes (they do not vary), '–' for a ratio the run lacks.
  const span = (i) => (!i ? '' : Number.isFinite(i[0]) ? `${fmt(i[0], 2)}–${fmt(i[1], 2)}` : '–');
  const failures = Object.values(rows)
    .filter((r) => r.failures)
    .map((r) => `${r.label}: ${r.failures}`);
  const markdown = `# Performance: Consentry beside other consent tools

Measured by \`npm run bench\` (bench/ in this repository) on ${run.date.slice(0, 10)}: ${run.rounds} interleaved rounds, each visiting every page once at normal CPU and once at 4× CPU throttling (Chrome DevTools Protocol \`Emulation.setCPUThrottlingRate\`), in a shuffled order, each visit in a fresh browser context. Headless Chromium ${run.chromium} driven by playwright-core${run.visits.some((v) => v.driver) ? ', and once more per round at normal CPU and at 4× through a bare DevTools pipe for banner and script time (see the timings)' : ''}, ${run.cores} cores, ${run.seconds} s. ${machine(run)}

Every page is the same article with four consent categories (necessary + functional, analytics, marketing) and one held analytics script that sets a cookie and may run only after Accept all. Each tool is set up as its docs show; peers come from the npm registry as the bench's dev dependencies (${peers.join(', ')}); c15t's React UI is bundled by esbuild at bench time and runs in its offline mode (its hosted mode needs a backend). Consentry is the built script-tag files in packages/consentry/dist. Pages are served from 127.0.0.1, gzip-compressed, code cacheable (a returning visitor takes it from the cache), HTML not.

![Bar chart of the same run](performance.svg)

## Targets (issue 15)

| Target | Consentry | Compared with | Met |
|---|---|---|---|
${t.map((x) => `| ${x.target} | ${x.mine} | ${x.other} | ${x.met ? 'yes' : '**no**'} |`).join('\n')}

A ratio's 80 % interval comes from drawing the run's rounds again with replacement, 1000 times (a bootstrap), each round's visits kept together: it is how far the ratio moves on this machine. "Floor" is the one-file floor's own ratio to the same peer (Preact and a bare banner, the simplest way to build one): a target the floor misses too asks for less than the simplest banner takes on this page.

## Bytes

${bytesTable(rows)}

Files each tool fetched until its banner showed: ${Object.values(rows)
    .filter((r) => r.firstFiles.length)
    .map((r) => `${r.label}: ${r.firstFiles.map((f) => f.split('/').pop()).join(', ')}`)
    .join(
      '; ',
    )}. Consentry fetched on the click: ${rows.consentry?.fetchedOnClick.length ? rows.consentry.fetchedOnClick.map((f) => f.split('/').pop()).join(', ') : 'nothing'}.

First visit until the banner shows, per language (gzip -9 of the built files: main file + UI chunk + the language's banner texts, English's too):

| ${langs.map(([l]) => l).join(' | ')} |
|${langs.map(() => '---|').join('')}
| ${langs.map(([, b]) => b).join(' | ')} |

## Timings at normal CPU

Median (p90) per visit; "Consentry ÷ best peer" divides by the lowest peer median (floors excluded). Banner visible is \`performance.now()\` in the first animation frame where the banner has a box and is visible (for the empty page: first contentful paint). Script time and heap come from \`Performance.getMetrics\` half a second after the banner showed (heap after a forced GC); until then the bench waits and reads the page through the DevTools protocol only, not through Playwright's in-page helper script, which would sit in the same JS heap (about 500 KiB) and run its own tasks there. Accept all → analytics ran is from the click event to the held script's first line; held script put in is from the click to the moment a runnable script element for it enters the page (the tool's own work, without the file's load, which it cannot speed up). The click is a visitor's: the pointer comes to rest on Accept all, 100 ms later it presses and lets go (trusted input events through the DevTools protocol; not Playwright's \`click()\`, whose hit-target check runs its own script in the page during the pointer events). The click's Event Timing duration is the longest \`event\` entry of the interaction (entries under 16 ms are not reported by the browser; 0 means none reached 16 ms). Long tasks are every task of 50 ms or more on the page's main thread until the banner has settled, whoever's work it was (the browser's style, layout and paint of the banner count too); the longest run of its own script is the longest single run of a script from the page's origin (its files and inline scripts, not the held analytics script, the bench's probe or the driver) that the browser's Long Animation Frames timing reports (runs of 5 ms or more in frames of 50 ms or more; 0: none). Returning visit: a second page view in the same context (consent cookie set, files from the HTTP cache); its held script counts as released when a runnable script element for it enters the page (the browser runs a script put in by code once its file is in, and never holds DOMContentLoaded for it, so "ran" comes after DOMContentLoaded on a short page whatever the tool).

The bare driver's rows: the same page, probe and waits, one first visit and one returning page view per round at normal CPU and one first visit at 4× (until the banner shows), with Chromium started by the bench itself and driven over \`--remote-debugging-pipe\` with only the protocol methods the visit needs (bench/bareChromium.mjs). Why: under playwright-core, Consentry's first \`document.cookie\` read of a page (a synchronous call from the page to the browser, made while the page is still being parsed) took 2–30 ms, and that wait counts as script time and holds up everything Consentry does before its banner. Through the bare driver it takes 0.3–4 ms (median 0.7 ms); the protocol's Runtime domain, which Playwright enables on every page, alone takes it to 2.7–12 ms (median 3.7 ms, 12 first visits each); Playwright attached to a browser started with the bench's own flags gives what its own launch gives (medians 4.5 and 5.1 ms), so its flags are not the cause. Orejime's first read, made later in the page's load: 0.5–4 ms under both, most under 1 ms. A visitor's browser has no driver in it, so these rows are the closer figure; both are kept, and each target is judged on each.

${timingTable(rows, 1)}

## Timings at 4× CPU throttling

${timingTable(rows, 4)}

## Agreement between runs

${
  prevRatios
    ? `Key ratios (Consentry ÷ best peer) of this run and of the previous run (${previous.date.slice(0, 16)}, ${previous.rounds} rounds):

| | ${Object.keys(ratios).join(' | ')} |
|---|${Object.keys(ratios)
        .map(() => '---|')
        .join('')}
| this run | ${Object.values(ratios)
        .map((x) => fmt(x, 2))
        .join(' | ')} |
| previous run | ${Object.keys(ratios)
        .map((k) => fmt(prevRatios[k], 2))
        .join(' | ')} |
| this run, 80 % interval | ${Object.keys(ratios)
        .map((k) => span(intervals[k]))
        .join(' | ')} |
| previous run, 80 % interval | ${Object.keys(ratios)
        .map((k) => span(prevIntervals[k]))
        .join(' | ')} |

${agreement(ratios, prevRatios, intervals, prevIntervals)}`
    : 'No previous run to compare with (the bench keeps the last run in bench/.last-run.json).'
}

## Running it

\`npm run bench\` (8 rounds, under 10 minutes on 2 idle cores; \`npm run bench -- --quick\`: 2 rounds, about 2 minutes) builds the bundled pages (bench/.build), serves them on 127.0.0.1 and writes this page and performance.svg. \`--only consentry,orejime\` limits the tools; \`--variant name=folder\` adds another build of packages/consentry/dist as its own row, visited interleaved with the rest (an A/B test of a change: copy dist aside, change, build, run with \`--variant before=<copy>\`); \`--from bench/.last-run.json --previous bench/.previous-run.json\` writes the report again without visiting. The bench is not part of \`npm test\`; test/node/bench.test.ts checks its pages and report.

${failures.length ? `Visits that failed (not counted): ${failures.join(', ')}.` : 'No visit failed.'}
`;
  return { markdown, svg: chart(rows), rows, targets: t };
}

/** Other processes' share of the CPU while the bench ran above which the run counts as shared. */
const SHARED_CPU = 0.05;
/** Without that share (a run from before it was counted, or not Linux): the load average of the minute before the run. */
const IDLE_LOAD = 0.5;

/**
 * What the machine was doing while the bench ran: other processes' share of its CPU (`otherCpu`,
 * measured from /proc), else the load average of the minute before the run. Other work makes
 * times higher and noisier.
 */
export function machine({ loadBefore, loadAfter, otherCpu }) {
  const [before, after] = [loadBefore.toFixed(1), loadAfter.toFixed(1)];
  const idle = otherCpu == null ? loadBefore < IDLE_LOAD : otherCpu < SHARED_CPU;
  const what =
    otherCpu == null
      ? `load average ${before} before the run, ${after} after`
      : `other processes used ${(otherCpu * 100).toFixed(1)} % of its CPU time during the run; load average ${before} before, ${after} after`;
  return idle
    ? `The machine was otherwise idle (${what}); absolute times still move between runs, ratios within one run less.`
    : `**The machine was shared** (${what}), so absolute times are higher and noisier than on an idle machine; ratios within one run move much less.`;
}

/**
 * Which key ratios two runs agree on (within 20 % of each other), in words; a ratio one run lacks is
 * not agreement. Given both runs' 80 % intervals, a ratio they disagree on is also said to be
 * within the noise (the intervals overlap) or not.
 */
export function agreement(a, b, ia = {}, ib = {}) {
  const keys = Object.keys(a).filter((k) => Number.isFinite(a[k]) && Number.isFinite(b[k]));
  const lacking = Object.keys(a).filter((k) => !keys.includes(k));
  if (!keys.length) return 'Nothing to compare: the two runs share no key ratio (a run limited with `--only`, say).';
  const same = keys.filter((k) => Math.abs(a[k] - b[k]) <= 0.2 * Math.max(a[k], b[k]));
  const differ = keys.filter((k) => !same.includes(k));
  const unknown = lacking.length ? ` Not in both runs: ${lacking.join(', ')}.` : '';
  const overlap = (k) => ia[k] && ib[k] && ia[k][0] <= ib[k][1] && ib[k][0] <= ia[k][1];
  const known = differ.filter((k) => ia[k] && ib[k]);
  const noise = known.length
    ? ` ${[
        known.filter(overlap).length && `Their 80 % intervals overlap on ${known.filter(overlap).join(', ')}: that difference is within this machine's noise.`,
        known.filter((k) => !overlap(k)).length && `They do not overlap on ${known.filter((k) => !overlap(k)).join(', ')}.`,
      ]
        .filter(Boolean)
        .join(' ')}`
    : '';
  return differ.length
    ? `The runs agree (within 20 %) on ${same.join(', ') || 'nothing'}; they **disagree** on ${differ.join(', ')}: on this machine, a timing ratio from one run is not a result.${noise}${unknown}`
    : lacking.length
      ? `The runs agree (within 20 %) on ${same.join(', ')}.${unknown}`
      : "The runs agree: every key ratio is within 20 % of the other run's.";
}

function versionOf(pkg) {
  try {
    return JSON.parse(readFileSync(new URL(`../node_modules/${pkg}/package.json`, import.meta.url), 'utf8')).version;
  } catch {
    return '?';
  }
}

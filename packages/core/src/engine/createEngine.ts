import { NECESSARY, OUTBOX_FLAG } from '../model/config/defaults';
import { has, isName } from '../model/config/names';
import { plainConfig } from '../model/config/plainConfig';
import { readCoreConfig } from '../model/config/readCoreConfig';
import { loadEntry } from './loadCatalogue';
import { decodeDecision } from '../model/consent/cookieCodec';
import { type DecisionAction, effectiveChoices } from '../model/consent/decide';
import type { Decision } from '../model/consent/decision';
import { expiresAt, isStale } from '../model/consent/validity';
import type { Env } from '../env/env';
import { createEmitter } from './createEmitter';
import type { Applier, Chunks, ConsentManager, DecisionContext, Engine, RecordKeeper } from './engine';
import { warn } from '../log';
import { readConsentCookie } from '../model/consent/readConsentCookie';
import type { ConsentChoices, ConsentRecord, ConsentState } from '../types';
import { VERSION } from '../version';
import { isCrawler } from './isCrawler';

/**
 * How long a decision's record waits before the records code loads and keeps it. By then the
 * scripts the decision released have usually run: in the click, the record keeper's code and the
 * database's opening took the main thread between a released script's response and its run (issue
 * 15: Accept all → analytics ran at 4× CPU 58 → 42 ms, 25 interleaved visits, when the keeper
 * waited; with the records code loaded after the wait too, and the record made after the released
 * scripts went in, 43 → 38 ms, and the click's Event Timing 40 → 32 ms, bench A/B of 10 rounds;
 * at 1× level). What a page closed meanwhile loses is the
 * local receipt only: the cookie holds the decision, and a record to send is backed up when made.
 */
export const KEEP_AFTER_MS = 50;

/**
 * Creates the headless engine: normalises config (logging each problem once), reads the stored
 * decision synchronously from the cookie, restores it from IndexedDB when Safari dropped the
 * cookie, and handles decisions, events and other tabs. Never throws into the page.
 * One function: it owns the engine's state (the decision, its cookie value, the consent id), which
 * only `read` and `adopt` here change; parts get the `Engine` it returns, never the state itself.
 */
export function createEngine(input: unknown, anyEnv: Env): Engine {
  // The env fetches chunks by name; what each offers is the engine's contract (engine.ts).
  const env = anyEnv as Env<Chunks>;
  // Every reader (here, the UI, records, diagnostics) reads this copy: it cannot throw or reach a prototype.
  input = plainConfig(input);
  const [config, ok] = readCoreConfig(input);
  /** Words load with the diagnostics chunk; when it cannot load, the code and details are printed for docs/messages.md. */
  const diagnose = (say: (m: Chunks['diagnostics']) => void, ...code: unknown[]) =>
    env.load('diagnostics').then(say, () => warn(...code, '(see docs/messages.md)'));
  /** A problem for the site owner, by code (docs/messages.md). */
  const problem = (code: string, ...args: unknown[]) => diagnose((m) => warn(m.describe(code, ...args)), code, ...args);
  // The words for what is wrong load only when something is (or when debugging).
  if (!ok || config.debug) diagnose((m) => m.warnConfig(input), 'config');
  const days = config.cookie.expiresAfterDays;
  // Crawlers and servers get no consent: decisions are ignored.
  const crawler = env.server || (config.hideFromBots && isCrawler(env.userAgent));
  const emitter = createEmitter(env.dispatch, problem);
  let keeper: Promise<RecordKeeper> | undefined;
  /** The last decision's keep; none yet on this page. */
  let kept: Promise<unknown> | undefined;
  /** The records code, loaded on first need; a failed load is retried next time. */
  const records = () =>
    (keeper ||= env.load('records').then(
      (m) => m.createRecordKeeper(engine),
      (e) => {
        keeper = undefined;
        return Promise.reject(e);
      },
    ));
  /** Reads kept data only from a database that exists: reading must not create it. */
  const readKept = <T>(fn: (k: RecordKeeper) => Promise<T>, none: T) =>
    env
      .storeExists()
      .then((yes) => (yes ? records().then(fn) : none))
      .catch(() => none);
  const appliers: Array<Applier> = [];

  let decision: Decision | null = null;
  let raw: string | undefined;
  /** The consent id: kept from a stored decision (even a stale one), made on the first decision, new after reset. */
  let id = '';
  let state: ConsentState | null = null;

  const toState = (d: Decision): ConsentState => ({
    consentId: d.consentId,
    revision: d.revision,
    timestamp: new Date(d.decidedAt).toISOString(),
    expires: new Date(expiresAt(d, days)).toISOString(),
    method: d.method,
    ...effectiveChoices(config, d),
  });

  /** Takes a stored value as the current decision, without applying it. */
  function read(value: string | undefined, d = value === undefined ? null : decodeDecision(value, env.now()), quiet?: boolean) {
    raw = value;
    if (d) {
      id = d.consentId;
      if (isStale(d, config.revision, days, env.now())) d = null;
    }
    // Gone (another tab's reset, or expired): the next decision starts a new consent id.
    else if (value === undefined) id = '';
    else if (!quiet) problem('cookie', config.cookie.name);
    return (decision = d);
  }

  /** See Engine.adopt. */
  function adopt(value: string | undefined, d?: Decision | null, restored?: boolean) {
    const previous = state;
    d = read(value, d, restored);
    // A restored value that no longer counts leaves only its consent id: there is still no cookie.
    if (restored && !d) {
      raw = undefined;
      return d;
    }
    state = d && toState(d);
    for (const fn of appliers) fn(state, previous, restored);
    // A restored decision was there all along: no event (`ready` follows).
    if (!restored) {
      if (state && !previous) emitter.emit('consent', state);
      else if (state || previous) emitter.emit('change', state, previous);
    }
    return d;
  }

  /** Decisions load their code on first use; crawlers and servers take none. */
  function decideLater(action: DecisionAction, choices?: ConsentChoices, ctx?: DecisionContext): Promise<void> {
    return crawler
      ? Promise.resolve()
      : env.load('decide').then(
          (m) => {
            // Another tab may have decided a moment ago: build on that.
            m.makeDecision(engine, action, choices, ctx, sync());
          },
          () => {}, // the loader said the file could not load: nothing was decided
        );
  }

  /** Adopts the stored decision if it changed (the cookie is the truth); returns how many consent cookies there are. */
  function sync() {
    const [value, count] = readConsentCookie(env, config);
    if (value !== raw) adopt(value);
    return count;
  }

  read(readConsentCookie(env, config)[0]);
  state = decision && toState(decision);
  const startup: Promise<unknown>[] = [];
  const reloadChecks: Array<() => boolean> = [];
  const ready = () => Promise.all(startup).then(() => emitter.emit('ready', state));
  // Safari may drop script-set cookies after 7 days; an existing database can still hold the decision.
  if (raw === undefined && !crawler) readKept((k) => k.restore(), 0).then(ready);
  else queueMicrotask(ready);
  // What need not hold up the page's start waits until it is idle (issue 15: opening the channel to
  // other tabs took about 1 ms of start-up, the first localStorage read 2.5-3.5 ms).
  env.whenIdle(() => {
    // Another tab's message may arrive before its cookie does (Chromium stores cookies written by
    // document.cookie asynchronously): look now, and again a little later.
    env.onExternalChange(() => {
      sync();
      for (const ms of [99, 999, 3e3]) setTimeout(sync, ms);
    });
    // What another tab decided before this one listened is in the cookie by now (one look: this
    // runs on every page view, and the next visibility change looks again); what this one decided
    // before the channel opened, the others hear now.
    sync();
    if (kept) env.broadcast();
    // The last page left records unsent: send them (the records file loads only then). After a
    // decision here, its own sending sends them too, and a second round would cut its backoff short.
    if (config.endpoint && !kept && env.storage()?.getItem(OUTBOX_FLAG)) records().then((k) => k.flush());
  });

  const api: ConsentManager = {
    version: VERSION,
    // A copy: what a caller does with it never changes Consentry's state.
    getConsent: () => state && JSON.parse(JSON.stringify(state)),
    isAllowed(name) {
      const [c, s] = typeof name == 'string' ? name.split('.') : [];
      if (!state) return c == NECESSARY;
      // Own keys only: a name from markup or a caller must not find what a page added to Object.prototype.
      const own = (o: any, k: string) => o && has(o, k) && o[k];
      return (s ? own(own(state.services, c), s) : own(state.categories, c)) === true;
    },
    acceptAll: () => decideLater('accept_all'),
    rejectAll: () => decideLater('reject_all'),
    // The second argument is internal: the framework bindings' placeholders pass what a record says of them.
    setConsent: (choices, ctx?: DecisionContext) => decideLater('custom', choices, ctx),
    reset: () => decideLater('reset'),
    on: emitter.on,
    needsReload: () => reloadChecks.some((check) => check()),
  };

  const engine: Engine = {
    input,
    api,
    config,
    env,
    emit: emitter.emit,
    problem,
    decide: decideLater,
    adopt,
    keep(make, value) {
      // Made two microtasks on: after the one in which the decision's appliers put a released script
      // in (createScriptRunner), so its file is requested first; still in the click's task, so a
      // page closed right after the click has its record to send backed up (acceptPath.test.ts).
      // Keeps run in the order they were made (the same wait each), so a reset right after a
      // decision is not overtaken by that decision's keep.
      const record = Promise.resolve().then().then(make);
      // A records file that cannot load: this decision has no local receipt.
      // No extra arguments to setTimeout: a page may wrap it and drop them (hostileInput.test.ts).
      kept = new Promise<ConsentRecord>((wait) => setTimeout(() => wait(record), KEEP_AFTER_MS))
        .then((r) => records().then((k) => k.keep(r, value)))
        .catch(() => {});
    },
    stored: () => decision,
    consentId: () => id,
    history: () => readKept((k) => k.history(), []),
    settled: () => Promise.resolve(kept),
    onApply: (fn) => appliers.push(fn),
    crawler,
    addService(category, name) {
      // A catalogue id brings its entry (patterns, words) when its file loads; any other name is a
      // service of its own, with no patterns but its category's.
      const s = { name, catalogue: isName(name) ? name : undefined, cookies: [], storage: [], indexedDB: [], hosts: [], paths: [] };
      category.services.push(s);
      state = decision && toState(decision);
      if (s.catalogue) loadEntry(engine, s, true);
    },
    startup,
    reloadChecks,
  };
  return engine;
}

import { NECESSARY } from '../config/defaults';
import { has, isName } from '../config/names';
import { plainConfig } from '../config/plainConfig';
import { readCoreConfig } from '../config/readCoreConfig';
import type { CoreCategory, CoreConfig } from '../config/resolvedConfig';
import { loadEntry } from '../catalogue/loadCatalogue';
import { decodeDecision } from '../consent/cookieCodec';
import { type Choices, type DecisionAction, effectiveChoices } from '../consent/decide';
import type { Decision } from '../consent/decision';
import { expiresAt, isStale } from '../consent/validity';
import type { Chunks, Env } from '../env/env';
import { createEmitter, type Emitter } from '../events/createEmitter';
import { warn } from '../log';
import type { DecisionContext } from '../records/createRecord';
import type { RecordKeeper } from '../records/createRecordKeeper';
import { OUTBOX_FLAG } from '../records/outboxFlag';
import { readConsentCookie } from '../storage/consentCookieJar';
import type { ConsentChoices, ConsentRecord, ConsentState } from '../types';
import { VERSION } from '../version';
import { isCrawler } from './isCrawler';

/** The consent API every Consentry instance offers (design.md, "JavaScript API"). */
export interface ConsentManager {
  /** SDK version. */
  readonly version: string;
  /** The current decision, `null` before any (or after expiry, a raised revision, `reset()`). */
  getConsent(): ConsentState | null;
  /** Is `"analytics"` (a category) or `"analytics.ga"` (a service) allowed now? */
  isAllowed(name: string): boolean;
  /** Allow everything (categories flagged for GPC stay off while GPC is on). Resolves once applied. */
  acceptAll(): Promise<void>;
  /** Allow nothing but `necessary`. Resolves once applied. */
  rejectAll(): Promise<void>;
  /** Set the named categories or services, keep the rest (before any decision the rest is off). Resolves once applied. */
  setConsent(choices: ConsentChoices): Promise<void>;
  /** Withdraw and forget: delete the stored decision and local history, start a new consent id. Resolves once applied. */
  reset(): Promise<void>;
  /** Listen to an event; returns the function that stops listening. */
  on: Emitter['on'];
  /**
   * Was something withdrawn whose code already ran on this page? Released scripts cannot be
   * unloaded: only a reload stops them (`reloadOnWithdraw: true` reloads by itself).
   */
  needsReload(): boolean;
}

/** Called on every change of the effective consent; `restored` when it was only read back (the Safari restore). */
export type Applier = (consent: ConsentState | null, previous: ConsentState | null, restored?: boolean) => void;

/** An instance with the parts other packages (UI, blocking, records) build on. */
export interface Engine {
  /** The config as given, for chunks that read more of it than the main file. */
  input: unknown;
  api: ConsentManager;
  config: CoreConfig;
  env: Env;
  emit: Emitter['emit'];
  /** Reports a problem to the site owner by code (docs/messages.md). */
  problem(code: string, ...args: unknown[]): void;
  /** Make a decision with what the UI knows (source, texts shown, language). */
  decide(action: DecisionAction, choices?: ConsentChoices, ctx?: DecisionContext): Promise<void>;
  /**
   * Takes `value` (a consent cookie value; `undefined`: none) as the stored decision and applies it,
   * with events; `d` is the decision it encodes when the caller has it. A `restored` value (read back
   * from IndexedDB while the cookie was gone) is applied without events, and only when still valid.
   * Returns the decision in force. Writing the cookie is the caller's part.
   */
  adopt(value: string | undefined, d?: Decision | null, restored?: boolean): Decision | null;
  /** Keeps a decision's record (its receipt, the outbox) and its cookie value (`undefined`: reset). */
  keep(record: ConsentRecord, value: string | undefined): void;
  /** The stored switches (only those the visitor set), `null` without a valid decision. */
  stored(): Choices | null;
  /** The consent id of the stored decision (kept across revisions); '' before the first decision and after reset. */
  consentId(): string;
  /** Local receipts of past decisions, oldest first. */
  history(): Promise<ConsentRecord[]>;
  /** Resolves once the last decision is kept locally (before a reload, say). */
  settled(): Promise<unknown>;
  /** Runs `fn` on every change of the effective consent, before the public events (blocking, signals). */
  onApply(fn: Applier): void;
  /** A crawler or a server: no banner, no consent. */
  crawler: boolean;
  /**
   * Registers a service the markup names but the config does not (design.md, "Service catalogue"):
   * `category` gains it, with the catalogue's patterns when it is a catalogue id, and the current
   * decision is read again so a service the visitor allowed on an earlier page is allowed here.
   */
  addService(category: CoreCategory, name: string): void;
  /** Start-up work `ready` waits for (catalogue entries, guards): push to it before the first microtask. */
  startup: Promise<unknown>[];
}

/**
 * Creates the headless engine: normalises config (logging each problem once), reads the stored
 * decision synchronously from the cookie, restores it from IndexedDB when Safari dropped the
 * cookie, and handles decisions, events and other tabs. Never throws into the page.
 */
export function createEngine(input: unknown, env: Env): Engine {
  // Every reader (here, the UI, records, diagnostics) reads this copy: it cannot throw or reach a prototype.
  input = plainConfig(input);
  const [config, ok] = readCoreConfig(input);
  /** Words load with the diagnostics chunk; when it cannot load, the code and details are printed for docs/messages.md. */
  const diagnose = (say: (m: Chunks['diagnostics']) => void, ...code: unknown[]) =>
    env.load('diagnostics').then(say, () => warn(...code, '(see docs/messages.md)'));
  /** A problem for the site owner, by code (docs/messages.md). */
  const problem = (code: string, ...args: unknown[]) => diagnose((m) => warn(m.describe(code, ...args)), code, ...args);
  // The words for what is wrong load only when something is (or when debugging).
  if (!ok || config.debug) diagnose((m) => m.configProblems(input).forEach((p) => warn(p)), 'config');
  const days = config.cookie.expiresAfterDays;
  // Crawlers and servers get no consent: decisions are ignored.
  const crawler = env.server || (config.hideFromBots && isCrawler(env.userAgent));
  const emitter = createEmitter(env.dispatch, problem);
  let keeper: Promise<RecordKeeper> | undefined;
  let kept: Promise<unknown> = Promise.resolve();
  /** The records code, loaded on first need; a failed load is retried next time. */
  const records = () =>
    (keeper ||= env.load('records').then(
      (m) => m.createRecordKeeper(engine),
      (e) => ((keeper = undefined), Promise.reject(e)),
    ));
  /** Reads kept data only from a database that exists: reading must not create it. */
  const readKept = <T>(fn: (k: RecordKeeper) => Promise<T>, none: T) =>
    env.storeExists().then((yes) => (yes ? records().then(fn) : none)).catch(() => none);
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
            sync(); // another tab may have decided a moment ago: build on that
            m.makeDecision(engine, action, choices, ctx);
          },
          () => {}, // the loader said the file could not load: nothing was decided
        );
  }

  /** Adopts the stored decision if it changed; `expected`: what another tab says it stored. */
  function sync(expected?: string, tries = 40) {
    const value = readConsentCookie(env, config);
    if (value !== raw) adopt(value);
    // The cookie is the truth, but the browser may store another tab's cookie after its message
    // arrives here (Chromium writes document.cookie asynchronously): look again for up to 2 s.
    else if (expected !== undefined && expected != (value || '') && tries) setTimeout(() => sync(expected, tries - 1), 50);
  }

  read(readConsentCookie(env, config));
  state = decision && toState(decision);
  const startup: Promise<unknown>[] = [];
  const ready = () => Promise.all(startup).then(() => emitter.emit('ready', state));
  // Safari may drop script-set cookies after 7 days; an existing database can still hold the decision.
  if (raw === undefined && !crawler) readKept((k) => k.restore(), 0).then(ready);
  else queueMicrotask(ready);
  env.onExternalChange((expected) => sync(expected));
  // The last page left records unsent: send them now (the records file loads only then).
  try {
    if (config.endpoint && localStorage[OUTBOX_FLAG]) records().then((k) => k.flush());
  } catch {
    // Storage disabled: nothing was left behind.
  }

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
    setConsent: (choices) => decideLater('custom', choices),
    reset: () => decideLater('reset'),
    on: emitter.on,
    needsReload: () => false,
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
    keep(record, value) {
      kept = records().then(
        (k) => k.keep(record, value),
        () => {}, // the loader said the file could not load: this decision has no local receipt
      );
    },
    stored: () => decision,
    consentId: () => id,
    history: () => readKept((k) => k.history(), []),
    settled: () => kept,
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
  };
  return engine;
}

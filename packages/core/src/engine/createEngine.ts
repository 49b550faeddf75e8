import { NECESSARY } from '../config/defaults';
import { type RawProblem, readConfig } from '../config/readConfig';
import type { ResolvedConfig } from '../config/resolvedConfig';
import { decodeDecision } from '../consent/cookieCodec';
import { createUuid } from '../consent/createUuid';
import { type Choices, type DecisionAction, decide, effectiveChoices, methodOf, sameChoices } from '../consent/decide';
import type { Decision } from '../consent/decision';
import { expiresAt, staleReason } from '../consent/validity';
import type { Env } from '../env/env';
import { createEmitter, type Emitter } from '../events/createEmitter';
import { warn } from '../log';
import type { DecisionContext } from '../records/createRecord';
import type { RecordKeeper } from '../records/createRecordKeeper';
import { readConsentCookie, removeConsentCookie, writeConsentCookie } from '../storage/consentCookieJar';
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
  /** Allow everything (categories flagged for GPC stay off while GPC is on). */
  acceptAll(): void;
  /** Allow nothing but `necessary`. */
  rejectAll(): void;
  /** Set the named categories or services, keep the rest (before any decision the rest is off). */
  setConsent(choices: ConsentChoices): void;
  /** Withdraw and forget: delete the stored decision and local history, start a new consent id. */
  reset(): void;
  /** Listen to an event; returns the function that stops listening. */
  on: Emitter['on'];
}

/** Loads the words for config problems (a chunk in the script-tag build). */
export type LoadDiagnostics = () => Promise<{ describeProblem(p: RawProblem): string }>;

/** An instance with the parts other packages (UI, blocking, records) build on. */
export interface Engine {
  api: ConsentManager;
  config: ResolvedConfig;
  env: Env;
  emit: Emitter['emit'];
  /** Make a decision with what the UI knows (source, texts shown, language). */
  decide(action: DecisionAction, choices?: ConsentChoices, ctx?: DecisionContext): void;
  /** The stored switches (only those the visitor set), `null` without a valid decision. */
  stored(): Choices | null;
  /** The consent id that the next decision uses (kept across revisions, new after reset). */
  consentId(): string;
  /** Local receipts of past decisions, oldest first. */
  history(): Promise<ConsentRecord[]>;
  /** Runs `fn` on every change of the effective consent, before the public events (blocking, signals). */
  onApply(fn: (consent: ConsentState | null, previous: ConsentState | null) => void): void;
}

/**
 * Creates the headless engine: normalises config (logging each problem once), reads the stored
 * decision synchronously from the cookie, restores it from IndexedDB when Safari dropped the
 * cookie, and handles decisions, events and other tabs. Never throws into the page.
 */
export function createEngine(input: unknown, env: Env, loadDiagnostics: LoadDiagnostics): Engine {
  const problems: RawProblem[] = [];
  const config = readConfig(input, (...p) => problems.push(p));
  if (problems.length)
    loadDiagnostics().then(
      (m) => problems.forEach((p) => warn(m.describeProblem(p))),
      () => warn('config has problems at', problems.map((p) => p[0]).join(', ')),
    );
  const days = config.cookie.expiresAfterDays;
  // Crawlers and servers get no consent: decisions are ignored.
  const crawler = env.server || (config.hideFromBots && isCrawler(env.userAgent));
  const emitter = createEmitter(env.dispatch);
  let keeper: Promise<RecordKeeper> | undefined;
  /** The records code, loaded on first need; a failed load is retried next time. */
  const records = () =>
    (keeper ||= env.loadRecords().then(
      (m) => m.createRecordKeeper(env, config),
      (e) => ((keeper = undefined), Promise.reject(e)),
    ));
  /** Reads kept data only from a database that exists: reading must not create it. */
  const readKept = <T>(fn: (k: RecordKeeper) => Promise<T>, none: T) =>
    env.storeExists().then((yes) => (yes ? records().then(fn) : none)).catch(() => none);
  const appliers: Array<(c: ConsentState | null, p: ConsentState | null) => void> = [];

  let decision: Decision | null = null;
  let raw: string | undefined;
  let id = createUuid();
  let state: ConsentState | null = null;

  const toState = (d: Decision): ConsentState => ({
    consentId: d.consentId,
    revision: d.revision,
    timestamp: new Date(d.decidedAt).toISOString(),
    expires: new Date(expiresAt(d, days)).toISOString(),
    method: d.method,
    ...effectiveChoices(config, d),
  });

  /** Takes a stored value as the current decision (or none); returns whether anything changed. */
  function adopt(value: string | undefined, quiet?: boolean): boolean {
    if (value === raw) return false;
    raw = value;
    let d = value === undefined ? null : decodeDecision(value);
    if (value !== undefined && !d && !quiet) warn(`the "${config.cookie.name}" cookie holds an unreadable value; treating it as no decision`);
    if (d) {
      id = d.consentId;
      if (staleReason(d, config.revision, days, env.now())) d = null;
    }
    decision = d;
    return true;
  }

  function apply(previous: ConsentState | null, hadDecision: boolean) {
    state = decision && toState(decision);
    for (const fn of appliers) fn(state, previous);
    if (state && !hadDecision) emitter.emit('consent', state);
    else if (state || previous) emitter.emit('change', state, previous);
  }

  function decideNow(action: DecisionAction, choices?: ConsentChoices, ctx?: DecisionContext) {
    if (crawler) return;
    const before = decision && effectiveChoices(config, decision);
    const next = decide(config, action, decision, choices, env.gpc);
    const after = effectiveChoices(config, next);
    if (action != 'reset' && before && sameChoices(before, after)) return;
    const previous = state;
    const d: Decision = { consentId: id, revision: config.revision, decidedAt: env.now(), method: methodOf(action, before, after), ...next };
    const facts = { ...d, ...after, expires: expiresAt(d, days), url: env.pageUrl, gpc: env.gpc, sdkVersion: VERSION };
    if (action == 'reset') {
      if (raw !== undefined) removeConsentCookie(env, config);
      raw = undefined;
      decision = null;
      id = createUuid();
    } else {
      raw = writeConsentCookie(env, config, d, expiresAt(d, days));
      decision = d;
    }
    const value = raw;
    records().then(
      (k) => k.keep(facts, ctx, value),
      () => warn('the records code could not load; this decision has no local receipt'),
    );
    env.broadcast();
    apply(previous, !!previous);
  }

  function sync() {
    const previous = state;
    if (adopt(readConsentCookie(env, config))) apply(previous, !!previous);
  }

  adopt(readConsentCookie(env, config));
  state = decision && toState(decision);
  const ready = () => emitter.emit('ready', state);
  if (raw === undefined && !crawler) {
    // Safari may drop script-set cookies after 7 days; an existing database can still hold the decision.
    readKept((k) => k.readDecision(), undefined).then((value) => {
      if (value !== undefined && raw === undefined && adopt(value, true) && decision) {
        raw = writeConsentCookie(env, config, decision, expiresAt(decision, days));
        state = toState(decision);
        for (const fn of appliers) fn(state, null);
      } else if (raw === value) raw = undefined;
      ready();
    });
  } else queueMicrotask(ready);
  env.onExternalChange(sync);

  const api: ConsentManager = {
    version: VERSION,
    getConsent: () => state && { ...state, categories: { ...state.categories }, services: structuredCopy(state.services) },
    isAllowed(name) {
      const [c, s] = String(name).split('.');
      if (!state) return c == NECESSARY;
      return s ? state.services[c]?.[s] === true : state.categories[c] === true;
    },
    acceptAll: () => decideNow('accept_all'),
    rejectAll: () => decideNow('reject_all'),
    setConsent(choices) {
      if (!choices || typeof choices != 'object') return warn('setConsent: expected an object such as { analytics: true }');
      for (const k in choices) {
        const cat = config.categories.find((c) => c.name == k);
        const v = choices[k];
        if (!cat) warn(`setConsent: unknown category "${k}"; ignored`);
        else if (cat.necessary) warn(`setConsent: "${NECESSARY}" is always on; ignored`);
        else if (typeof v != 'boolean' && (typeof v != 'object' || !v)) warn(`setConsent: ${k} expects true, false or { service: boolean }; ignored`);
      }
      decideNow('custom', choices);
    },
    reset: () => decideNow('reset'),
    on: emitter.on,
  };

  return {
    api,
    config,
    env,
    emit: emitter.emit,
    decide: decideNow,
    stored: () => decision,
    consentId: () => id,
    history: () => readKept((k) => k.history(), []),
    onApply: (fn) => appliers.push(fn),
  };
}

const structuredCopy = (s: ConsentState['services']) => {
  const out: ConsentState['services'] = {};
  for (const c in s) out[c] = { ...s[c] };
  return out;
};

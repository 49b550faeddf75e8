import type { CatalogueEntry } from '../model/catalogue/catalogueEntry';
import type { RawProblem } from '../model/config/readConfig';
import type { CoreCategory, CoreConfig } from '../model/config/resolvedConfig';
import type { Choices, DecisionAction } from '../model/consent/decide';
import type { Decision } from '../model/consent/decision';
import type { OffRules } from '../model/cookieRules';
import type { Env } from '../env/env';
import type { ConsentChoices, ConsentRecord, ConsentSource, ConsentState } from '../types';
import type { Emitter } from './createEmitter';

// The engine's vocabulary, types only: what the engine offers its parts (blocking, records, the
// UI) and what it expects of the code it loads on demand. Parts import these, never the factory.

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
  /** The env, its chunk loader typed by the chunk contract. */
  env: Env<Chunks>;
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
  /**
   * Keeps a decision's record (its receipt, the outbox) and its cookie value (`undefined`: reset).
   * `record` makes the record once the decision is applied (see createEngine).
   */
  keep(record: () => ConsentRecord, value: string | undefined): void;
  /** The stored switches (only those the visitor set), `null` without a valid decision. */
  stored(): Choices | null;
  /** The consent id of the stored decision (kept across revisions); '' before the first decision and after reset. */
  consentId(): string;
  /** Local receipts of past decisions, oldest first: those kept so far (see `settled`). */
  history(): Promise<ConsentRecord[]>;
  /** Resolves once the last decision is kept locally (before a reload, say): `KEEP_AFTER_MS` after it at the earliest. */
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
  /** Parts that know what ran on the page (blocking) push here; `api.needsReload()` asks them. */
  reloadChecks: Array<() => boolean>;
  /** Start-up work `ready` waits for (catalogue entries, guards): push to it before the first microtask. */
  startup: Promise<unknown>[];
}

/** Where a decision was made and what was shown, as the UI knows it. */
export interface DecisionContext {
  /** Which control. @default "api" */
  source?: ConsentSource;
  /** `sha256-…` over the texts of the layer the decision was made in; `null` when nothing was shown. */
  textHash?: string | null;
  /** Language the texts were shown in. */
  language?: string;
}

/** Keeps records and receipts (the records chunk). */
export interface RecordKeeper {
  /**
   * Makes the record of a decision and keeps it: with the new cookie value, the decision (for the
   * Safari restore) and its receipt; without one (reset), forgets the decision and the history.
   */
  keep(record: ConsentRecord, cookieValue: string | undefined): Promise<unknown>;
  /**
   * The Safari restore: applies the decision kept in an existing database (never creates it) and
   * rewrites its cookie, unless a cookie came meanwhile or the decision no longer counts.
   */
  restore(): Promise<unknown>;
  /** Receipts, oldest first; `[]` when there are none or storage fails. */
  history(): Promise<ConsentRecord[]>;
  /** Sends what the outbox holds (on page load, when the last page left records behind). */
  flush(): void;
}

/** What the guards need from blocking. */
export interface GuardContext {
  /** What is not allowed now. */
  off(): OffRules;
  /** Everything declared (all categories and services). */
  all: OffRules;
  /** Hands an element auto-blocking marked to blocking, which holds it. */
  hold(el: Element): void;
  /** Clears what is not allowed now (the withdraw chunk's sweep); resolves after the first sweep. */
  sweep(): Promise<unknown>;
  /** Ends the main file's hold (dom/guards/holdEarly.ts): what it kept back goes to the guards. */
  endHold(): void;
}

/**
 * What each chunk (code loaded on demand, chunks/manifest.ts) offers. The engine and blocking load
 * them by name through `Engine.env.load`; chunks/loadChunk.ts and the script-tag build check that
 * every chunk keeps its side of this contract.
 */
export interface Chunks {
  /** Records, receipts, IndexedDB: after a decision, or to read a database that exists; the receiver's copy for the visitor's download. */
  records: {
    createRecordKeeper(engine: Engine): RecordKeeper;
    sha256(data: Uint8Array): Uint8Array;
    fetchReceiverCopy(engine: Engine): Promise<ConsentRecord[] | undefined>;
  };
  /** The words of problems: only when the config has one (or with `debug`). */
  diagnostics: {
    describe(code: string, ...args: unknown[]): string;
    describeProblem(p: RawProblem): string;
    configProblems(input: unknown): string[];
    warnConfig(input: unknown): void;
  };
  /** Making decisions: on the first decision of a page view, and the `textHash` of what a layer showed. */
  decide: {
    makeDecision(engine: Engine, action: DecisionAction, choices: ConsentChoices | undefined, ctx: DecisionContext | undefined, cookies: number): void;
    textHash(texts: readonly string[], fallback: () => Promise<(data: Uint8Array) => Uint8Array>): Promise<string>;
    /** The setup checks (docs/messages.md: `cmp`, `advanced`, `unmapped`), once per page view. */
    checkOnce(engine: Engine): void;
  };
  /** Clearing and re-holding: when something is refused or withdrawn. */
  withdraw: {
    holdAgain(held: Element[], revoked: (el: Element) => boolean, released: WeakSet<Element>, inserted: Map<Element, ChildNode[]>): Element[];
    sweep(engine: Engine, rules: () => OffRules, still: () => boolean): Promise<unknown>;
  };
  /** Storage, network and auto-blocking guards: when the config declares what they guard. */
  guards: { startGuards(engine: Engine, context: GuardContext): Promise<unknown> | undefined };
  /** One catalogue entry (`service-posthog`): when the config names that service. */
  [entry: `service-${string}`]: CatalogueEntry;
}

import type { CatalogueEntry } from '../catalogue/catalogueEntry';

/** What loads on demand, and when: see docs/architecture.md. */
export interface Chunks {
  /** Records, receipts, IndexedDB: after a decision, or to read a database that exists. */
  records: typeof import('../records');
  /** The words of config problems: only when the config has one. */
  diagnostics: typeof import('../diagnostics');
  /** Making decisions: on the first decision of a page view. */
  decide: typeof import('../decide');
  /** Clearing and re-holding: when something is refused or withdrawn. */
  withdraw: typeof import('../withdraw');
  /** Storage, network and auto-blocking guards: when the config declares what they guard. */
  guards: typeof import('../guards');
  /** One catalogue entry (`service-posthog`): when the config names that service. */
  [entry: `service-${string}`]: CatalogueEntry;
}

/** A small async key-value store: Consentry's own IndexedDB database in browsers. */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  /** Atomic read-modify-write. */
  update<T>(key: string, fn: (old: T | undefined) => T): Promise<void>;
  del(key: string): Promise<void>;
}

/**
 * Everything the engine needs from the outside world. The engine computes; the env does the I/O.
 * Browsers get `createBrowserEnv()`; tests pass their own.
 */
export interface Env {
  /** Not a browser: the engine knows no decision and takes none. */
  server?: boolean;
  now(): number;
  /** The page's cookies, read past any guard Consentry installs. */
  readCookies(): string;
  /** Writes one cookie (a full `name=value; attributes` string) past any guard. */
  writeCookie(cookie: string): void;
  /** https page: cookies get `Secure`. */
  secure: boolean;
  /** Page URL for records, without query string or fragment. */
  pageUrl: string;
  userAgent: string;
  /** `navigator.globalPrivacyControl === true` */
  gpc: boolean;
  /** Does Consentry's database exist? Must never create it. */
  storeExists(): Promise<boolean>;
  /** Loads code that not every page view needs: a chunk in the script-tag build, `import()` for npm. */
  load<K extends keyof Chunks>(name: K): Promise<Chunks[K]>;
  /** Tells other tabs that the stored decision changed to `value` (`''`: none). */
  broadcast(value: string): void;
  /**
   * Calls `fn` when the stored decision may have changed elsewhere (another tab, a page restored
   * from the back-forward cache); `expected` is what another tab says it stored, when one did.
   */
  onExternalChange(fn: (expected?: string) => void): void;
  /** Mirrors an event on `window` as a CustomEvent. */
  dispatch(name: string, detail: unknown): void;
}

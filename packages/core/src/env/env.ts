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
export interface Env<C = any> {
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
  /**
   * Loads code that not every page view needs: a chunk in the script-tag build, `import()` for npm.
   * `C` names what each chunk offers (the engine's `Chunks`); the env only fetches by name.
   */
  load<K extends keyof C & string>(name: K): Promise<C[K]>;
  /** The page's `localStorage`; `undefined` where storage is disabled. */
  storage(): Storage | undefined;
  /**
   * How records leave the page. Browsers leave it out: the records chunk brings the browser's
   * (`createBrowserTransport`), so the main file does not carry it. Tests pass their own.
   */
  transport?: Transport;
  /** Tells other tabs that the stored decision changed; nothing before `onExternalChange` opened the channel. */
  broadcast(): void;
  /** Opens the channel to other tabs and calls `fn` when the stored decision may have changed elsewhere (another tab, a page restored from the back-forward cache). */
  onExternalChange(fn: () => void): void;
  /** Runs `fn` when the page is idle: work the page's start need not wait for. Never on a server. */
  whenIdle(fn: () => void): void;
  /** Mirrors an event on `window` as a CustomEvent. */
  dispatch(name: string, detail: unknown): void;
}

/** How records reach the site's endpoint, and when the page goes away. */
export interface Transport {
  /** Sends a request (`fetch`, with `keepalive`). */
  post(url: string, init: RequestInit): Promise<Response>;
  /** Queues a beacon; false when the browser refused it (too large, or none). */
  beacon(url: string, body: string): boolean;
  /** Runs `fn` holding the named Web Lock; missing where Web Locks are (plain http, old browsers). */
  lock?(name: string, fn: () => Promise<void>): Promise<unknown>;
  /** A channel to the page's other tabs; `undefined` where there is none. */
  channel(name: string): { postMessage(data: unknown): void; onmessage: ((e: MessageEvent) => void) | null } | undefined;
  /** Calls `fn` when the page is hidden (`left`: false) or left for good (`left`: true). */
  onLeave(fn: (left: boolean) => void): void;
  /** The page's origin, to tell an off-site endpoint. */
  origin: string;
}

/**
 * Public types of @consentry/core. Everything a site owner can pass in (config),
 * everything Consentry hands back (consent state, events), and the shapes it stores.
 */

/** How a decision was made; the record's `method` (see docs/records.md). */
export type ConsentMethod = 'accept_all' | 'reject_all' | 'custom' | 'withdraw' | 'reset';

/** Which control made a decision; the record's `source`. */
export type ConsentSource = 'banner' | 'preferences' | 'placeholder' | 'link' | 'api';

/** Map of category name → allowed. `necessary` is always `true`. */
export type CategoryChoices = Record<string, boolean>;

/** Map of category name → service name → allowed. */
export type ServiceChoices = Record<string, Record<string, boolean>>;

/** The visitor's current decision, as `getConsent()` returns it. Times are ISO 8601 strings (UTC). */
export interface ConsentState {
  /** Stable random id of this browser's consent (UUID v4); kept across changes, new after `reset()`. */
  consentId: string;
  /** The config `revision` the decision was made under. */
  revision: number;
  /** When the decision was made. */
  timestamp: string;
  /** When the decision expires and the banner returns. */
  expires: string;
  /** How the last decision was made. */
  method: ConsentMethod;
  /** Every configured category: `true` when allowed as a whole or when any of its services is. */
  categories: CategoryChoices;
  /** Every configured service, per category. */
  services: ServiceChoices;
}

/**
 * What `setConsent()` takes: a boolean sets a whole category (and all its services);
 * an object sets the named services of a category and keeps the others.
 * @example { analytics: true, marketing: { youtube: true } }
 */
export type ConsentChoices = Record<string, boolean | Record<string, boolean>>;

/** A cookie or storage-key pattern: an exact name (`"_fbp"`) or a regular expression in slashes (`"/^_ga/"`). */
export type NamePattern = string;

/** A cookie declared in config; it drives blocking, clearing and the cookie table. */
export interface CookieDeclaration {
  /** Exact name or `/regex/flags`. */
  name: NamePattern;
  /**
   * What visitors read for it in the cookie table (`"_ga_<container-id>"`); without it a pattern is
   * written in words (`/^_ga($|_)/` → `_ga, _ga_…`), never shown raw.
   */
  label?: string;
  /** Who sets it, e.g. "Google". */
  provider?: string;
  /** What it is for, shown in the cookie table. */
  purpose?: string;
  /** How long it lives, as shown to visitors ("2 years"). */
  duration?: string;
  /** Domain it is set on, when known (clearing tries every parent domain anyway). */
  domain?: string;
  /** Path it is set on, when not `/`. */
  path?: string;
}

/** A service inside a category (a vendor or a tag), allowed or refused on its own. */
export interface ServiceConfig {
  /** Name shown on its switch. @default the service key */
  label?: string;
  /** Who provides it. */
  provider?: string;
  /** What it is used for. */
  purpose?: string;
  /** Link to the provider's privacy policy. */
  privacyPolicyUrl?: string;
  /** Its cookies (blocked, cleared, listed). @default [] */
  cookies?: Array<NamePattern | CookieDeclaration>;
  /** Its localStorage / sessionStorage keys (cleared; writes dropped while not allowed). @default [] */
  storage?: NamePattern[];
  /** Its IndexedDB database names, deleted when it is refused or withdrawn. @default [] */
  indexedDB?: NamePattern[];
  /** Hosts it loads from and sends to (`"posthog.com"`, `"*.posthog.com"`): requests refused while not allowed. @default [] */
  hosts?: string[];
}

/** One consent category. Every key is optional. */
export interface CategoryConfig {
  /** Title on the category switch; translations (`category.<name>.title`) win when given. @default the translated default title, else the key */
  label?: string;
  /** Description linked to the switch; translations (`category.<name>.description`) win when given. @default the translated default description */
  description?: string;
  /** Cookies of this category as a whole. @default [] */
  cookies?: Array<NamePattern | CookieDeclaration>;
  /** localStorage / sessionStorage keys of this category (cleared; writes dropped while not allowed). @default [] */
  storage?: NamePattern[];
  /** IndexedDB database names of this category, deleted when it is refused or withdrawn. @default [] */
  indexedDB?: NamePattern[];
  /** Hosts of this category's scripts (`"cdn.example.com"`, `"*.example.com"`): requests refused while not allowed. @default [] */
  hosts?: string[];
  /** Services: a catalogue name (`"google-analytics"`) or a service definition. @default {} */
  services?: Record<string, string | ServiceConfig>;
  /** Marks the category as sale/sharing for Global Privacy Control: Accept all does not grant it while GPC is on. @default true for `marketing`, false otherwise */
  gpc?: boolean;
}

/** The consent cookie. */
export interface CookieOptions {
  /** Cookie name. @default "consentry" */
  name?: string;
  /** Lifetime of the cookie and of the consent, in days (1–395; higher is clamped). @default 182 */
  expiresAfterDays?: number;
  /** `Domain` attribute, to share the decision across subdomains. @default host-only */
  domain?: string;
  /** `Path` attribute. @default "/" */
  path?: string;
}

/** Where consent records are posted. */
export interface EndpointOptions {
  /** Absolute or same-origin URL that receives records. */
  url: string;
  /** Extra headers for `fetch` (they cannot ride on a beacon). @default {} */
  headers?: Record<string, string>;
  /** `fetch` credentials mode. @default "same-origin" */
  credentials?: 'omit' | 'same-origin' | 'include';
  /** Give up an attempt after this many milliseconds. @default 10000 */
  timeoutMs?: number;
  /** Most records the outbox keeps; past it the oldest is dropped. @default 1000 */
  maxQueue?: number;
}

/** Google Consent Mode v2 options. */
export interface ConsentModeOptions {
  /** `basic` keeps Google tags held until allowed; `advanced` lets them load with denied signals. @default "basic" */
  mode?: 'basic' | 'advanced';
  /** `wait_for_update` of the default command, in milliseconds. @default 500 */
  waitForUpdate?: number;
  /** ISO 3166-2 region codes the default applies to; empty means everywhere. @default [] */
  region?: string[];
  /** Sets `url_passthrough`. @default false */
  urlPassthrough?: boolean;
  /** Also sends Microsoft UET consent (`uetq`). @default false */
  uet?: boolean;
  /** Category → Consent Mode types, for sites that renamed categories. @default necessary→security_storage; functional→functionality_storage, personalization_storage; analytics→analytics_storage; marketing→ad_storage, ad_user_data, ad_personalization */
  map?: Record<string, string[]>;
}

/** Layout and look of the UI. */
export interface UiOptions {
  /** `box` (a corner card) or `bar` (full width). @default "box" */
  layout?: 'box' | 'bar';
  /** Where the banner sits. `bar` uses only top/bottom. @default "bottom-right" */
  position?: 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left' | 'bottom' | 'top';
  /** Colour scheme; `auto` follows `prefers-color-scheme`. @default "auto" */
  theme?: 'auto' | 'light' | 'dark';
  /** Show the revisit button after a decision. @default true */
  revisitButton?: boolean;
  /** Dim the page and make it inert until a choice. @default false */
  blockPage?: boolean;
}

/** The site controller named in the banner and records. */
export interface ControllerInfo {
  /** Company or person responsible. @default "" */
  name?: string;
  /** Contact for privacy questions. @default "" */
  contact?: string;
}

/**
 * The whole configuration. Every key is optional; the same object serves the JSON element,
 * `window.consentryConfig` and `init()`. See docs/configuration.md.
 */
export interface ConsentryConfig {
  /** Raise it to ask every visitor again (the consent id is kept). @default 0 */
  revision?: number;
  /** Link to the privacy policy shown in the banner. @default "" */
  privacyPolicyUrl?: string;
  /** UI language; else `<html lang>`, else the browser's. @default auto */
  language?: string;
  /** Who is responsible. @default {} */
  controller?: ControllerInfo;
  /** Categories by name; `necessary` is always present and always on. @default necessary, functional, analytics, marketing */
  categories?: Record<string, CategoryConfig>;
  /** The consent cookie. @default { name: "consentry", expiresAfterDays: 182, path: "/" } */
  cookie?: CookieOptions;
  /** Where records are posted; a URL string or options. @default none */
  endpoint?: string | EndpointOptions;
  /** Google Consent Mode v2; `true` means the defaults. @default off */
  consentMode?: boolean | ConsentModeOptions;
  /** Nonce for released scripts and styles when the Consentry script's own cannot be read. @default the Consentry script's nonce */
  nonce?: string;
  /** Reload the page after withdrawing something whose code already ran. @default false */
  reloadOnWithdraw?: boolean;
  /** Show no banner to crawlers (recognised by user agent only) and give them no consent. @default true */
  hideFromBots?: boolean;
  /** Log what Consentry sees and does (unknown cookies, releases). @default false */
  debug?: boolean;
  /** Hold unmarked scripts, iframes and images whose URL is on a configured service's `hosts` (best effort, see docs/blocking.md). @default false */
  autoBlock?: boolean;
  /** Layout and look. @default {} */
  ui?: UiOptions;
  /** Per-language overrides of UI texts: `{ nb: { "banner.title": "…" } }`. @default {} */
  translations?: Record<string, Record<string, string>>;
  /** Last change to each record before it is stored and sent (JavaScript config only). @default none */
  transformRecord?: (record: ConsentRecord) => ConsentRecord;
}

/** A consent record as posted to the endpoint and kept in the local receipt history. */
export interface ConsentRecord {
  id: string;
  consentId: string;
  timestamp: string;
  revision: number;
  method: ConsentMethod;
  source: ConsentSource;
  categories: CategoryChoices;
  services: ServiceChoices;
  textHash: string | null;
  expires: string;
  language: string;
  url: string;
  gpc: boolean;
  sdkVersion: string;
}

/** A problem found in config: where, and what was done instead. */
export interface ConfigProblem {
  /** Path of the bad value, e.g. `categories.analytics.cookies[0]`. */
  path: string;
  /** What is wrong and which safe value is used instead. */
  message: string;
}

/** Payload of the `show` / `hide` events. */
export interface UiEventDetail {
  /** Which layer. */
  layer: 'banner' | 'preferences';
}

/** Payload of the `cleared` event. */
export interface ClearedDetail {
  /** Cookie names and storage keys that were removed. */
  removed: string[];
  /** Matching names still present after clearing (HttpOnly cookies are invisible and never listed). */
  survived: string[];
  /** What was removed, by kind. */
  byKind?: { cookies: string[]; storage: string[]; indexedDB: string[] };
  /** IndexedDB databases whose deletion waits for the page's own open connections: gone once the page closes or reloads. */
  pending?: string[];
}

/** Payload of the `record` event. */
export interface RecordEventDetail {
  status: 'delivered' | 'failed' | 'dropped';
  record: ConsentRecord;
}

/** Events and the arguments their handlers get. */
export interface ConsentryEventMap {
  /** The stored decision is known (a handler added later is called at once). */
  ready: [consent: ConsentState | null];
  /** A decision made while there was none (first visit, after reset, a raised revision or expiry). */
  consent: [consent: ConsentState];
  /** A later decision that changed something; `consent` is `null` after `reset()`. */
  change: [consent: ConsentState | null, previous: ConsentState | null];
  show: [detail: UiEventDetail];
  hide: [detail: UiEventDetail];
  cleared: [detail: ClearedDetail];
  record: [detail: RecordEventDetail];
}

/** Event names. */
export type ConsentryEvent = keyof ConsentryEventMap;

/** Handler of event `E`. */
export type ConsentryListener<E extends ConsentryEvent> = (...args: ConsentryEventMap[E]) => void;

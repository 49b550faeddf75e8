import type { CatalogueEntry } from '../catalogue/catalogueEntry';
import type { ServiceDescription } from '../catalogue/serviceDescriptions';
import type { ConsentRecord, ControllerInfo, EndpointOptions, UiOptions } from '../../types';

/** A compiled name pattern: exact name or regular expression. */
export type NameMatcher = string | RegExp;

/** A cookie rule after normalisation: the matcher plus what the cookie table shows. */
export interface CookieRule {
  match: NameMatcher;
  /** The name or pattern as configured, for the cookie table. */
  name?: string;
  /** What the cookie table shows instead of a pattern (`"_ga_<container-id>"`). */
  label?: string;
  provider?: string;
  purpose?: string;
  duration?: string;
  domain?: string;
  path?: string;
}

export interface ResolvedService {
  name: string;
  label: string;
  /** Catalogue entry it came from, if any. */
  catalogue?: string;
  provider?: string;
  purpose?: string;
  privacyPolicyUrl?: string;
  cookies: CookieRule[];
  storage: NameMatcher[];
  indexedDB: NameMatcher[];
  hosts: string[];
  /** Its catalogue words, when the UI has them (`catalogue` services). */
  description?: ServiceDescription;
}

export interface ResolvedCategory {
  name: string;
  /** Only `necessary` is; it is always on. */
  necessary: boolean;
  gpc: boolean;
  label?: string;
  description?: string;
  cookies: CookieRule[];
  storage: NameMatcher[];
  indexedDB: NameMatcher[];
  hosts: string[];
  services: ResolvedService[];
}

export interface ResolvedConsentMode {
  mode: 'basic' | 'advanced';
  waitForUpdate: number;
  region: string[];
  urlPassthrough: boolean;
  uet: boolean;
  map: Record<string, string[]>;
}

/** What every page view needs of a service: its name and patterns. */
export interface CoreService {
  name: string;
  /** A catalogue id: the patterns arrive with its entry (`loadCatalogue`), which is kept here for the UI. */
  catalogue?: string;
  entry?: CatalogueEntry;
  cookies: NameMatcher[];
  storage: NameMatcher[];
  indexedDB: NameMatcher[];
  hosts: string[];
  /** Paths of its declared cookies, for clearing. */
  paths: string[];
}

/** What every page view needs of a category. */
export interface CoreCategory extends Omit<CoreService, 'name' | 'catalogue' | 'entry'> {
  name: string;
  /** Only `necessary` is; it is always on. */
  necessary: boolean;
  gpc: boolean;
  services: CoreService[];
}

/** What every page view needs of the config: the main file reads only this (`readCoreConfig`). */
export interface CoreConfig {
  revision: number;
  /** Only an http(s) or relative URL (`isWebUrl`), else ''; the banner links it. */
  privacyPolicyUrl: string;
  /** In order, `necessary` first. */
  categories: CoreCategory[];
  cookie: { name: string; expiresAfterDays: number; domain?: string; path: string };
  /** The records endpoint's URL; its options are read where records are sent. */
  endpoint?: string;
  consentMode?: ResolvedConsentMode;
  nonce?: string;
  reloadOnWithdraw: boolean;
  hideFromBots: boolean;
  debug: boolean;
  ui: { position: string; revisitButton: boolean };
  transformRecord?: (record: ConsentRecord) => ConsentRecord;
}

/** Config after normalisation: every key present, every value of the right type. */
export interface ResolvedConfig {
  revision: number;
  privacyPolicyUrl: string;
  language?: string;
  controller: Required<ControllerInfo>;
  /** In order, `necessary` first. */
  categories: ResolvedCategory[];
  cookie: { name: string; expiresAfterDays: number; domain?: string; path: string };
  endpoint?: Required<EndpointOptions>;
  consentMode?: ResolvedConsentMode;
  nonce?: string;
  reloadOnWithdraw: boolean;
  hideFromBots: boolean;
  debug: boolean;
  autoBlock: boolean;
  ui: Required<UiOptions>;
  translations: Record<string, Record<string, string>>;
  transformRecord?: (record: ConsentRecord) => ConsentRecord;
}

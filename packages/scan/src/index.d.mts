// Types of @consentry/scan's library API (the sources are plain ES modules; the consentry-scan
// command uses the same functions). Shapes as written to report.json: docs/scan.md.

/** The three visits of a page: no decision, after Reject all, after Accept all. */
export type ScanState = 'none' | 'reject' | 'accept';

/** One cookie, storage key, IndexedDB database or third-party request seen in a state. */
export interface Finding {
  kind: 'cookie' | 'storage' | 'database' | 'request';
  /** Cookie name, storage key, database name, or a request's URL. */
  name: string;
  /** `consentry`, `declared`, `known` (undeclared, a catalogue service matches) or `unknown`. */
  status: 'consentry' | 'declared' | 'known' | 'unknown';
  /** The catalogue service whose patterns (a request: hosts) match it, when one does. */
  catalogue?: string;
  /** The category it is declared in, else the catalogue's category for its service. */
  category?: string;
  /** The script (URL) that set or sent it, where the browser can tell. */
  setBy?: string | null;
  area?: string;
  /** declared / undeclared but known (catalogue service) / from a held element / unknown, in words. */
  classification: string;
  violation: boolean;
  [detail: string]: unknown;
}

/** Anything beyond the necessary before consent or after a refusal. */
export interface Violation {
  page: string;
  state: ScanState;
  kind: Finding['kind'];
  name: string;
  scriptUrl?: string | null;
  classification: string;
  area?: string;
}

export interface PageReport {
  url: string;
  consentTool: { name: 'Consentry'; version: string; banner: boolean; configSource: string; configProblems: number } | null;
  note: string | null;
  config: unknown;
  held: Array<{ url: string; category: string; service: string | null }>;
  /**
   * Per state: `status` is the page's HTTP status; `error` why the state could not be scanned;
   * `note` what was odd but scanned anyway (no load event in time).
   */
  states: Partial<Record<ScanState, { durationMs: number | null; status: number | null; error: string | null; note: string | null; findings: Finding[] }>>;
}

export interface ScanReport {
  tool: 'consentry-scan';
  startUrl: string;
  scannedAt: string;
  durationMs: number;
  machine: { cpus: number; loadAverage: number[] };
  browser: string;
  pages: PageReport[];
  violations: Violation[];
  /** The start URL's redirect, when it has one: the origin it ends on is the one scanned. */
  redirect?: { from: string; to: string } | null;
  [more: string]: unknown;
}

export interface ScanOptions {
  /** Same-origin pages to visit at most. @default 20 */
  pages?: number;
  /** Path of a Chromium to use (else CHROME_PATH, else a usual install path; never a download). */
  chromium?: string;
  /** How long to wait for each page's load event after its DOMContentLoaded; past it the page is scanned as it is. @default 10000 */
  loadTimeoutMs?: number;
  onProgress?: (progress: { done: number; total: number; url: string }) => void;
}

/** Crawls and scans a site from `startUrl`. */
export function scanSite(startUrl: string, options?: ScanOptions): Promise<ScanReport>;
/** Classifies the runs of each page and collects the violations. */
export function buildReport(startUrl: string, pages: Array<{ url: string; runs: unknown[] }>, durationMs: number, browser: string): ScanReport;
/** report.html: tables per state and a timeline picture. */
export function reportHtml(report: ScanReport): string;
/** A draft Consentry config (categories, catalogue services, cookie declarations) from a report. */
export function draftConfig(report: ScanReport): Record<string, unknown>;
/** Every service of the built-in catalogue, with compiled patterns and its category (`SERVICE_CATEGORIES` of `@consentry/core/catalogue`). */
export function catalogueServices(): Array<{
  name: string;
  label: string;
  provider?: string;
  purpose?: string;
  privacyPolicyUrl?: string;
  category: string;
  cookies: Array<string | RegExp>;
  storage: Array<string | RegExp>;
  indexedDB: Array<string | RegExp>;
  /** `x.com` that host, `*.x.com` its subdomains. */
  hosts: string[];
  described: Array<{ name: string; duration: string; purpose?: string }>;
}>;
/** The machine's Chromium; throws an Error saying what to do when none can be used. */
export function findChromium(given?: string, env?: Record<string, string | undefined>): string;

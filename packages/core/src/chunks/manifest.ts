/**
 * Every entry of `@consentry/core` besides its index and internal.ts, in one place. rollup.config.mjs
 * builds each as a package subpath (`@consentry/core/<name>`) from `chunks/<file>.ts`; the lazy ones
 * are also script-tag files (`consentry-<name>.js`) that the main file loads on demand, and
 * chunks/loadChunk.ts must load each of them (its type says so). package.json's exports are checked
 * against this list by test/node/architecture.test.ts. No imports: the build reads this file as is.
 */
export const CORE_ENTRIES = {
  /** Records, receipts, IndexedDB: after a decision, or to read a database that exists. */
  records: { file: 'records', lazy: true },
  /** The words of problems: only when the config has one (or with `debug`). */
  diagnostics: { file: 'diagnostics', lazy: true },
  /** Making decisions: on the first decision of a page view (prefetched once the banner shows). */
  decide: { file: 'decide', lazy: true },
  /** Clearing and re-holding: when something is refused or withdrawn. */
  withdraw: { file: 'withdraw', lazy: true },
  /** Storage, network and auto-blocking guards: when the config declares what they guard. */
  guards: { file: 'guards', lazy: true },
  /** The whole service catalogue (npm builds, tools); the script-tag build has a file per service. */
  catalogue: { file: 'catalogue', lazy: false },
  /** The npm build's chunk loader (`import()` per lazy entry). */
  chunks: { file: 'loadChunk', lazy: false },
  /** The record's textHash, for the UI and the `consentry texts` command. */
  texts: { file: 'texts', lazy: false },
  /** The full config reader (labels, descriptions, providers), for the preferences dialog. */
  readConfig: { file: 'readConfig', lazy: false },
} as const;

type Entries = typeof CORE_ENTRIES;
/** The entries the engine and blocking load on demand. */
export type LazyChunk = { [K in keyof Entries]: Entries[K]['lazy'] extends true ? K : never }[keyof Entries];

import type { ConsentRecord } from '../records/validateRecord.js';
import type { EntryKind } from '../records/chain.js';

/** A record as stored: what the visitor sent plus the time it arrived. */
export type StoredRecord = ConsentRecord & { receivedAt: string };

/** How a posted record was taken: stored now, already stored identically, or an `id` taken by other content. */
export type AppendOutcome = 'stored' | 'duplicate' | 'conflict';

/** One entry of the log as exports show it. */
export interface Entry {
  seq: number;
  kind: EntryKind;
  recordId: string | null;
  receivedAt: string;
  /** The parsed content; null for an erased record. */
  content: Record<string, unknown> | null;
  prevHash: string;
  hash: string;
}

/** Archived texts of one layer (what the visitor saw). */
export interface ArchivedTexts {
  language: string;
  revision: number;
  texts: string[];
}

/** Filters of an export or of stats; `from`/`to` are ISO times compared with `receivedAt`. */
export interface EntryFilter {
  from?: string;
  to?: string;
  consentId?: string;
  /** Only record entries that still have their content. */
  recordsOnly?: boolean;
}

export type VerifyResult = { ok: true; entries: number } | { ok: false; firstBad: string; reason: string };

/**
 * The one storage interface; SQLite and PostgreSQL implement it with the same queries (Kysely).
 * Every change to the log (append, erase, purge) happens under the chain-head lock, so entries form
 * one chain even with several processes on one PostgreSQL.
 */
export interface RecordStore {
  /** Appends the records not stored yet (one transaction); outcomes in input order. */
  append(records: readonly ConsentRecord[]): Promise<AppendOutcome[]>;
  /** This consent id's records, oldest first. */
  recordsOf(consentId: string): Promise<StoredRecord[]>;
  /** Erases this consent id's records, appending an erasure entry; the number erased. */
  erase(consentId: string): Promise<number>;
  /** Entries in chain order, a page at a time (constant memory). */
  entries(filter: EntryFilter, pageSize?: number): AsyncIterable<Entry>;
  /** Recomputes the chain. */
  verify(): Promise<VerifyResult>;
  /** Removes entries received before `before` (keeping a checkpoint); the number removed. */
  purge(before: string): Promise<number>;
  putTexts(textHash: string, texts: ArchivedTexts): Promise<void>;
  getTexts(textHashes: readonly string[]): Promise<Map<string, ArchivedTexts>>;
  /** Answers when the database does. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

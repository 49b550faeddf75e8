import type { EntryKind } from '../records/chain.js';

/** The tables, as Kysely types them (the same on SQLite and PostgreSQL). */
export interface Tables {
  /** The hash-chained log: one row per entry, numbered from 1 without gaps. */
  entries: {
    seq: number | string;
    kind: EntryKind;
    /** The record's `id` (record entries; kept after erasure so a resend is recognised). */
    record_id: string | null;
    /** The record's `consentId`; null once erased and for other kinds. */
    consent_id: string | null;
    received_at: string;
    /** Canonical JSON of the entry's content; null once the record was erased. */
    content: string | null;
    content_hash: string;
    prev_hash: string;
    hash: string;
  };
  /** One row (id 1): the last entry, and the checkpoint the remaining log starts from after a purge. */
  chain_head: {
    id: number;
    seq: number | string;
    hash: string;
    checkpoint_seq: number | string;
    checkpoint_hash: string;
  };
  /** The texts behind a `textHash`, archived by `PUT /admin/texts/{textHash}`. */
  texts: {
    text_hash: string;
    language: string;
    revision: number;
    texts: string;
    archived_at: string;
  };
}

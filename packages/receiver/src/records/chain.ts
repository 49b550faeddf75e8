import { createHash } from 'node:crypto';

/** What an entry of the log is: a stored record, the erasure of a visitor's records, or a retention purge. */
export type EntryKind = 'record' | 'erasure' | 'purge';

/** The previous hash of the very first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The chain hash of one entry: its number, kind, the previous entry's hash and the hash of its
 * canonical content. The content enters only through its hash, so an erased record's content can
 * be removed while its entry (and every later one) still verifies.
 */
export const entryHash = (seq: number, kind: EntryKind, prevHash: string, contentHash: string): string =>
  sha256Hex(`${seq}\n${kind}\n${prevHash}\n${contentHash}`);

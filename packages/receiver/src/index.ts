// @consentry/receiver: the consent records receiver (docs/receiver.md).
export { createReceiver, type ReceiverOptions } from './app.js';
export type { Receiver, ClientInfo, ListenOptions, Listening } from './types.js';
export { openStore, DEFAULT_DB, type OpenOptions } from './store/openStore.js';
export type { RecordStore, StoredRecord, Entry, EntryFilter, VerifyResult, ArchivedTexts, AppendOutcome } from './store/recordStore.js';
export type { ConsentRecord } from './records/validateRecord.js';
export type { RateLimitOptions } from './http/createRateLimiter.js';

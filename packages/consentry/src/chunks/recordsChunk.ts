// consentry-records.js: records, receipts and IndexedDB (idb-keyval), fetched only when there is
// something to keep (a decision) or to read (a database that already exists).
import { createRecordKeeper, fetchReceiverCopy, sha256 } from '@consentry/core/records';
import { registerChunk } from './registerChunk';

registerChunk('records', { createRecordKeeper, sha256, fetchReceiverCopy });

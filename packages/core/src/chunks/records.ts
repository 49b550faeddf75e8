// Records, receipts and IndexedDB, split out so pages load them only when there is something to keep.
export { createRecordKeeper } from '../records/createRecordKeeper';
export { fetchReceiverCopy } from '../records/fetchReceiverCopy';
export { sha256 } from '../model/texts/sha256';

// consentry-store.js: IndexedDB (idb-keyval), fetched only after a decision or to restore one.
import { openIdbStore } from '@consentry/core/idb';
import { registerChunk } from './registerChunk';

registerChunk('store', { openIdbStore });

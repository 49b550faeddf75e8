import { createStore, del, get, set, update } from 'idb-keyval';
import { DB_NAME } from '../model/config/defaults';
import type { KeyValueStore } from './env';

/** Opens Consentry's database through idb-keyval; idb-keyval opens lazily and reopens when the browser closes it. */
export function openIdbStore(): KeyValueStore {
  const store = createStore(DB_NAME, 'kv');
  return {
    get: (k) => get(k, store),
    set: (k, v) => set(k, v, store),
    update: (k, fn) => update(k, fn, store),
    del: (k) => del(k, store),
  };
}

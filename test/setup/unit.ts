// happy-dom has no IndexedDB: fake-indexeddb gives the real API in memory.
import 'fake-indexeddb/auto';

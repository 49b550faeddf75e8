// IndexedDB storage, split out so pages load it only after a decision (or to restore one).
export { openIdbStore } from './storage/openIdbStore';

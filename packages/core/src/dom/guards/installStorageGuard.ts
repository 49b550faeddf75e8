/**
 * The storage guard: `localStorage` / `sessionStorage` `setItem` of a key that `blocked(key)` refuses
 * is dropped, without an exception (a tracker that throws breaks the page), through the prototype,
 * so references taken before Consentry are covered too.
 * `window.localStorage` stays the browser's own object: a stand-in (a proxy) could catch property
 * writes (`localStorage.x = 1`), but the browser does not take it for a Storage
 * (`new StorageEvent('storage', { storageArea: localStorage })` throws, `e.storageArea ===
 * localStorage` is false, so posthog-js's cross-tab sync stops). A refused key written as a property
 * is removed instead when the page is left (`pagehide`): it lasts no longer than the page, and the
 * next page's start-up sweep takes any that a crash left behind.
 */
export function installStorageGuard(blocked: (key: string) => boolean) {
  const proto = Storage.prototype;
  const setItem = proto.setItem;
  proto.setItem = function (this: Storage, key: string, value: string) {
    if (!blocked(String(key))) setItem.call(this, key, value);
  };
  addEventListener('pagehide', () => {
    try {
      for (const storage of [localStorage, sessionStorage]) for (const key of Object.keys(storage)) if (blocked(key)) storage.removeItem(key);
    } catch {
      // Storage disabled: nothing stored.
    }
  });
}

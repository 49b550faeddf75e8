/**
 * The IndexedDB guard: a database that `blocked(name)` refuses cannot be created (its upgrade is
 * aborted before the caller's handlers run, so the caller gets an `error` event), and an open
 * connection to one closes itself when clearing deletes it, so a tracker that keeps its database
 * open does not block the deletion (`versionchange`). An existing one can still be opened until
 * clearing deletes it; connections opened before Consentry ran are out of reach (their databases
 * go when the page closes).
 */
export function installDatabaseGuard(blocked: (name: string) => boolean) {
  const factory = IDBFactory.prototype;
  const open = factory.open;
  factory.open = function (this: IDBFactory, name: string, version?: number) {
    const req: IDBOpenDBRequest = version === undefined ? open.call(this, name) : open.call(this, name, version);
    const refused = () => blocked(String(name));
    req.addEventListener('upgradeneeded', (e) => {
      if (!refused()) return;
      e.stopImmediatePropagation();
      req.transaction!.abort();
    });
    req.addEventListener('success', () => req.result.addEventListener('versionchange', () => refused() && req.result.close()));
    return req;
  };
}

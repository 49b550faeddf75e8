import { scriptFromUrls, stackUrls } from './probe.mjs';

/** Runs in each frame: its origin, storage keys and IndexedDB databases. */
async function readFrame() {
  const keys = (area) => {
    try {
      return Object.keys(window[area]);
    } catch {
      return [];
    }
  };
  let databases = [];
  try {
    databases = (await indexedDB.databases()).map((d) => d.name);
  } catch {
    // No IndexedDB here (opaque origin, disabled).
  }
  return { origin: location.origin, localStorage: keys('localStorage'), sessionStorage: keys('sessionStorage'), databases };
}

/**
 * Storage: `localStorage` / `sessionStorage` keys and IndexedDB databases of every frame at each
 * snapshot, and the script that wrote or opened each (the probe's stack) where one did.
 */
export const storageCollector = {
  name: 'storage',
  setup(run) {
    run.stored = new Map();
    run.storageWrites = [];
    run.onProbe((e) => {
      if (e.type == 'storage' || e.type == 'database')
        run.storageWrites.push({
          kind: e.type == 'storage' ? e.area : 'indexedDB',
          name: e.name,
          at: e.at,
          by: scriptFromUrls(stackUrls(e.stack)) || e.frameUrl,
        });
    });
  },
  async snapshot(run) {
    for (const frame of run.page.frames()) {
      const found = await frame.evaluate(readFrame).catch(() => null);
      if (!found || found.origin == 'null') continue;
      for (const kind of ['localStorage', 'sessionStorage', 'databases'])
        for (const name of found[kind]) {
          const k = kind == 'databases' ? 'indexedDB' : kind;
          const key = `${k}|${found.origin}|${name}`;
          if (!run.stored.has(key)) run.stored.set(key, { kind: k, origin: found.origin, name, snapshotAt: Date.now() });
        }
    }
  },
  result(run) {
    return [...run.stored.values()].map((s) => {
      const writes = run.storageWrites.filter((w) => w.kind == s.kind && w.name == s.name && w.at <= s.snapshotAt);
      return {
        kind: s.kind == 'indexedDB' ? 'database' : 'storage',
        area: s.kind,
        name: s.name,
        origin: s.origin,
        setBy: writes[writes.length - 1]?.by ?? null,
        at: writes[0]?.at ?? null,
      };
    });
  },
};

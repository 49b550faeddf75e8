import { IDBFactory } from 'fake-indexeddb';
import { DB_NAME } from '../../src/model/config/defaults';
import type { Env, Transport } from '../../src/env/env';

export interface StoredCookie {
  name: string;
  value: string;
  attributes: Record<string, string | true>;
  expiresAt: number;
}

/** A cookie jar shared by the "tabs" of one browser: same-name cookies replace each other. */
export function createCookieJar() {
  const cookies = new Map<string, StoredCookie>();
  const writes: string[] = [];
  return { cookies, writes, changedAt: 0 };
}

/**
 * An env that behaves like a browser page for the engine: a real cookie jar with Max-Age,
 * a settable clock, IndexedDB from fake-indexeddb, and tabs that hear each other's broadcasts.
 */
export function createTestEnv(
  options: {
    jar?: ReturnType<typeof createCookieJar>;
    secure?: boolean;
    now?: number;
    userAgent?: string;
    gpc?: boolean;
    tabs?: Env[];
    cookieLag?: number;
    post?: Transport['post'];
  } = {},
) {
  const jar = options.jar || createCookieJar();
  const clock = { now: options.now ?? Date.parse('2026-01-31T12:00:00Z') };
  let external: (() => void) | undefined;
  const tabs = options.tabs || [];
  const events: Array<[string, unknown]> = [];
  const beacons: Array<{ url: string; body: string }> = [];
  const leaving: Array<(left: boolean) => void> = [];
  const current = () =>
    [...jar.cookies.values()]
      .filter((c) => c.expiresAt > clock.now)
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  let view = current();
  const env: Env & {
    clock: typeof clock;
    jar: typeof jar;
    events: typeof events;
    otherTabChanged(): void;
    leave(left: boolean): void;
    beacons: typeof beacons;
  } = {
    clock,
    jar,
    events,
    now: () => clock.now,
    readCookies() {
      // cookieLag: another tab's writes reach this tab that many ms late, as Chromium's can.
      if (!options.cookieLag || performance.now() - jar.changedAt >= options.cookieLag) view = current();
      return view;
    },
    writeCookie(s) {
      jar.writes.push(s);
      jar.changedAt = performance.now();
      const [pair, ...attrs] = s.split(/;\s*/);
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const attributes: Record<string, string | true> = {};
      for (const a of attrs) {
        const [k, v] = a.split('=');
        attributes[k.toLowerCase()] = v ?? true;
      }
      const maxAge = attributes['max-age'];
      const expiresAt = maxAge === undefined ? Infinity : clock.now + Number(maxAge) * 1000;
      if (expiresAt <= clock.now) jar.cookies.delete(name);
      else jar.cookies.set(name, { name, value: pair.slice(eq + 1), attributes, expiresAt });
      view = current();
    },
    secure: options.secure ?? false,
    pageUrl: 'https://site.test/page',
    userAgent: options.userAgent ?? 'Mozilla/5.0 test',
    gpc: options.gpc ?? false,
    storeExists: async () => (await indexedDB.databases()).some((d) => d.name == DB_NAME),
    load: (name) => import(`../../src/chunks/${name}.ts`),
    // The page's localStorage (happy-dom's, shared by the "tabs" as a browser's is).
    storage: () => localStorage,
    transport: {
      post: options.post ?? ((url, init) => fetch(url, init)),
      beacon: (url, body) => (beacons.push({ url, body }), true),
      channel: () => undefined,
      onLeave: (fn) => leaving.push(fn),
      origin: 'https://site.test',
    },
    leave: (left: boolean) => leaving.forEach((fn) => fn(left)),
    beacons,
    // As a browser's: nothing is posted before this tab listens (its channel opens then).
    broadcast: () => external && tabs.filter((t) => t !== env).forEach((t) => (t as typeof env).otherTabChanged()),
    onExternalChange: (fn) => (external = fn),
    otherTabChanged: () => external?.(),
    // A page's idle moment: after the current task.
    whenIdle: (fn) => void setTimeout(fn),
    dispatch: (name, detail) => {
      events.push([name, detail]);
      dispatchEvent(new CustomEvent(name, { detail }));
    },
  };
  tabs.push(env);
  return env;
}

/** A new, empty IndexedDB for each test (connections of earlier tests stay with the old one). */
export async function deleteDatabase() {
  // Let the previous test's pending writes land in its own database first.
  await settle(30);
  globalThis.indexedDB = new IDBFactory();
}

/** Lets pending promises and microtasks run. */
export const settle = (ms = 0) => new Promise((r) => setTimeout(r, ms));

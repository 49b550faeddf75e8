import { expiresAt } from '../model/consent/validity';
import type { Engine, RecordKeeper } from '../engine/engine';
import type { KeyValueStore } from '../env/env';
import { warn } from '../log';
import { readConsentCookie, writeConsentCookie } from '../engine/consentCookieJar';
import { createBrowserTransport } from '../env/createBrowserTransport';
import { openIdbStore } from '../env/openIdbStore';
import type { ConsentRecord } from '../types';
import { createOutbox } from './createOutbox';
import { storedRecords } from './storedRecords';
import { readEndpointOptions } from './readEndpointOptions';

/** How many receipts the local history keeps (oldest dropped first). */
export const MAX_RECEIPTS = 100;
const DECISION = 'decision';
const RECEIPTS = 'receipts';

/** How long a decision's record waits before it is kept (see `createRecordKeeper`). */
export const KEEP_AFTER_MS = 50;

/**
 * Records, the receipt history and the outbox, in Consentry's IndexedDB database. Loaded only once
 * there is something to keep, send or read. Everything runs one after another, so a `reset()` right
 * after a decision cannot be overtaken by that decision's write, and `history()` right after it
 * includes it. Failures are logged, never thrown.
 *
 * `keep` is called in the click that decided: the keeper is made, and the record kept, only
 * `KEEP_AFTER_MS` later, when the scripts that click released have usually run. Made in the click,
 * its code and the database's opening took the main thread between a released script's response
 * and its run (issue 15: with the banner removed after the decision, Accept all → analytics ran at
 * 4× CPU went from 58 to 42 ms, 25 interleaved visits). What a page closed meanwhile loses is the
 * local receipt only: the cookie holds the decision, and a record to send is backed up synchronously.
 */
export function createRecordKeeper(engine: Engine): RecordKeeper {
  let keeper: RecordKeeper | undefined;
  let last: Promise<unknown> = Promise.resolve();
  const after = <T>(fn: (k: RecordKeeper) => Promise<T>, wait?: number): Promise<T> => {
    const next = last.then(() => wait && new Promise((waited) => setTimeout(waited, wait))).then(() => fn((keeper ||= openKeeper(engine))));
    last = next.catch(() => {});
    return next;
  };
  return {
    keep: (record, value) => after((k) => k.keep(record, value), KEEP_AFTER_MS),
    restore: () => after((k) => k.restore()),
    history: () => after((k) => k.history()),
    flush: () => void after(async (k) => k.flush()),
  };
}

/** The keeper itself, made on first use. */
function openKeeper(engine: Engine): RecordKeeper {
  const { env } = engine;
  let queue: Promise<unknown> = Promise.resolve();
  let store: KeyValueStore | undefined;
  const run = <T>(fn: (s: KeyValueStore) => Promise<T>, onlyIfExists?: boolean): Promise<T | undefined> => {
    const next = queue
      .then(async () => {
        if (!store && onlyIfExists && !(await env.storeExists())) return;
        return fn((store ||= openIdbStore()));
      })
      .catch((e) => void warn('IndexedDB failed; the local consent history is incomplete:', e));
    queue = next;
    return next;
  };

  const receipts = (v: unknown) => storedRecords(v, 'IndexedDB receipts', (where) => engine.problem('stored', where));
  const endpoint = readEndpointOptions((engine.input as { endpoint?: unknown } | undefined)?.endpoint);
  const transport = endpoint && (env.transport || createBrowserTransport());
  const outbox = transport && createOutbox(engine, run, endpoint, transport);
  // The owner's choice, but one to know: records leave this site's origin.
  if (transport && engine.config.debug && new URL(endpoint.url, transport.origin).origin != transport.origin) engine.problem('offsite', endpoint.url);

  return {
    keep(record, value) {
      const sent = outbox?.add(record);
      if (value === undefined) return Promise.all([sent, run((s) => Promise.all([s.del(DECISION), s.del(RECEIPTS)]), true)]);
      return run((s) => Promise.all([s.set(DECISION, value), s.update<ConsentRecord[]>(RECEIPTS, (l) => [...receipts(l), record].slice(-MAX_RECEIPTS))]));
    },
    restore: () =>
      run((s) => s.get(DECISION), true).then((value) => {
        const { env, config } = engine;
        // A decision made meanwhile, here or in another tab, wins.
        if (typeof value != 'string' || readConsentCookie(env, config)[0] !== undefined) return;
        const d = engine.adopt(value, undefined, true);
        if (d) writeConsentCookie(env, config, value, expiresAt(d, config.cookie.expiresAfterDays));
      }),
    history: () => run((s) => s.get(RECEIPTS), true).then(receipts),
    flush: () => outbox?.flush(),
  };
}

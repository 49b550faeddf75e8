import { expiresAt } from '../model/consent/validity';
import type { Engine, RecordKeeper } from '../engine/engine';
import type { KeyValueStore } from '../env/env';
import { warn } from '../log';
import { writeConsentCookie } from '../engine/consentCookieJar';
import { readConsentCookie } from '../model/consent/readConsentCookie';
import { openIdbStore } from '../env/openIdbStore';
import type { ConsentRecord } from '../types';
import { createOutbox } from './createOutbox';
import { storedRecords } from './storedRecords';
import { recordsEndpoint } from './recordsEndpoint';

/** How many receipts the local history keeps (oldest dropped first). */
export const MAX_RECEIPTS = 100;
const DECISION = 'decision';
const RECEIPTS = 'receipts';

/**
 * Records, the receipt history and the outbox, in Consentry's IndexedDB database. Loaded only once
 * there is something to keep, send or read. Everything runs one after another, in the order asked,
 * so a `reset()`'s write cannot overtake the decision before it. The engine hands a decision's record
 * over only `KEEP_AFTER_MS` after it (createEngine.ts): `history()` holds what is kept by then.
 * Failures are logged, never thrown.
 */
export function createRecordKeeper(engine: Engine): RecordKeeper {
  let keeper: RecordKeeper | undefined;
  let last: Promise<unknown> = Promise.resolve();
  const after = <T>(fn: (k: RecordKeeper) => Promise<T>): Promise<T> => {
    const next = last.then(() => fn((keeper ||= openKeeper(engine))));
    last = next.catch(() => {});
    return next;
  };
  return {
    keep: (record, value) => after((k) => k.keep(record, value)),
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
  const [endpoint, transport] = recordsEndpoint(engine) ?? [];
  const outbox = endpoint && transport && createOutbox(engine, run, endpoint, transport);
  // The owner's choice, but one to know: records leave this site's origin.
  if (endpoint && transport && engine.config.debug && new URL(endpoint.url, transport.origin).origin != transport.origin)
    engine.problem('offsite', endpoint.url);

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

import type { Engine } from '../engine/createEngine';
import type { KeyValueStore } from '../env/env';
import { error, warn } from '../log';
import type { ConsentRecord, EndpointOptions } from '../types';
import { readBackup as storedBackup, writeBackup } from './outboxBackup';
import { OUTBOX_FLAG } from './outboxFlag';
import { storedRecords } from './storedRecords';

const OUTBOX = 'outbox';
/** Web Lock and BroadcastChannel name: ours alone, never the host app's. */
const TURN = 'consentry-outbox';
const LEASE = 'consentry-outbox-lease';
/** Longest a lease lasts without renewal (where Web Locks are missing). */
const LEASE_MS = 4000;
/** First retry after about this long; doubled each time, up to MAX_DELAY. */
const BASE_DELAY = 500;
const MAX_DELAY = 60_000;
/** sendBeacon shares a 64 KiB quota with keepalive fetches: stay under it. */
const BEACON_BUDGET = 60_000;

type Outcome = 'ok' | 'drop' | number;
type Run = <T>(fn: (s: KeyValueStore) => Promise<T>) => Promise<T | undefined>;

export interface Outbox {
  /** Stores the record in the outbox (before any attempt), then tries to send it. */
  add(record: ConsentRecord): Promise<void>;
  /** Sends what the outbox holds, oldest first, one tab at a time. */
  flush(): void;
}

/**
 * Delivery of records to the site's endpoint, at least once and never lost while the outbox holds
 * fewer than `maxQueue`: stored in IndexedDB (and in memory, since `pagehide` cannot wait for
 * IndexedDB) before the first attempt; sent with `fetch`; retried with exponential backoff and
 * jitter on network errors, timeouts, 408, 429 (honouring Retry-After) and 5xx; sent by beacon when
 * the page is hidden or closed; flushed again on the next page load. A 2xx removes a record for
 * good; any other 4xx drops it with one console error. Tabs take turns (Web Locks, or a lease in
 * localStorage where Web Locks are missing, as on plain http), so they do not send a record twice
 * in normal flushes. Nothing here throws into the page.
 */
export function createOutbox(engine: Engine, run: Run, options: Required<EndpointOptions>): Outbox {
  /** Records this tab knows are not delivered yet: what a beacon sends when the page goes away. */
  const pending = new Map<string, ConsentRecord>();
  const tab = Math.random().toString(36).slice(2);
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let channel: BroadcastChannel | undefined;
  try {
    // Another tab delivered these: never beacon them from here.
    channel = new BroadcastChannel(TURN);
    channel.onmessage = (e) => pending.delete(e.data);
  } catch {
    // Without BroadcastChannel a beacon may repeat a record; receivers drop duplicates by id.
  }
  const emit = (status: 'delivered' | 'failed' | 'dropped', record: ConsentRecord) => engine.emit('record', { status, record });
  const storage = (fn: (s: Storage) => unknown) => {
    try {
      return fn(localStorage);
    } catch {
      // Storage disabled: the outbox still works for this page; the next load cannot know to flush.
    }
  };

  async function send(record: ConsentRecord): Promise<Outcome> {
    const abort = new AbortController();
    const timeout = setTimeout(() => abort.abort(), options.timeoutMs);
    try {
      const res = await fetch(options.url, {
        method: 'POST',
        keepalive: true,
        credentials: options.credentials,
        headers: { 'content-type': 'application/json', ...options.headers },
        body: JSON.stringify(record),
        signal: abort.signal,
      });
      if (res.ok) return 'ok';
      if (res.status == 408 || res.status == 429 || res.status >= 500) {
        const after = res.headers.get('retry-after');
        const ms = after ? (/^\d+$/.test(after) ? +after * 1000 : Date.parse(after) - Date.now()) : 0;
        return ms > 0 ? Math.min(ms, MAX_DELAY * 10) : 0;
      }
      // An opaque or redirected answer is not what a receiver sends: try again later.
      if (res.status < 400) return 0;
      error(`the endpoint answered ${res.status} to record ${record.id}; it is dropped and not sent again`);
      return 'drop';
    } catch {
      return 0; // offline, refused, timed out: try again later
    } finally {
      clearTimeout(timeout);
    }
  }

  const corrupt = (where: string) => engine.problem('stored', where);
  /** The stored outbox; a corrupt value reads as empty (one warning) and the next write replaces it. */
  const outboxOf = (v: unknown) => storedRecords(v, 'IndexedDB outbox', corrupt);
  const readOutbox = async () => outboxOf(await run((s) => s.get(OUTBOX)));
  const readBackup = () => storedBackup(corrupt);

  /**
   * Puts records in the outbox (once each, oldest dropped past maxQueue); once IndexedDB holds them,
   * the localStorage backup lets go of them.
   */
  async function enqueue(records: ConsentRecord[]) {
    let dropped: ConsentRecord[] = [];
    await run((s) =>
      s.update<ConsentRecord[]>(OUTBOX, (l) => {
        const list = outboxOf(l);
        for (const r of records) if (!list.some((x) => x.id == r.id)) list.push(r);
        dropped = list.splice(0, Math.max(0, list.length - options.maxQueue));
        return list;
      }),
    );
    const kept = await readOutbox();
    writeBackup(readBackup().filter((b) => !kept.some((r) => r.id == b.id) && !dropped.some((d) => d.id == b.id)));
    for (const r of dropped) {
      pending.delete(r.id);
      warn(`the outbox holds more than maxQueue (${options.maxQueue}) records; dropped the oldest, ${r.id}`);
      emit('dropped', r);
    }
  }

  /** Sends every record once per round; a round with a failure is followed by another after a backoff. */
  async function deliverAll() {
    // Records a closing page backed up in localStorage (this tab's own are on their way in already).
    const backup = readBackup().filter((r) => !pending.has(r.id));
    if (backup.length) await enqueue(backup);
    const stored = await readOutbox();
    // Records IndexedDB could not keep are still in memory: send those too.
    const list = [...stored, ...[...pending.values()].filter((p) => !stored.some((r) => r.id == p.id))];
    let wait = -1;
    let delivered = false;
    for (const record of list) {
      pending.set(record.id, record);
      if (!(navigator as Navigator & { locks?: unknown }).locks) renewLease();
      const outcome = await send(record);
      if (typeof outcome == 'number') {
        emit('failed', record);
        wait = Math.max(wait, outcome);
        // The receiver asked for a pause: the rest waits too.
        if (outcome) break;
        continue;
      }
      delivered = true;
      await run((s) => s.update<ConsentRecord[]>(OUTBOX, (l) => outboxOf(l).filter((r) => r.id != record.id)));
      pending.delete(record.id);
      if (readBackup().some((b) => b.id == record.id)) writeBackup(readBackup().filter((b) => b.id != record.id));
      channel?.postMessage(record.id);
      emit(outcome == 'ok' ? 'delivered' : 'dropped', record);
    }
    if (wait >= 0) {
      if (delivered) attempt = 0;
      const delay = Math.min(MAX_DELAY, BASE_DELAY * 2 ** attempt++) * (0.75 + Math.random() / 2);
      timer = setTimeout(flush, Math.max(wait, delay));
    } else if (!(await readOutbox()).length && !readBackup().length) storage((s) => s.removeItem(OUTBOX_FLAG));
  }

  /** One tab at a time: the next one reads the outbox after the first has emptied it. */
  function withTurn(fn: () => Promise<void>): Promise<void> {
    const locks = (navigator as Navigator & { locks?: LockManager }).locks;
    if (locks) return locks.request(TURN, fn).then(() => {});
    const now = Date.now();
    const lease = storage((s) => s.getItem(LEASE)) as string | null | undefined;
    if (lease && !lease.startsWith(tab) && +lease.split(':')[1] > now) {
      timer = setTimeout(flush, 1000 + Math.random() * 1000);
      return Promise.resolve();
    }
    renewLease();
    // Two tabs loading at once may both have found no lease: the later write wins, and after a
    // pause longer than the gap between their writes, the other sees it and steps back.
    return new Promise((r) => setTimeout(r, 100 + Math.random() * 100)).then(() => {
      if (!(storage((s) => s.getItem(LEASE)) as string | null | undefined)?.startsWith(tab)) {
        timer = setTimeout(flush, 1000 + Math.random() * 1000);
        return;
      }
      return fn().finally(releaseLease);
    });
  }
  /** A short lease, renewed before each send: a tab that dies mid-flush holds up the others only briefly. */
  const renewLease = () => storage((s) => s.setItem(LEASE, `${tab}:${Date.now() + Math.min(options.timeoutMs, LEASE_MS) + 1000}`));
  const releaseLease = () => storage((s) => s.getItem(LEASE)?.startsWith(tab) && s.removeItem(LEASE));

  function flush() {
    clearTimeout(timer);
    withTurn(deliverAll).catch((e) => warn('sending consent records failed; they stay in the outbox:', e));
  }

  function beacon() {
    let budget = BEACON_BUDGET;
    for (const record of pending.values()) {
      const body = JSON.stringify(record);
      if (body.length > budget || !navigator.sendBeacon?.(options.url, body)) break;
      // Once per hiding: it stays in the outbox, and the next page load sends it again.
      pending.delete(record.id);
      budget -= body.length;
    }
  }
  addEventListener('pagehide', () => (beacon(), releaseLease()));
  document.addEventListener('visibilitychange', () => document.visibilityState == 'hidden' && beacon());

  return {
    async add(record) {
      pending.set(record.id, record);
      await enqueue([record]);
      flush();
    },
    flush,
  };
}

import type { Engine } from '../engine/engine';
import type { Transport } from '../env/env';
import { warn } from '../log';
import type { ConsentRecord, EndpointOptions } from '../types';
import { MAX_DELAY, sendRecord } from './sendRecord';
import { createOutboxStore, type Run } from './createOutboxStore';
import { createTurns } from './createTurns';

/** BroadcastChannel name (and Web Lock name, createTurns): ours alone, never the host app's. */
const TURN = 'consentry-outbox';
/** First retry after about this long; doubled each time, up to MAX_DELAY. */
const BASE_DELAY = 500;
/** sendBeacon shares a 64 KiB quota with keepalive fetches: stay under it. */
const BEACON_BUDGET = 60_000;

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
export function createOutbox(engine: Engine, run: Run, options: Required<EndpointOptions>, transport: Transport): Outbox {
  const { pending, settled, settle } = createLedger();
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let paused = false; // by the receiver (Retry-After): records added meanwhile wait for the round at its end
  // Another tab delivered these: never beacon them from here. Without a channel a beacon may
  // repeat a record; receivers drop duplicates by id.
  const channel = transport.channel(TURN);
  if (channel) channel.onmessage = (e) => settle(e.data);
  const emit = (status: 'delivered' | 'failed' | 'dropped', record: ConsentRecord) => engine.emit('record', { status, record });
  const local = engine.env.storage();
  const turns = createTurns(transport, local, options.timeoutMs, () => (timer = setTimeout(flush, 1000 + Math.random() * 1000)));
  const store = createOutboxStore(run, local, options.maxQueue, (where) => engine.problem('stored', where));

  /** Puts records in the outbox; what falls out past maxQueue is dropped with a warning. */
  async function enqueue(records: ConsentRecord[]) {
    for (const r of await store.add(records, settled)) {
      settle(r.id);
      warn(`the outbox holds more than maxQueue (${options.maxQueue}) records; dropped the oldest, ${r.id}`);
      emit('dropped', r);
    }
  }

  /** Sends every record once per round; a round with a failure is followed by another after a backoff. */
  async function deliverAll() {
    // Records a closing page backed up in localStorage (this tab's own are on their way in already).
    const backup = store.backup().filter((r) => !pending.has(r.id));
    if (backup.length) await enqueue(backup);
    const stored = await store.read();
    // Records IndexedDB could not keep are still in memory: send those too.
    const list = [...stored, ...[...pending.values()].filter((p) => !stored.some((r) => r.id == p.id))];
    let wait = -1;
    let delivered = false;
    for (const record of list) {
      pending.set(record.id, record);
      turns.renew();
      const outcome = await sendRecord(record, options, transport);
      if (typeof outcome == 'number') {
        emit('failed', record);
        wait = Math.max(wait, outcome);
        // The receiver asked for a pause: the rest waits too.
        if (outcome) break;
        continue;
      }
      delivered = true;
      // Settled before the removal's await: a late add() of this record in between would put it back.
      settle(record.id);
      channel?.postMessage(record.id);
      await store.remove(record.id);
      emit(outcome == 'ok' ? 'delivered' : 'dropped', record);
    }
    paused = wait > 0;
    if (wait >= 0) {
      if (delivered) attempt = 0;
      const delay = Math.min(MAX_DELAY, BASE_DELAY * 2 ** attempt++) * (0.75 + Math.random() / 2);
      timer = setTimeout(flush, Math.max(wait, delay));
    } else await store.clearFlagIfEmpty();
  }

  function flush() {
    paused = false;
    clearTimeout(timer);
    turns.take(deliverAll).catch((e) => warn('sending consent records failed; they stay in the outbox:', e));
  }

  transport.onLeave((left) => {
    beacon(pending, options.url, transport);
    if (left) turns.release();
  });

  return {
    async add(record) {
      if (settled.has(record.id)) return;
      pending.set(record.id, record);
      await enqueue([record]);
      if (!paused) flush();
    },
    flush,
  };
}

/**
 * What this tab knows about records: those not delivered yet (`pending`, what a beacon sends when
 * the page goes away), and those settled for good (delivered or dropped, here or, as the channel
 * says, in another tab). A decision's record reaches `add` a moment after the click
 * (createRecordKeeper); a round started meanwhile may already have sent or dropped it from the
 * localStorage backup, and it must not come back: `add` ignores it (nor does it become pending,
 * which a beacon would send), and the store refuses it inside its write (createOutboxStore).
 */
function createLedger() {
  const pending = new Map<string, ConsentRecord>();
  const settled = new Set<string>();
  return {
    pending,
    settled,
    settle(id: string) {
      pending.delete(id);
      settled.add(id);
    },
  };
}

/** The page goes away: what is pending leaves by beacon, within the beacon quota. */
function beacon(pending: Map<string, ConsentRecord>, url: string, transport: Transport) {
  let budget = BEACON_BUDGET;
  for (const record of pending.values()) {
    const body = JSON.stringify(record);
    if (body.length > budget || !transport.beacon(url, body)) break;
    // Once per hiding: it stays in the outbox, and the next page load sends it again.
    pending.delete(record.id);
    budget -= body.length;
  }
}

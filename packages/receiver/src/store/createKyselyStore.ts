import { type Kysely, type Transaction, Migrator, sql } from 'kysely';
import { canonicalJson } from '../records/canonicalJson.js';
import { entryHash, type EntryKind, sha256Hex } from '../records/chain.js';
import type { ConsentRecord } from '../records/validateRecord.js';
import * as m001 from './migrations/001_entries.js';
import { textsRevision } from './migrations/002_texts_revision.js';
import { LOCK_PATIENCE_MS, retryWhileBusy, StoreBusyError } from './retryWhileBusy.js';
import type { AppendOutcome, ArchivedTexts, Entry, EntryFilter, RecordStore, StoredRecord, VerifyResult } from './recordStore.js';
import type { Tables } from './schema.js';

type Db = Kysely<Tables>;
type Tx = Transaction<Tables>;
/** The last entry of the chain. */
export interface Head {
  seq: number;
  hash: string;
}
interface NewEntry {
  kind: EntryKind;
  record_id: string | null;
  consent_id: string | null;
  received_at: string;
  content: string;
}

/** Largest number of records appended in one transaction (parameters stay far below both databases' limits). */
const BATCH = 400;

/** How `createKyselyStore` works with its database. */
export interface StoreOptions {
  /**
   * Takes the chain-head row for the transaction and reads it: `SELECT … FOR UPDATE` on
   * PostgreSQL (so receivers in several processes append one after the other), a write to the
   * row on SQLite (which takes the file's write lock at once).
   */
  lockHead: (tx: Tx) => Promise<Head>;
  /** Which database it is, for the migrations that differ. @default false */
  postgres?: boolean;
  /** Brings the schema up to date first (not for a database opened read-only). @default true */
  migrate?: boolean;
}

/** The store over one Kysely database. */
export async function createKyselyStore(db: Db, { lockHead, postgres = false, migrate = true }: StoreOptions): Promise<RecordStore> {
  if (migrate) {
    const migrations = { '001_entries': m001, '002_texts_revision': textsRevision(postgres) };
    const { error } = await new Migrator({ db, provider: { getMigrations: async () => migrations } }).migrateToLatest();
    if (error) throw error;
  }

  const readHead = async (tx: Tx): Promise<Head> => {
    const row = await lockHead(tx);
    return { seq: Number(row.seq), hash: row.hash };
  };

  // Every write runs here, one after another, each tried again while another process holds the
  // lock: so only one of them waits on the lock at a time (on SQLite each try blocks the event loop
  // for its short busy timeout; on PostgreSQL each holds a connection).
  let writing: Promise<unknown> = Promise.resolve();
  let busy = false;
  const exclusive = <T>(write: () => Promise<T>, since = Date.now()): Promise<T> => {
    const done = writing
      .then(() => {
        // Past its patience behind a write that found the lock held to its end: no try of its own
        // (each try on PostgreSQL waits its 200 ms, so a queue of them would add up).
        if (busy && Date.now() - since >= LOCK_PATIENCE_MS) throw new StoreBusyError();
        return retryWhileBusy(write, since);
      })
      .then(
        (result) => {
          busy = false;
          return result;
        },
        (e) => {
          busy = e instanceof StoreBusyError;
          throw e;
        },
      );
    writing = done.catch(() => {});
    return done;
  };
  /** A transaction that changes the log (see `exclusive`). */
  const writeTx = <T>(change: (tx: Tx) => Promise<T>) => exclusive(() => db.transaction().execute(change));

  /** Appends entries after `head` (chain hashes computed here) and moves the head. */
  const write = async (tx: Tx, head: Head, list: NewEntry[]): Promise<void> => {
    if (!list.length) return;
    let { seq, hash } = head;
    const rows = list.map((e) => {
      const contentHash = sha256Hex(e.content);
      const prev = hash;
      seq += 1;
      hash = entryHash(seq, e.kind, prev, contentHash);
      return { ...e, seq, content_hash: contentHash, prev_hash: prev, hash };
    });
    for (let i = 0; i < rows.length; i += BATCH)
      await tx
        .insertInto('entries')
        .values(rows.slice(i, i + BATCH))
        .execute();
    await tx.updateTable('chain_head').set({ seq, hash }).where('id', '=', 1).execute();
  };

  /** Each id's canonical content as stored (null once erased). */
  const storedContent = async (q: Db | Tx, ids: readonly string[]) => {
    const known = new Map<string, string | null>();
    for (let i = 0; i < ids.length; i += BATCH)
      for (const row of await q
        .selectFrom('entries')
        .select(['record_id', 'content'])
        .where('record_id', 'in', ids.slice(i, i + BATCH))
        .execute())
        known.set(row.record_id!, row.content == null ? null : withoutReceivedAt(row.content));
    return known;
  };

  /**
   * Stores the records not stored yet. The lookup of ids already stored runs before the head is
   * locked, so the lock (which serialises every receiver on the database) is held for the writes
   * alone. Should another receiver store one of these ids in between, the insert fails on the
   * unique id and the batch is tried again with the lookup under the lock; nothing of the failed
   * attempt remains (one transaction).
   */
  const appendNow = async (records: readonly ConsentRecord[], lookUpUnderLock = false): Promise<AppendOutcome[]> => {
    const ids = [...new Set(records.map((r) => r.id))];
    const before = lookUpUnderLock ? undefined : await storedContent(db, ids);
    try {
      return await db.transaction().execute(async (tx) => {
        const head = await readHead(tx);
        // Also holds the records taken earlier in this batch (their canonical form is only worked
        // out if the id comes again).
        const known: Map<string, string | null | ConsentRecord> = before ?? (await storedContent(tx, ids));
        const receivedAt = new Date().toISOString();
        const list: NewEntry[] = [];
        const outcomes = records.map((record): AppendOutcome => {
          if (known.has(record.id)) {
            const stored = known.get(record.id) as string | null | ConsentRecord;
            // An erased record sent again (a beacon repeat) is not stored again: erasure stands.
            if (stored === null) return 'duplicate';
            return (typeof stored == 'string' ? stored : canonicalJson(stored)) === canonicalJson(record) ? 'duplicate' : 'conflict';
          }
          known.set(record.id, record);
          list.push({
            kind: 'record',
            record_id: record.id,
            consent_id: record.consentId,
            received_at: receivedAt,
            content: canonicalJson({ ...record, receivedAt }),
          });
          return 'stored';
        });
        await write(tx, head, list);
        return outcomes;
      });
    } catch (e) {
      if (!lookUpUnderLock && isDuplicateRecordId(e)) return appendNow(records, true);
      throw e;
    }
  };

  // Group commit: requests arriving while a transaction runs share the next one, so the lock is
  // taken (and the disk synced) once per batch rather than once per record.
  let queue: { record: ConsentRecord; since: number; done: (o: AppendOutcome) => void; fail: (e: unknown) => void }[] = [];
  let flushing = false;
  const flush = async () => {
    while (queue.length) {
      const batch = queue.slice(0, BATCH);
      queue = queue.slice(BATCH);
      try {
        const outcomes = await exclusive(() => appendNow(batch.map((b) => b.record)), batch[0]!.since);
        batch.forEach((b, i) => b.done(outcomes[i]!));
      } catch (e) {
        for (const b of batch) b.fail(e);
      }
    }
    flushing = false;
  };

  async function* entries(filter: EntryFilter, pageSize = 1000): AsyncIterable<Entry> {
    let after = -1;
    for (;;) {
      let q = db.selectFrom('entries').selectAll().where('seq', '>', after);
      if (filter.from) q = q.where('received_at', '>=', filter.from);
      if (filter.to) q = q.where('received_at', '<=', filter.to);
      if (filter.consentId) q = q.where('consent_id', '=', filter.consentId);
      if (filter.recordsOnly) q = q.where('kind', '=', 'record').where('content', 'is not', null);
      const rows = await q.orderBy('seq').limit(pageSize).execute();
      for (const r of rows)
        yield {
          seq: Number(r.seq),
          kind: r.kind,
          recordId: r.record_id,
          receivedAt: r.received_at,
          content: r.content == null ? null : JSON.parse(r.content),
          prevHash: r.prev_hash,
          hash: r.hash,
        };
      if (rows.length < pageSize) return;
      after = Number(rows[rows.length - 1]!.seq);
    }
  }

  const verify = async (): Promise<VerifyResult> => {
    // The head as it is now: entries appended while this runs are left for the next verify.
    const start = await db.selectFrom('chain_head').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
    const end = Number(start.seq);
    let seq = Number(start.checkpoint_seq);
    let hash = start.checkpoint_hash;
    let count = 0;
    const erased = new Set<string>();
    const erasedRows: { name: string; id: string }[] = [];
    const bad = (name: string, reason: string): VerifyResult => ({ ok: false, firstBad: name, reason });
    for (let after = -1; ; ) {
      const rows = await db.selectFrom('entries').selectAll().where('seq', '>', after).where('seq', '<=', end).orderBy('seq').limit(1000).execute();
      for (const r of rows) {
        const rowSeq = Number(r.seq);
        const name = r.record_id ?? String(rowSeq);
        if (rowSeq != seq + 1) return bad(String(seq + 1), `entry ${seq + 1} is missing`);
        if (r.prev_hash != hash) return bad(name, `entry ${rowSeq} does not follow entry ${seq}`);
        if (r.content != null) {
          if (sha256Hex(r.content) != r.content_hash) return bad(name, `entry ${rowSeq}'s content was changed`);
          const content = JSON.parse(r.content);
          if (r.kind == 'record' && (content.id != r.record_id || content.consentId != r.consent_id))
            return bad(name, `entry ${rowSeq}'s ids do not match its content`);
          if (r.kind == 'erasure') for (const id of content.recordIds) erased.add(id);
        } else if (r.kind == 'record') erasedRows.push({ name, id: r.record_id ?? '' });
        else return bad(name, `entry ${rowSeq} has no content`);
        if (entryHash(rowSeq, r.kind, r.prev_hash, r.content_hash) != r.hash) return bad(name, `entry ${rowSeq}'s hash is wrong`);
        seq = rowSeq;
        hash = r.hash;
        count++;
      }
      if (rows.length < 1000) break;
      after = seq;
    }
    if (end != seq || start.hash != hash) return bad(String(seq + 1), `entries after ${seq} are missing`);
    // An erased record's content may only be gone when an erasure entry names it.
    const unexplained = erasedRows.find((r) => !erased.has(r.id));
    if (unexplained) return bad(unexplained.name, `record ${unexplained.name} has no content and no erasure entry`);
    return { ok: true, entries: count };
  };

  return {
    append: (records) =>
      Promise.all(
        records.map(
          (record) =>
            new Promise<AppendOutcome>((done, fail) => {
              queue.push({ record, since: Date.now(), done, fail });
              // Wait for the requests already read in this turn of the event loop to join.
              if (!flushing) {
                flushing = true;
                setImmediate(flush);
              }
            }),
        ),
      ),

    async recordsOf(consentId) {
      const rows = await db
        .selectFrom('entries')
        .select('content')
        .where('consent_id', '=', consentId)
        .where('kind', '=', 'record')
        .where('content', 'is not', null)
        .orderBy('seq')
        .execute();
      return rows.map((r) => JSON.parse(r.content!) as StoredRecord);
    },

    erase: (consentId) =>
      writeTx(async (tx) => {
        const head = await readHead(tx);
        const rows = await tx
          .selectFrom('entries')
          .select('record_id')
          .where('consent_id', '=', consentId)
          .where('kind', '=', 'record')
          .orderBy('seq')
          .execute();
        if (!rows.length) return 0;
        const recordIds = rows.map((r) => r.record_id!);
        await tx.updateTable('entries').set({ content: null, consent_id: null }).where('consent_id', '=', consentId).where('kind', '=', 'record').execute();
        const erasedAt = new Date().toISOString();
        await write(tx, head, [{ kind: 'erasure', record_id: null, consent_id: null, received_at: erasedAt, content: canonicalJson({ recordIds, erasedAt }) }]);
        return recordIds.length;
      }),

    entries,
    verify,

    purge: (before) =>
      writeTx(async (tx) => {
        const head = await readHead(tx);
        const firstKept = await tx.selectFrom('entries').select('seq').where('received_at', '>=', before).orderBy('seq').limit(1).executeTakeFirst();
        const through = firstKept ? Number(firstKept.seq) - 1 : head.seq;
        const last = await tx.selectFrom('entries').select(['seq', 'hash']).where('seq', '<=', through).orderBy('seq', 'desc').limit(1).executeTakeFirst();
        if (!last) return 0;
        const removed = await tx.deleteFrom('entries').where('seq', '<=', through).executeTakeFirst();
        await tx.updateTable('chain_head').set({ checkpoint_seq: last.seq, checkpoint_hash: last.hash }).where('id', '=', 1).execute();
        const purgedAt = new Date().toISOString();
        // The purge itself is an entry: the log says what was removed, up to which hash.
        await write(tx, head, [
          {
            kind: 'purge',
            record_id: null,
            consent_id: null,
            received_at: purgedAt,
            content: canonicalJson({ through: Number(last.seq), hash: last.hash, before, purgedAt }),
          },
        ]);
        return Number(removed.numDeletedRows);
      }),

    async putTexts(textHash, t) {
      await exclusive(() =>
        db
          .insertInto('texts')
          .values({ text_hash: textHash, language: t.language, revision: t.revision, texts: JSON.stringify(t.texts), archived_at: new Date().toISOString() })
          .onConflict((oc) => oc.column('text_hash').doNothing())
          .execute(),
      );
    },

    async getTexts(textHashes) {
      const map = new Map<string, ArchivedTexts>();
      const unique = [...new Set(textHashes)];
      for (let i = 0; i < unique.length; i += BATCH)
        for (const r of await db
          .selectFrom('texts')
          .selectAll()
          .where('text_hash', 'in', unique.slice(i, i + BATCH))
          .execute())
          map.set(r.text_hash, { language: r.language, revision: Number(r.revision), texts: JSON.parse(r.texts) });
      return map;
    },

    async ping() {
      await sql`select 1`.execute(db);
    },

    close: () => db.destroy(),
  };
}

/** A unique violation on `record_id` (PostgreSQL names the constraint, SQLite the column). */
const isDuplicateRecordId = (e: unknown): boolean => {
  const error = e as { code?: string; constraint?: string; message?: string };
  return (
    (error?.code == '23505' && /record_id/.test(error.constraint ?? '')) ||
    (/^SQLITE_CONSTRAINT/.test(error?.code ?? '') && /entries\.record_id/.test(error.message ?? ''))
  );
};

/** A stored record's canonical JSON without the receive time: what a resend is compared with. */
const withoutReceivedAt = (content: string): string => {
  const { receivedAt: _, ...record } = JSON.parse(content);
  return canonicalJson(record);
};

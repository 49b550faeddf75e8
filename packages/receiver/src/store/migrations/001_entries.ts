import type { Kysely } from 'kysely';
import { GENESIS_HASH } from '../../records/chain.js';

/** The log, its head row and the text archive. Plain types both databases share. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('entries')
    .addColumn('seq', 'bigint', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.unique())
    .addColumn('consent_id', 'text')
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('content', 'text')
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('entries_consent_id').on('entries').column('consent_id').execute();
  await db.schema.createIndex('entries_received_at').on('entries').column('received_at').execute();
  await db.schema
    .createTable('chain_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('checkpoint_seq', 'bigint', (c) => c.notNull())
    .addColumn('checkpoint_hash', 'text', (c) => c.notNull())
    .execute();
  await db.insertInto('chain_head').values({ id: 1, seq: 0, hash: GENESIS_HASH, checkpoint_seq: 0, checkpoint_hash: GENESIS_HASH }).execute();
  await db.schema
    .createTable('texts')
    .addColumn('text_hash', 'text', (c) => c.primaryKey())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('texts', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'text', (c) => c.notNull())
    .execute();
}

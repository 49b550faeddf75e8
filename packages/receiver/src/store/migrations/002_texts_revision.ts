import { type Kysely, type Migration, sql } from 'kysely';

/**
 * A config's revision has up to 15 digits (what the consent cookie carries): the text archive's
 * column takes 64 bits. SQLite's `integer` always has; PostgreSQL's has 32.
 */
export const textsRevision = (postgres: boolean): Migration => ({
  async up(db: Kysely<any>) {
    if (postgres) await sql`alter table texts alter column revision type bigint`.execute(db);
  },
});

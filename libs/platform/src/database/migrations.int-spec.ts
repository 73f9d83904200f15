import { Client } from 'pg';
import { createTestDatabase } from '../testing/test-database';
import { runMigrations } from './data-source';

const CAUGHT_UP = ['case_study_published', 'case_study_title_search', 'event_title_search'];
/** As Search1764150000000 defines them (SearchBounded1764900000000 later moves both title indexes to stored columns). */
const DEFINITIONS = [
  `CREATE INDEX case_study_published ON public.case_study USING btree (published_at DESC, id DESC) WHERE (status = 'PUBLISHED'::text)`,
  `CREATE INDEX case_study_title_search ON public.case_study USING gin (to_tsvector('german'::regconfig, title))`,
  `CREATE INDEX event_title_search ON public.event USING gin (to_tsvector('german'::regconfig, title))`,
].map((def, i) => ({ name: CAUGHT_UP[i], def }));

/** A database migrated before commit 0093442 edited Search1764150000000 gets its indexes all the same. */
describe('SearchIndexesCatchUp1764600000000', () => {
  it('creates the indexes the edited search migration never gave older databases, with the same definitions', async () => {
    const db = await createTestDatabase();
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const definitions = async () =>
      (await client.query<{ name: string; def: string }>(`select indexname as name, indexdef as def from pg_indexes where indexname = any($1) order by 1`, [CAUGHT_UP])).rows;
    try {
      const current = await definitions();
      expect(current.map((r) => r.name)).toEqual(CAUGHT_UP);
      // The state of a database migrated before 0093442: none of the three, and the catch-up not run yet.
      await client.query(`drop index ${CAUGHT_UP.join(', ')}`);
      await client.query(`delete from schema_migration where name = 'SearchIndexesCatchUp1764600000000'`);
      expect(await runMigrations(db.url)).toEqual(['SearchIndexesCatchUp1764600000000']);
      expect(await definitions()).toEqual(DEFINITIONS);
      // On a database that has them (migrated after 0093442) it changes nothing.
      await client.query(`delete from schema_migration where name = 'SearchIndexesCatchUp1764600000000'`);
      expect(await runMigrations(db.url)).toEqual(['SearchIndexesCatchUp1764600000000']);
      expect(await definitions()).toEqual(DEFINITIONS);
    } finally {
      await client.end();
      await db.drop();
    }
  });
});

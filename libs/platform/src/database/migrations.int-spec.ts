import { Client } from 'pg';
import { createTestDatabase } from '../testing/test-database';
import { runMigrations } from './data-source';

const CAUGHT_UP = ['case_study_published', 'case_study_title_search', 'event_title_search'];

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
      expect(await definitions()).toEqual(current);
      // On a database that has them (migrated after 0093442) it changes nothing.
      await client.query(`delete from schema_migration where name = 'SearchIndexesCatchUp1764600000000'`);
      expect(await runMigrations(db.url)).toEqual(['SearchIndexesCatchUp1764600000000']);
      expect(await definitions()).toEqual(current);
    } finally {
      await client.end();
      await db.drop();
    }
  });
});

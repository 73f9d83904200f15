import { Client } from 'pg';
import { createTestDatabase } from './test-database';

/** The run's PostgreSQL is set up for throwaway data (test/setup/global-setup.ts). */
describe('the test cluster', () => {
  it('does not flush to disk: fsync, synchronous_commit and full_page_writes are off', async () => {
    const db = await createTestDatabase();
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const settings: Record<string, string> = {};
      for (const name of ['fsync', 'synchronous_commit', 'full_page_writes']) {
        settings[name] = (await client.query<Record<string, string>>(`show ${name}`)).rows[0][name];
      }
      expect(settings).toEqual({ fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' });
    } finally {
      await client.end();
      await db.drop();
    }
  });
});

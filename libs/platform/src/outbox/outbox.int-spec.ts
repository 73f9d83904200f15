import { DataSource } from 'typeorm';
import { createTestDatabase } from '../testing/test-database';
import { claimUnrelayedEvents, markEventsRelayed, OUTBOX_INSERT } from './outbox';

/** The relay's claim on a real PostgreSQL: oldest first by number, not by the id's text. */
describe('claimUnrelayedEvents', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await new DataSource({ type: 'postgres', url: database.url }).initialize();
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('takes the oldest events in numeric id order across a digit boundary (999 before 1000) and skips relayed ones', async () => {
    // The next ids are 995 … 1006: they cross from three to four digits, where text order differs.
    await db.query(`select setval(pg_get_serial_sequence('outbox_event', 'id'), 994)`);
    const types = Array.from({ length: 12 }, (_, i) => `test.event-${i + 1}`);
    await db.query(OUTBOX_INSERT, [types, types.map(() => '{}')]);
    const [{ first }] = (await db.query(`select min(id)::text as first from outbox_event`)) as Array<{ first: string }>;
    // Ids as numbers relative to the first, so the test does not depend on the sequence's start.
    const relative = (ids: string[]) => ids.map((id) => Number(BigInt(id) - BigInt(first)) + 1);

    const claimed = await db.transaction(async (m) => {
      const ids = await claimUnrelayedEvents(m, 10);
      await markEventsRelayed(m, ids);
      return ids;
    });
    expect(relative(claimed)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

    const rest = await db.transaction((m) => claimUnrelayedEvents(m, 10));
    expect(relative(rest)).toEqual([11, 12]);
  });
});

import { Client } from 'pg';
import { createTestDatabase } from '../testing/test-database';
import { runMigrations } from './data-source';

const CAUGHT_UP = ['case_study_published', 'case_study_title_search', 'event_title_search'];
/** As Search1764150000000 defines them (SearchBounded1765000000000 later moves both title indexes to stored columns). */
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

/** Existing events keep the UID calendars know them by; existing slugs stay and are recorded. */
describe('StableIdentifiers1764900000000', () => {
  const saved = { PUBLIC_URL: process.env.PUBLIC_URL, PORT: process.env.PORT };
  afterEach(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it('backfills each event with <id>@<host of PUBLIC_URL> and records every existing slug', async () => {
    const db = await createTestDatabase();
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows: [m] } = await client.query<{ id: string }>(
        `insert into municipality (slug, name, kind, state, status) values ('kl-test', 'Kaiserslautern', 'STADT', 'RP', 'ACTIVE') returning id`,
      );
      const { rows: [event] } = await client.query<{ id: string }>(
        `insert into event (ical_uid, title, starts_at, ends_at, format, municipality_id, visibility)
         values ('x', 'Netzwerktreffen', now(), now(), 'ONLINE', $1, 'PUBLIC') returning id`,
        [m.id],
      );
      const { rows: [caseStudy] } = await client.query<{ id: string }>(
        `insert into case_study (slug, title, summary, maturity, municipality_id, visibility)
         values ('buergerbeteiligung-e31bb6', 'Bürgerbeteiligung', 'kurz', 'PILOT', $1, 'PUBLIC') returning id`,
        [m.id],
      );
      // The state before the migration: no UID column, no slug history.
      await client.query(`drop table case_study_slug`);
      await client.query(`alter table event drop column ical_uid`);
      await client.query(`delete from schema_migration where name = 'StableIdentifiers1764900000000'`);

      process.env.PUBLIC_URL = 'https://ikone.example.org:8443/';
      expect(await runMigrations(db.url)).toEqual(['StableIdentifiers1764900000000']);
      expect((await client.query(`select ical_uid from event where id = $1`, [event.id])).rows).toEqual([{ ical_uid: `${event.id}@ikone.example.org:8443` }]);
      expect((await client.query(`select slug, case_study_id from case_study_slug`)).rows).toEqual([{ slug: 'buergerbeteiligung-e31bb6', case_study_id: caseStudy.id }]);
      expect((await client.query(`select slug from case_study where id = $1`, [caseStudy.id])).rows).toEqual([{ slug: 'buergerbeteiligung-e31bb6' }]);

      // Without PUBLIC_URL: the configuration's default, http://localhost:$PORT.
      await client.query(`drop table case_study_slug`);
      await client.query(`alter table event drop column ical_uid`);
      await client.query(`delete from schema_migration where name = 'StableIdentifiers1764900000000'`);
      delete process.env.PUBLIC_URL;
      process.env.PORT = '4000';
      await runMigrations(db.url);
      expect((await client.query(`select ical_uid from event where id = $1`, [event.id])).rows).toEqual([{ ical_uid: `${event.id}@localhost:4000` }]);
    } finally {
      await client.end();
      await db.drop();
    }
  });
});

/** Events stored before the catalogue (ADR 0030), relayed or not, carry their owners' names afterwards. */
describe('EventCatalogue1765920000000', () => {
  it('renames the report and erasure events of older versions and adds the dead letters', async () => {
    const db = await createTestDatabase();
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      // The state before the migration: events under their old names, one not relayed yet; no dead-letter table.
      await client.query(`drop table outbox_dead_letter`);
      await client.query(`delete from schema_migration where name = 'EventCatalogue1765920000000'`);
      await client.query(
        `insert into outbox_event (type, payload, relayed_at) values
           ('knowledge.report-filed', '{"reportId":"r-1"}', now()), ('knowledge.report-filed', '{"reportId":"r-2"}', null),
           ('membership.account-deleted', '{"userId":"u-1"}', null), ('knowledge.case-study-published', '{"caseStudyId":"c-1"}', null)`,
      );
      expect(await runMigrations(db.url)).toEqual(['EventCatalogue1765920000000']);
      expect((await client.query(`select type, payload, relayed_at is null as pending from outbox_event order by id`)).rows).toEqual([
        { type: 'moderation.report-filed', payload: { reportId: 'r-1' }, pending: false },
        { type: 'moderation.report-filed', payload: { reportId: 'r-2' }, pending: true },
        { type: 'privacy.account-deleted', payload: { userId: 'u-1' }, pending: true },
        { type: 'knowledge.case-study-published', payload: { caseStudyId: 'c-1' }, pending: true },
      ]);
      expect((await client.query(`select count(*)::int as n from outbox_dead_letter`)).rows).toEqual([{ n: 0 }]);
    } finally {
      await client.end();
      await db.drop();
    }
  });
});

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Commit 0093442 added three indexes to the already merged Search1764150000000 instead of a new
 * migration, so a database migrated before that commit never got them (the published list and
 * title search then read whole tables). Created here if missing, with the same definitions.
 */
export class SearchIndexesCatchUp1764600000000 implements MigrationInterface {
  name = 'SearchIndexesCatchUp1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create index if not exists case_study_published on case_study (published_at desc, id desc) where status = 'PUBLISHED'`);
    await q.query(`create index if not exists case_study_title_search on case_study using gin (to_tsvector('german', title))`);
    await q.query(`create index if not exists event_title_search on event using gin (to_tsvector('german', title))`);
  }

  async down(): Promise<void> {
    // Nothing: on databases migrated after 0093442 the indexes belong to Search1764150000000.
  }
}

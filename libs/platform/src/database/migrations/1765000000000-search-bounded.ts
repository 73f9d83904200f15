import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bounded search (ADR 0020). A stored title tsvector: the title index no longer recomputes
 * to_tsvector for every row it rechecks, and a walk over the newest items can test titles
 * cheaply. The events get the newest-first index the case studies already have, so frequent
 * words are answered by reading the newest items instead of a posting list of most of the table.
 */
export class SearchBounded1765000000000 implements MigrationInterface {
  name = 'SearchBounded1765000000000';

  async up(q: QueryRunner): Promise<void> {
    // The case studies' tsvectors, title and summary stay in the row (compressed if need be),
    // not in TOAST: the search tests them row by row, and a value out of line costs ~4 buffer
    // reads. Only the body texts go out of line. All four together: with only `search` kept in
    // the row, the toaster moves the small columns out instead. The table rewrite that adds the
    // column applies it to the existing rows.
    await q.query(`
      alter table case_study
        add column title_search tsvector generated always as (to_tsvector('german', title)) stored,
        alter column title_search set storage main, alter column search set storage main,
        alter column title set storage main, alter column summary set storage main`);
    await q.query(`alter table event add column title_search tsvector generated always as (to_tsvector('german', title)) stored`);
    await q.query(`drop index if exists case_study_title_search, event_title_search`);
    await q.query(`create index case_study_title_search on case_study using gin (title_search)`);
    await q.query(`create index event_title_search on event using gin (title_search)`);
    await q.query(`create index event_published on event (published_at desc, id desc) where status = 'PUBLISHED'`);
    // The search picks its path from the word statistics; make sure they exist after the rewrite.
    await q.query(`analyze case_study`);
    await q.query(`analyze event`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop index if exists event_published, case_study_title_search, event_title_search`);
    await q.query(`alter table case_study drop column title_search`);
    await q.query(`alter table case_study alter column search set storage extended, alter column title set storage extended, alter column summary set storage extended`);
    await q.query(`alter table event drop column title_search`);
    await q.query(`create index case_study_title_search on case_study using gin (to_tsvector('german', title))`);
    await q.query(`create index event_title_search on event using gin (to_tsvector('german', title))`);
  }
}

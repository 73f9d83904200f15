import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * German search that finds inflected and derived forms: "Digitalisierung" must find
 * "digitalisierte". Snowball stems them differently (digitalisier / digitalisiert /
 * digitalisi), so each query word is stemmed, its verb suffix (-iert, -ier, -i) cut, and the
 * root matched as a prefix of the stored German stems.
 */
export class Search1764150000000 implements MigrationInterface {
  name = 'Search1764150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create function ikone_search_query(input text) returns tsquery language plpgsql stable parallel safe as $$
      declare
        word text;
        stem text[];
        root text;
        parts text[] := '{}';
      begin
        for word in select w from regexp_split_to_table(lower(coalesce(input, '')), '[^[:alnum:]]+') w where length(w) > 1 limit 12 loop
          stem := ts_lexize('german_stem', word);
          -- Stop words (der, die, und, im …) stem to an empty array and are skipped.
          continue when stem is null or coalesce(array_length(stem, 1), 0) = 0;
          root := stem[1];
          if length(root) > 6 then
            root := regexp_replace(root, '(iert|ier|i)$', '');
          end if;
          parts := parts || (quote_literal(root) || ':*');
        end loop;
        if coalesce(array_length(parts, 1), 0) = 0 then
          return null;
        end if;
        return to_tsquery('simple', array_to_string(parts, ' & '));
      end $$`);
    // Title matches rank highest; this index finds them without reading the whole search column.
    await q.query(`create index case_study_title_search on case_study using gin (to_tsvector('german', title))`);
    await q.query(`create index event_title_search on event using gin (to_tsvector('german', title))`);
    // The published list (newest first) reads this index in order and stops after one page.
    await q.query(`create index case_study_published on case_study (published_at desc, id desc) where status = 'PUBLISHED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop index if exists case_study_published, case_study_title_search, event_title_search`);
    await q.query(`drop function if exists ikone_search_query(text)`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Software behind a case study (ADR 0027): the repository's address, the publiccode.yml as the
 * author pasted it (kept verbatim, so a revision diff shows what changed), and the summary read
 * from it when it was accepted (what the detail page shows, without parsing YAML on each read).
 */
export class CaseStudySoftware1765700000000 implements MigrationInterface {
  name = 'CaseStudySoftware1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table case_study
        add column repository_url text check (repository_url ~ '^https://'),
        add column publiccode_yml text check (octet_length(publiccode_yml) < 65536),
        add column software jsonb,
        add constraint case_study_software_with_yml check ((publiccode_yml is null) = (software is null))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table case_study
        drop constraint if exists case_study_software_with_yml,
        drop column if exists software,
        drop column if exists publiccode_yml,
        drop column if exists repository_url`);
  }
}

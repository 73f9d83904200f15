import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import './library-aliases';
import { EmbeddedPostgresUnreachableError, projectRoot, runMigrations, startEmbeddedPostgres } from '@ikone/platform';
import { TEMPLATE_DATABASE, testDataDir, withDatabase, writeTestCluster } from '@ikone/platform/testing';
import { parseDirectoryCsv } from '@ikone/membership';
import { DEFAULT_TOPICS } from '@ikone/knowledge';

/**
 * Starts one embedded PostgreSQL for the whole run (real binaries from npm, its own port, fsync
 * off) and builds the template database every test database is cloned from: migrations applied, the
 * municipality directory and the default topics loaded.
 */
export default async function globalSetup(): Promise<void> {
  const dataDir = testDataDir();
  const db = await startEmbeddedPostgres(dataDir).catch((error: unknown) => {
    if (error instanceof EmbeddedPostgresUnreachableError) {
      // One sentence, not a stack trace: the folder and the fix.
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  });
  const adminUrl = withDatabase(db.url, 'postgres');
  (globalThis as { __IKONE_PG__?: typeof db }).__IKONE_PG__ = db;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Test data is thrown away after the run: no flushing to disk, which on a shared machine is
    // what commits wait for. All three settings take effect on reload (no restart).
    for (const setting of ['fsync', 'synchronous_commit', 'full_page_writes']) await admin.query(`alter system set ${setting} = off`);
    await admin.query('select pg_reload_conf()');
    const stale = await admin.query<{ datname: string }>(`select datname from pg_database where datname like 'ikone_t_%'`);
    for (const row of stale.rows) await admin.query(`drop database if exists ${row.datname} with (force)`);
    await admin.query(`drop database if exists ${TEMPLATE_DATABASE} with (force)`);
    await admin.query(`create database ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const templateUrl = withDatabase(db.url, TEMPLATE_DATABASE);
  await runMigrations(templateUrl);
  const csv = readFileSync(join(projectRoot(), 'data', 'gemeinden-de-2021.csv'), 'utf8');
  const client = new Client({ connectionString: templateUrl });
  await client.connect();
  try {
    const rows = parseDirectoryCsv(csv);
    await client.query(
      `insert into directory_entry (ags, name, state) select * from unnest($1::char(8)[], $2::text[], $3::char(2)[])`,
      [rows.map((r) => r.ags), rows.map((r) => r.name), rows.map((r) => r.state)],
    );
    for (const t of DEFAULT_TOPICS) {
      await client.query(
        `insert into topic (slug, name_de, name_en, description_de, description_en) values ($1, $2, $3, $4, $5)`,
        [t.slug, t.nameDe, t.nameEn, t.descriptionDe ?? '', t.descriptionEn ?? ''],
      );
    }
  } finally {
    await client.end();
  }
  writeTestCluster({ adminUrl });
}

import { AppConfig, resolveDatabaseUrl, runMigrations } from '@ikone/platform';
import { CliIo } from '../cli-io';

/**
 * Finds the database (DATABASE_URL, else the embedded server in IKONE_DATA_DIR) and brings its
 * schema up to date, so every command also works on a fresh data folder.
 */
export async function migrateDatabase(config: AppConfig, io: CliIo, url?: string): Promise<string[]> {
  if (!url && !config.databaseUrl) {
    io.out(`Eingebettetes PostgreSQL in ${config.dataDir}/postgres / embedded PostgreSQL`);
  }
  const applied = await runMigrations(url ?? (await resolveDatabaseUrl(config)));
  for (const name of applied) io.out(`Migration ausgeführt / applied: ${name}`);
  return applied;
}

import { AppConfig } from '@ikone/platform';
import { CliIo } from '../cli-io';
import { migrateDatabase } from './database';

/** `migrate`: applies pending migrations and names them. */
export async function migrateCommand(config: AppConfig, io: CliIo): Promise<string[]> {
  const applied = await migrateDatabase(config, io);
  io.out(
    applied.length === 0
      ? 'Datenbank ist aktuell, keine Migration offen / database is up to date, no pending migration'
      : `${applied.length} Migration(en) ausgeführt / ${applied.length} migration(s) applied`,
  );
  return applied;
}

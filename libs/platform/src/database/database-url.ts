import { Logger } from '@nestjs/common';
import { AppConfig } from '../config/config';
import { EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres';

let embedded: Promise<EmbeddedDatabase> | undefined;

/**
 * The database this process talks to: `DATABASE_URL` when set, else the embedded server in the
 * data folder (started once per process, reused when another IKONE process already runs it).
 */
export async function resolveDatabaseUrl(config: AppConfig): Promise<string> {
  if (config.databaseUrl) return config.databaseUrl;
  const logger = new Logger('EmbeddedPostgres');
  embedded ??= startEmbeddedPostgres(config.dataDir, (line) => logger.verbose(line)).then((db) => {
    logger.log(`Eingebettetes PostgreSQL auf Port ${db.port} (Daten in ${config.dataDir}/postgres)`);
    return db;
  });
  return (await embedded).url;
}

/** Stops the embedded server if this process started it. */
export async function stopEmbeddedDatabase(): Promise<void> {
  if (!embedded) return;
  const db = await embedded;
  embedded = undefined;
  await db.stop();
}

import { DataSource, DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';
import { useFastTimestampParser } from './timestamps';

/** Options shared by the Nest module and the standalone data source of the CLI. */
export function dataSourceOptions(url: string): DataSourceOptions {
  useFastTimestampParser();
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    extra: { max: 20, application_name: 'ikone' },
  };
}

/** Runs pending migrations on the database at `url`; returns the names applied. */
export async function runMigrations(url: string): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    // One migrator at a time across processes (npm start, gateway and notifier racing);
    // the lock lives on one dedicated connection.
    const lock = ds.createQueryRunner();
    await lock.connect();
    try {
      await lock.query('select pg_advisory_lock(7146001)');
      const applied = await ds.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await lock.query('select pg_advisory_unlock(7146001)').catch(() => undefined);
      await lock.release();
    }
  } finally {
    await ds.destroy();
  }
}

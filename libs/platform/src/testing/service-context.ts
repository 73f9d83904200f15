import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamicModule, INestApplicationContext, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '../config/config';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { createTestDatabase } from './test-database';

/** The domain services of a test file, on a database of its own. */
export interface ServiceContext {
  app: INestApplicationContext;
  /** The DataSource the services use, for reading back what a person would see. */
  db: DataSource;
  config: AppConfig;
  /** Closes the Nest context and drops the database. */
  close(): Promise<void>;
}

@Module({})
class ServiceTestModule {
  static with(config: AppConfig, imports: Array<Type | DynamicModule>): DynamicModule {
    return { module: ServiceTestModule, imports: [ConfigModule.forRoot(config), DatabaseModule, ...imports] };
  }
}

/**
 * A Nest application context with the given domain modules (no HTTP, no workers) on a fresh
 * database cloned from the migrated template: the way an integration test calls services.
 */
export async function startServiceContext(imports: Array<Type | DynamicModule>, env: NodeJS.ProcessEnv = {}): Promise<ServiceContext> {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'ikone-int-'));
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, IKONE_DATA_DIR: dataDir, PORT: '0', ...env });
  const app = await NestFactory.createApplicationContext(ServiceTestModule.with(config, imports), { logger: ['error', 'warn'], abortOnError: false });
  return {
    app,
    db: app.get(DataSource),
    config,
    close: async () => {
      await app.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

import { Global, Module, OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/config';
import { resolveDatabaseUrl, stopEmbeddedDatabase } from './database-url';
import { dataSourceOptions, runMigrations } from './data-source';

/** The one DataSource of a process; entities come from the domain modules (`forFeature`). */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        const url = await resolveDatabaseUrl(config);
        if (config.migrateOnStart) await runMigrations(url);
        return { ...dataSourceOptions(url), autoLoadEntities: true };
      },
    }),
  ],
})
export class DatabaseModule implements OnApplicationShutdown {
  async onApplicationShutdown(): Promise<void> {
    await stopEmbeddedDatabase();
  }
}

import type { DataSource, Logger } from 'typeorm';

/**
 * Counts the SQL statements a DataSource sends, by wrapping its logger (TypeORM calls
 * `logQuery` for every statement, whether or not logging is on). Transaction control
 * statements (begin/commit) are not counted.
 */
export function countSql(db: DataSource): { count(): number; statements(): string[]; reset(): void; restore(): void } {
  const original = db.logger;
  let seen: string[] = [];
  const wrapper: Logger = {
    logQuery: (query, parameters, runner) => {
      if (!/^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SELECT version\(\))/i.test(query)) seen.push(query);
      return original.logQuery(query, parameters, runner);
    },
    logQueryError: (...args) => original.logQueryError(...args),
    logQuerySlow: (...args) => original.logQuerySlow(...args),
    logSchemaBuild: (...args) => original.logSchemaBuild(...args),
    logMigration: (...args) => original.logMigration(...args),
    log: (...args) => original.log(...args),
  };
  (db as unknown as { logger: Logger }).logger = wrapper;
  return {
    count: () => seen.length,
    statements: () => [...seen],
    reset: () => {
      seen = [];
    },
    restore: () => {
      (db as unknown as { logger: Logger }).logger = original;
    },
  };
}

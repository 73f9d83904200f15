export * from './test-database';
export * from './service-context';
/** The migrations in order, for tests that check what a start applied. */
export { MIGRATIONS } from '../database/migrations';

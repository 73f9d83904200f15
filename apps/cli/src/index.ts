/**
 * What tests may drive of the CLI in process (checked by `npm run depcheck`): the commands that
 * run the notifier's periodic work, with an in-memory terminal. The process entry stays
 * `main.ts`; nothing inside `apps/` or `libs/` imports this file.
 */
export { digestCommand } from './commands/digest.command';
export { freshnessCommand } from './commands/freshness.command';
export { memoryIo } from './cli-io';

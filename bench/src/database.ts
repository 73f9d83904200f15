import { Client } from 'pg';
import { EmbeddedDatabase, startEmbeddedPostgres } from '@ikone/platform';

/** Database roles of the measured processes, so pg_stat_statements can count statements per process. */
export const BENCH_ROLES = ['bench_gateway', 'bench_plain', 'bench_notifier'] as const;
export type BenchRole = (typeof BENCH_ROLES)[number];

export interface BenchDatabase {
  /** Owner connection (data generation, measurements). */
  url: string;
  /** The URL a measured process uses: its own role when roles could be created, else {@link url}. */
  urlFor(role: BenchRole): string;
  /** pg_stat_statements is loaded and the roles exist: statements can be counted per process. */
  statementsCountable: boolean;
  embedded: boolean;
  stop(): Promise<void>;
}

/** Settings for a bulk-loaded, read-mostly benchmark database (none affects correctness). */
const SERVER_SETTINGS: Record<string, string> = {
  shared_preload_libraries: 'pg_stat_statements',
  shared_buffers: '1GB',
  work_mem: '16MB',
  maintenance_work_mem: '512MB',
  max_wal_size: '8GB',
  checkpoint_timeout: '30min',
};

async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function withUser(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = user;
  u.password = password;
  return u.toString();
}

/** Sets {@link SERVER_SETTINGS} with ALTER SYSTEM; true when a restart is needed for them to apply. */
async function configureServer(url: string): Promise<boolean> {
  return withClient(url, async (client) => {
    let restart = false;
    for (const [name, value] of Object.entries(SERVER_SETTINGS)) {
      const { rows } = await client.query<{ setting: string | null }>(`select current_setting($1, true) as setting`, [name]);
      const current = rows[0]?.setting ?? null;
      const normalised = await client
        .query<{ v: string }>(`select pg_size_pretty(pg_size_bytes($1)) as v`, [value])
        .then((r) => r.rows[0].v)
        .catch(() => value);
      const currentNormalised =
        current === null
          ? null
          : await client
              .query<{ v: string }>(`select pg_size_pretty(pg_size_bytes($1)) as v`, [current])
              .then((r) => r.rows[0].v)
              .catch(() => current);
      if (currentNormalised === normalised || current === value) continue;
      await client.query(`alter system set ${name} = '${value.replace(/'/g, "''")}'`);
      const { rows: ctx } = await client.query<{ context: string }>(`select context from pg_settings where name = $1`, [name]);
      if (ctx[0]?.context === 'postmaster' || ctx.length === 0) restart = true;
    }
    await client.query('select pg_reload_conf()');
    return restart;
  });
}

/** Creates pg_stat_statements and one login role per measured process; false when not permitted. */
async function prepareCounting(url: string): Promise<boolean> {
  return withClient(url, async (client) => {
    try {
      await client.query('create extension if not exists pg_stat_statements');
      await client.query('select count(*) from pg_stat_statements');
      for (const role of BENCH_ROLES) {
        const exists = await client.query('select 1 from pg_roles where rolname = $1', [role]);
        // Superuser: the notifier creates the bullmq schema and the gateway may run migrations.
        if (exists.rowCount === 0) await client.query(`create role ${role} login superuser password '${role}'`);
      }
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * The benchmark's own database: `BENCH_DATABASE_URL` (a database dedicated to the benchmark:
 * `--regenerate` empties it), else an embedded PostgreSQL in `dataDir` (var/bench or
 * var/bench-quick), tuned for bulk loading and with pg_stat_statements preloaded.
 */
export async function openBenchDatabase(dataDir: string, log: (line: string) => void): Promise<BenchDatabase> {
  const external = process.env.BENCH_DATABASE_URL;
  let url: string;
  let server: EmbeddedDatabase | undefined;
  if (external) {
    url = external;
    await configureServer(url).catch(() => false);
  } else {
    server = await startEmbeddedPostgres(dataDir);
    url = server.url;
    if (await configureServer(url)) {
      log('PostgreSQL wird mit pg_stat_statements neu gestartet / restarting PostgreSQL with pg_stat_statements');
      await server.stop();
      server = await startEmbeddedPostgres(dataDir);
      url = server.url;
    }
  }
  const countable = await prepareCounting(url);
  return {
    url,
    urlFor: (role) => (countable ? withUser(url, role, role) : url),
    statementsCountable: countable,
    embedded: !external,
    stop: async () => {
      await server?.stop();
    },
  };
}

/** Total statements executed so far by `role` (pg_stat_statements), or null when not countable. */
export async function statementCount(db: BenchDatabase, role: BenchRole): Promise<number | null> {
  if (!db.statementsCountable) return null;
  return withClient(db.url, async (client) => {
    const { rows } = await client.query<{ n: string | null }>(
      `select sum(s.calls)::bigint as n from pg_stat_statements s join pg_roles r on r.oid = s.userid where r.rolname = $1`,
      [role],
    );
    return Number(rows[0]?.n ?? 0);
  });
}

/** Execution time in ms of the statements `role` finished so far (pg_stat_statements), or null when not countable. */
export async function statementTimeMs(db: BenchDatabase, role: BenchRole): Promise<number | null> {
  if (!db.statementsCountable) return null;
  return withClient(db.url, async (client) => {
    const { rows } = await client.query<{ ms: number | null }>(
      `select sum(s.total_exec_time)::float8 as ms from pg_stat_statements s join pg_roles r on r.oid = s.userid where r.rolname = $1`,
      [role],
    );
    return Number(rows[0]?.ms ?? 0);
  });
}

/** Empties the benchmark database (schema public and bullmq) so the data set is built anew. */
export async function emptyDatabase(url: string): Promise<void> {
  await withClient(url, async (client) => {
    await client.query('drop schema if exists bullmq cascade');
    await client.query('drop schema public cascade');
    await client.query('create schema public');
    await client.query('create extension if not exists pg_stat_statements');
  });
}

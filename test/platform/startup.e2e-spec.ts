import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '@ikone/platform';
import { Client } from 'pg';
import { createTestDatabase, MIGRATIONS } from '@ikone/platform/testing';
import { ensureBuilt } from '../support/build';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, timeoutMs: number, child: ChildProcess, log: () => string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}:\n${log()}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer in ${timeoutMs} ms:\n${log()}`);
}

/**
 * The built platform as `npm start` runs it: the launcher starts (or reuses) the database,
 * migrates, seeds topics and the directory, and runs gateway and notifier.
 */
describe('starting the built platform', () => {
  beforeAll(async () => {
    await ensureBuilt();
  }, 180_000);

  async function run(env: Record<string, string>) {
    const dataDir = mkdtempSync(join(tmpdir(), 'ikone-start-'));
    const port = await freePort();
    let output = '';
    const child = spawn(process.execPath, [join(projectRoot(), 'dist', 'apps', 'cli', 'src', 'main.js'), 'start'], {
      cwd: projectRoot(),
      env: { ...process.env, NODE_ENV: 'development', PORT: String(port), IKONE_DATA_DIR: dataDir, DATABASE_URL: '', REDIS_URL: '', SMTP_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const url = `http://127.0.0.1:${port}`;
    try {
      await waitFor(`${url}/health/ready`, 60_000, child, () => output);
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ topics { slug } directory(search: "Kaiserslautern") { totalCount } }' }),
      });
      const body = (await res.json()) as { data: { topics: unknown[]; directory: { totalCount: number } } };
      expect(body.data.topics.length).toBeGreaterThanOrEqual(12);
      expect(body.data.directory.totalCount).toBeGreaterThanOrEqual(1);
      const directory = (await (
        await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ directory { totalCount } }' }) })
      ).json()) as { data: { directory: { totalCount: number } } };
      expect(directory.data.directory.totalCount).toBe(10_774);
      expect(output).toContain('/graphql');
    } finally {
      const exited =
        child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      const code = await exited;
      rmSync(dataDir, { recursive: true, force: true });
      expect(code).toBe(0);
    }
  }

  it('starts on embedded PostgreSQL when DATABASE_URL is not set', async () => {
    await run({});
  }, 150_000);

  it('starts on the empty database DATABASE_URL names: migrates and seeds it', async () => {
    // Not a clone of the test template: nothing in it, so migrations and seeding run for real.
    const db = await createTestDatabase({ empty: true });
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const tables = async () => (await client.query<{ n: number }>(`select count(*)::int as n from pg_tables where schemaname = 'public'`)).rows[0].n;
      expect(await tables()).toBe(0);
      await run({ DATABASE_URL: db.url });
      const applied = await client.query<{ name: string }>(`select name from schema_migration order by id`);
      expect(applied.rows.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => new m().name));
      expect((await client.query<{ n: number }>(`select count(*)::int as n from directory_entry`)).rows[0].n).toBe(10_774);
    } finally {
      await client.end();
      await db.drop();
    }
  }, 150_000);
});

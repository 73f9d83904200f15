import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { projectRoot } from '../util/project-root';

export const TEMPLATE_DATABASE = 'ikone_template';

interface TestCluster {
  /** URL of the server's maintenance database. */
  adminUrl: string;
}

/** Where the test cluster lives: `IKONE_TEST_DIR`, else `var/test` (separate dirs let parallel runs coexist). */
export function testDataDir(): string {
  return process.env.IKONE_TEST_DIR ?? join(projectRoot(), 'var', 'test');
}

function stateFile(): string {
  return join(testDataDir(), 'cluster.json');
}

export function writeTestCluster(cluster: TestCluster): void {
  mkdirSync(testDataDir(), { recursive: true });
  writeFileSync(stateFile(), JSON.stringify(cluster));
}

export function readTestCluster(): TestCluster {
  return JSON.parse(readFileSync(stateFile(), 'utf8')) as TestCluster;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * A fresh database cloned from the migrated template (directory and topics included):
 * each test file gets its own, so files run in parallel without seeing each other's rows.
 * With `empty`, a database with nothing in it (from `template0`): no tables, no migrations.
 */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const { adminUrl } = readTestCluster();
  const name = `ikone_t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${options.empty ? 'template0' : TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  return {
    name,
    url: withDatabase(adminUrl, name),
    drop: async () => {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig, loadConfig } from '@ikone/platform';
import { createTestDatabase } from '@ikone/platform/testing';
import { createGateway } from '../../apps/gateway/src/index';

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> & { code?: string; field?: string } }>;
}

export interface TestGateway {
  url: string;
  app: NestFastifyApplication;
  config: AppConfig;
  db: DataSource;
  dataDir: string;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string, headers?: Record<string, string>): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

/**
 * Starts a real gateway on a free port against a fresh database cloned from the migrated
 * template (directory and topics loaded); requests go over HTTP like a client's.
 */
export async function startTestGateway(env: Record<string, string> = {}): Promise<TestGateway> {
  const database = await createTestDatabase();
  return startGatewayOn(database.url, env, () => database.drop());
}

/**
 * A real gateway on a free port against the database at `databaseUrl` (a second gateway on
 * the same database, or a database on a cluster of the test's own); `close` also runs `cleanup`.
 */
export async function startGatewayOn(databaseUrl: string, env: Record<string, string> = {}, cleanup: () => Promise<void> = async () => undefined): Promise<TestGateway> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ikone-e2e-'));
  // TRUST_PROXY lets each request name its own client address, so per-IP login limits of one
  // test do not spill into the next; tests about those limits send a fixed address.
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl, IKONE_DATA_DIR: dataDir, TRUST_PROXY: 'true', ...env });
  const app = await createGateway(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    app,
    config,
    db: app.get<DataSource>(getDataSourceToken()),
    dataDir,
    async gql(query, variables, token, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': `198.18.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GqlResponse;
      return { ...body, status: response.status } as never;
    },
    async close() {
      await app.close();
      await cleanup();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { projectRoot } from '@ikone/platform';
import { ProvisioningService } from '@ikone/membership';
import { ensureBuilt } from '../support/build';
import { TEST_PASSWORD } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';
import { Child, freePort, kill, start } from '../notifications/processes';
import { waitFor } from '../notifications/smtp-sink';

const GATEWAY = join(projectRoot(), 'dist', 'apps', 'gateway', 'src', 'main.js');

/** Lowered from the defaults (6 / 30, 10 / 3), so each limit is reached in a handful of requests. */
const LIMITS = {
  LOGIN_ATTEMPTS_PER_MINUTE: '6',
  LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '10',
  APPLICATIONS_PER_IP_PER_HOUR: '4',
  APPLICATIONS_PER_EMAIL_PER_HOUR: '2',
};

let n = 0;
/** A fresh address per request unless one is given, so only the limit a test is about can be reached. */
const someIp = () => {
  n += 1;
  return `198.51.${Math.floor(n / 250) % 250}.${n % 250}`;
};

async function gqlAt(url: string, query: string, variables: Record<string, unknown>, ip = someIp()): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
  return body.errors?.[0]?.extensions?.code ?? 'OK';
}

/**
 * Limits are counted in PostgreSQL (`hitRateLimit`), so two gateways on one database share them:
 * alternating between a gateway in this process and a built gateway in a child process, each
 * limit is reached at its configured total, not per gateway.
 */
describe('two gateways on one database', () => {
  let a: TestGateway;
  let b: Child;
  let bUrl: string;
  const urls = () => [a.url, bUrl];

  beforeAll(async () => {
    await ensureBuilt();
    a = await startTestGateway(LIMITS);
    const port = await freePort();
    b = start(GATEWAY, [], {
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: a.config.databaseUrl!,
      IKONE_DATA_DIR: a.dataDir,
      MIGRATE_ON_START: 'false',
      TRUST_PROXY: 'true',
      ...LIMITS,
    });
    bUrl = `http://127.0.0.1:${port}`;
    await waitFor('second gateway ready', async () => {
      if (b.process.exitCode !== null) throw new Error(`second gateway exited:\n${b.output.join('')}`);
      return fetch(`${bUrl}/health/ready`).then((r) => r.ok, () => false);
    }, 60_000);
  }, 180_000);

  afterAll(async () => {
    await kill(b, 'SIGTERM');
    await a?.close();
  });

  /**
   * The login limits count per minute in windows aligned to the clock; near the end of one a
   * sliding estimate discounts the earlier hits, so start in the first 50 seconds of a minute.
   */
  const awayFromMinuteEnd = async () => {
    while (new Date().getUTCSeconds() >= 50) await sleep(250);
  };

  it('a wrong password alternated between the gateways is limited at the configured total per account', async () => {
    const email = `zwei-gateways-${Date.now()}@example.org`;
    await a.app.get(ProvisioningService).createUser({ email, displayName: 'Zwei Gateways', password: TEST_PASSWORD, role: 'MEMBER', municipalityId: null });
    await awayFromMinuteEnd();
    const login = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`;
    const codes: string[] = [];
    for (let i = 0; i < 8; i++) codes.push(await gqlAt(urls()[i % 2], login, { e: email, p: 'falsches-Passwort-1' }));
    // 6 a minute in total: three on each gateway, then refused on both (per gateway it would be 12).
    expect(codes).toEqual([...Array(6).fill('UNAUTHENTICATED'), 'RATE_LIMITED', 'RATE_LIMITED']);
    // The right password too, on either gateway, for the rest of the minute.
    for (const url of urls()) expect(await gqlAt(url, login, { e: email, p: TEST_PASSWORD })).toBe('RATE_LIMITED');
  });

  it('attempts from one address alternated between the gateways are limited at the configured total per address', async () => {
    await awayFromMinuteEnd();
    const ip = someIp();
    const codes: string[] = [];
    for (let i = 0; i < 12; i++) {
      codes.push(await gqlAt(urls()[i % 2], `mutation($e: String!) { login(email: $e, password: "falsch") { accessToken } }`, { e: `niemand-${i}@example.org` }, ip));
    }
    expect(codes).toEqual([...Array(10).fill('UNAUTHENTICATED'), 'RATE_LIMITED', 'RATE_LIMITED']);
    // Another address is not affected.
    expect(await gqlAt(bUrl, `mutation { login(email: "niemand-0@example.org", password: "falsch") { accessToken } }`, {})).toBe('UNAUTHENTICATED');
  });

  const apply = (url: string, name: string, email: string, ip?: string) =>
    gqlAt(
      url,
      `mutation($i: ApplyForMembershipInput!) { applyForMembership(input: $i) { id } }`,
      { i: { name, kind: 'OTHER', state: 'RP', applicantName: 'Fritz Flut', applicantEmail: email, motivation: 'Test' } },
      ip,
    );

  it('lowered application limits (APPLICATIONS_PER_IP_PER_HOUR=4, APPLICATIONS_PER_EMAIL_PER_HOUR=2) hold across both gateways', async () => {
    const ip = someIp();
    const byIp: string[] = [];
    for (let i = 0; i < 6; i++) byIp.push(await apply(urls()[i % 2], `Zweckverband Adresse ${i}`, `adresse-${i}@example.org`, ip));
    expect(byIp).toEqual(['OK', 'OK', 'OK', 'OK', 'RATE_LIMITED', 'RATE_LIMITED']);
    const byEmail: string[] = [];
    for (let i = 0; i < 4; i++) byEmail.push(await apply(urls()[i % 2], `Zweckverband Antrag ${i}`, 'Immer-Dieselbe@Example.org'));
    expect(byEmail).toEqual(['OK', 'OK', 'RATE_LIMITED', 'RATE_LIMITED']);
    const [{ n: stored }] = (await a.db.query(`select count(*)::int as n from membership_application where municipality_name like 'Zweckverband %'`)) as Array<{ n: number }>;
    expect(stored).toBe(6);
  });

  it.each([
    ['APPLICATIONS_PER_IP_PER_HOUR', 'zehn'],
    ['APPLICATIONS_PER_EMAIL_PER_HOUR', '0'],
  ])('a bad %s (%s) stops the gateway at start with a message naming it', async (name, value) => {
    const child = start(GATEWAY, [], { NODE_ENV: 'test', PORT: '0', DATABASE_URL: a.config.databaseUrl!, IKONE_DATA_DIR: a.dataDir, MIGRATE_ON_START: 'false', [name]: value });
    expect(await child.exited).toBe(1);
    expect(child.output.join('')).toContain(`Ungültige Konfiguration: ${name}`);
  });
});

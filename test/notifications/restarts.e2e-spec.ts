import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { EmbeddedDatabase, projectRoot, runMigrations, startEmbeddedPostgres } from '@ikone/platform';
import { withDatabase } from '@ikone/platform/testing';
import { DEFAULT_TOPICS } from '@ikone/knowledge';
import { parseDirectoryCsv } from '@ikone/membership';
import { ensureBuilt } from '../support/build';
import { makeMunicipality } from '../support/factories';
import { startGatewayOn, TestGateway } from '../support/gateway';
import { Child, FanOutTally, allSent, freePort, kill, start, startRedisServer, tallyFanOut } from './processes';
import { insertUsers, publishCaseStudy, subscribe } from './seed';
import { SmtpSink, reachableRedis, waitFor } from './smtp-sink';

const NOTIFIER = join(projectRoot(), 'dist', 'apps', 'notifier', 'src', 'main.js');
/** Recipients per scenario: enough for outages to hit the relay, the fan-out and the sending; the point is recovery, not scale. */
const RECIPIENTS = 1_000;
/**
 * The Redis restart: more, so that batch jobs still wait in Redis when it stops (a notifier runs
 * 8 batches of 200 at once, and those keep sending from PostgreSQL while Redis is away).
 */
const REDIS_RECIPIENTS = 3_000;
/** The notifier's SMTP pool: the bound on emails in doubt (and so on doubles) per outage (ADR 0012). */
const POOL_SIZE = 16;

const seconds = (since: number) => Math.round((Date.now() - since) / 100) / 10;

/** The status of `GET <base>/health/ready`, 0 when nothing answers within 5 s. */
const readyStatus = (base: string) => fetch(`${base}/health/ready`, { signal: AbortSignal.timeout(5000) }).then((r) => r.status, () => 0);

/**
 * The database and the queue backend stopped and started again under a running gateway and
 * notifier (ADR 0016): both go unready (`/health/ready` not 200) while it is down and ready
 * again after it is back, without being restarted; nothing lost, nothing doubled beyond the
 * emails in doubt (at most the SMTP pool, each with its one Message-ID).
 */
describe('restarts of PostgreSQL and Redis under a running gateway and notifier', () => {
  const sink = new SmtpSink();
  const clusterDir = mkdtempSync(join(tmpdir(), 'ikone-restart-'));
  let cluster: EmbeddedDatabase | undefined;

  /** The test's own PostgreSQL cluster (never the shared one): stopped with a fast shutdown, started on the same port and data. */
  const stopPostgres = async () => {
    const running = cluster;
    cluster = undefined;
    await running?.stop();
  };
  const startPostgres = async () => {
    cluster = await startEmbeddedPostgres(clusterDir);
    return cluster;
  };

  beforeAll(async () => {
    await ensureBuilt();
    await sink.start();
    await startPostgres();
    await prepareTemplate();
  }, 180_000);

  afterAll(async () => {
    await stopPostgres();
    await sink.stop();
    rmSync(clusterDir, { recursive: true, force: true });
  });

  const TEMPLATE = 'ikone_restart_template';
  /** Migrations, the directory and the topics once, into a template each scenario's database is cloned from. */
  async function prepareTemplate(): Promise<void> {
    const admin = new Client({ connectionString: withDatabase(cluster!.url, 'postgres') });
    await admin.connect();
    await admin.query(`create database ${TEMPLATE}`).finally(() => admin.end());
    const url = withDatabase(cluster!.url, TEMPLATE);
    await runMigrations(url);
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const rows = parseDirectoryCsv(readFileSync(join(projectRoot(), 'data', 'gemeinden-de-2021.csv'), 'utf8'));
      await client.query(`insert into directory_entry (ags, name, state) select * from unnest($1::char(8)[], $2::text[], $3::char(2)[])`, [
        rows.map((r) => r.ags),
        rows.map((r) => r.name),
        rows.map((r) => r.state),
      ]);
      for (const t of DEFAULT_TOPICS) {
        await client.query(`insert into topic (slug, name_de, name_en, description_de, description_en) values ($1, $2, $3, $4, $5)`, [
          t.slug,
          t.nameDe,
          t.nameEn,
          t.descriptionDe ?? '',
          t.descriptionEn ?? '',
        ]);
      }
    } finally {
      await client.end();
    }
  }

  /** A fresh database on the cluster (cloned from the template) and a gateway on it. */
  async function platform(backend: string, redisUrl?: string): Promise<{ gw: TestGateway; databaseUrl: string; prefix: string }> {
    const name = `ikone_${backend}_${Date.now()}`;
    // Each database numbers its outbox events from 1: on a shared Redis, job ids (`outbox-1`) of an earlier scenario would swallow this one's.
    const prefix = `ikone-${name}`;
    const admin = new Client({ connectionString: withDatabase(cluster!.url, 'postgres') });
    await admin.connect();
    await admin.query(`create database ${name} template ${TEMPLATE}`).finally(() => admin.end());
    const databaseUrl = withDatabase(cluster!.url, name);
    const gw = await startGatewayOn(databaseUrl, { SMTP_URL: sink.url, PUBLIC_URL: 'https://ikone.test', ...(redisUrl ? { REDIS_URL: redisUrl } : {}) });
    return { gw, databaseUrl, prefix };
  }

  async function startNotifier(gw: TestGateway, databaseUrl: string, prefix: string, redisUrl: string | undefined): Promise<{ child: Child; health: string }> {
    const port = await freePort();
    const child = start(NOTIFIER, [], {
      NODE_ENV: 'development',
      DATABASE_URL: databaseUrl,
      IKONE_DATA_DIR: gw.dataDir,
      SMTP_URL: sink.url,
      PUBLIC_URL: 'https://ikone.test',
      MIGRATE_ON_START: 'false',
      SMTP_POOL_SIZE: String(POOL_SIZE),
      // Short, so emails left in doubt by an outage are resent within seconds; long enough for a busy CI machine.
      EMAIL_CLAIM_SECONDS: '15',
      NOTIFIER_HEALTH_PORT: String(port),
      IKONE_QUEUE_PREFIX: prefix,
      HOST: '127.0.0.1',
      ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    });
    await waitFor('notifier ready', () => child.output.join('').includes('Notifier bereit') || child.process.exitCode !== null, 30_000);
    if (child.process.exitCode !== null) throw new Error(`notifier exited:\n${child.output.join('')}`);
    return { child, health: `http://127.0.0.1:${port}` };
  }

  /** Both processes answer `/health/ready` with `status` (200, or anything else with `'down'`). */
  const bothReady = (bases: string[], want: 200 | 'down', what: string, timeoutMs = 60_000) =>
    waitFor(
      what,
      async () => {
        const statuses = await Promise.all(bases.map(readyStatus));
        return statuses.every((s) => (want === 200 ? s === 200 : s !== 200 && s !== 0)) ? statuses : false;
      },
      timeoutMs,
    );

  const report = (label: string, t: FanOutTally, seconds: number, extra: string, recipients = RECIPIENTS) =>
    console.log(
      `${label}: ${recipients} Empfänger, ${extra}; verloren ${t.lost}, doppelt ${t.doubled} (andere Message-ID ${t.doubledOtherId}), ungewiss ${t.inDoubt}, ` +
        `in-app fehlend ${t.inAppMissing}, doppelt ${t.inAppDoubled}; ${seconds} s / lost, doubled, in doubt, in-app missing, doubled`,
    );

  const expectCounts = (t: FanOutTally) => {
    expect(t).toMatchObject({ lost: 0, doubledOtherId: 0, sentThrice: 0, inAppMissing: 0, inAppDoubled: 0, badAttempts: 0 });
    // Only emails between SMTP's answer and the record of SENT can be in doubt: at most the pool, per outage.
    expect(t.inDoubt).toBeLessThanOrEqual(2 * POOL_SIZE);
    expect(t.doubled).toBeLessThanOrEqual(t.inDoubt);
  };

  function postgresRestart(backend: 'postgres' | 'redis', redisUrl?: () => string): void {
    it(`[${backend}] PostgreSQL stopped mid relay and mid send: gateway and notifier unready while it is down, ready again without a restart; nothing lost`, async () => {
      const started = Date.now();
      const { gw, databaseUrl, prefix } = await platform(backend, redisUrl?.());
      let notifier: Child | undefined;
      try {
        const kl = await makeMunicipality(gw.app, '07312000');
        const users = await insertUsers(gw.db, RECIPIENTS, { prefix: `pg-restart-${backend}` });
        await subscribe(gw.db, users.map((u) => u.id), { topicSlug: 'smart-city' }, 'IMMEDIATE');
        const n = await startNotifier(gw, databaseUrl, prefix, redisUrl?.());
        notifier = n.child;
        const bases = [gw.url, n.health];
        await bothReady(bases, 200, 'both ready before the outage');
        const emails = new Set(users.map((u) => u.email));
        const arrived = () => sink.messages.filter((m) => m.to.some((to) => emails.has(to))).length;

        // 1. Right after the commit: the relay has been woken (NOTIFY) and moves the event, the fan-out plans.
        const study = await publishCaseStudy(gw, { title: 'Sensoren am Wertstoffhof', municipalityId: kl.id, topicSlugs: ['smart-city'] });
        const firstStop = new Date();
        await stopPostgres();
        const downFirst = await bothReady(bases, 'down', 'both unready while PostgreSQL is down (mid relay)');
        await startPostgres();
        await bothReady(bases, 200, 'both ready again after the first start');
        const firstOutage = seconds(firstStop.getTime());
        const [{ relayed_at: relayedAt }] = (await gw.db.query(`select relayed_at from outbox_event where id = $1`, [study.eventId])) as Array<{ relayed_at: Date | null }>;

        // 2. Mid send.
        await waitFor('some emails sent', () => arrived() >= RECIPIENTS * 0.2, 120_000);
        const secondStop = Date.now();
        await stopPostgres();
        const atSecondStop = arrived();
        const downSecond = await bothReady(bases, 'down', 'both unready while PostgreSQL is down (mid send)');
        await startPostgres();
        await bothReady(bases, 200, 'both ready again after the second start');
        const secondOutage = seconds(secondStop);
        const recovered = Date.now();
        await allSent(gw.db, RECIPIENTS, study);
        const rest = seconds(recovered);
        const t = await tallyFanOut(sink, gw.db, users, study);
        report(
          `[${backend}] PostgreSQL-Neustart`,
          t,
          Math.round((Date.now() - started) / 1000),
          `Halt 1 ${relayedAt && relayedAt < firstStop ? 'nach der Weiterleitung' : 'während der Weiterleitung (noch nicht festgeschrieben)'} (ready: ${downFirst.join('/')}), Halt 2 nach ${atSecondStop} E-Mails (ready: ${downSecond.join('/')}); rot bis grün ${firstOutage} s und ${secondOutage} s, danach bis alles SENT ${rest} s`,
        );
        expect(atSecondStop).toBeLessThan(RECIPIENTS);
        // The same processes recovered: none was restarted.
        expect(notifier.process.exitCode).toBeNull();
        expectCounts(t);
      } finally {
        await kill(notifier, 'SIGTERM');
        await gw.close();
      }
    }, 300_000);
  }

  describe('PostgreSQL queue backend', () => {
    postgresRestart('postgres');
  });

  const redis = reachableRedis();
  if ('reason' in redis) console.log(`Redis-Neustart-Test übersprungen / Redis restart test skipped: ${redis.reason}`);
  ('url' in redis ? describe : describe.skip)('Redis queue backend (a redis-server of the test’s own, append-only file on)', () => {
    const redisDir = mkdtempSync(join(tmpdir(), 'ikone-redis-'));
    let redisPort = 0;
    let redisServer: ChildProcess | undefined;
    const redisUrl = () => `redis://127.0.0.1:${redisPort}`;
    const stopRedis = async () => {
      const server = redisServer;
      redisServer = undefined;
      if (!server || server.exitCode !== null) return;
      const gone = new Promise((resolve) => server.once('exit', resolve));
      // SIGTERM: Redis flushes its append-only file and exits, as on a planned restart.
      server.kill('SIGTERM');
      await gone;
    };

    beforeAll(async () => {
      redisPort = await freePort();
      redisServer = await startRedisServer(redisPort, redisDir);
    });

    afterAll(async () => {
      await stopRedis();
      rmSync(redisDir, { recursive: true, force: true });
    });

    postgresRestart('redis', redisUrl);

    it('[redis] Redis stopped mid send: gateway and notifier unready while it is down, ready again without a restart; nothing lost', async () => {
      const started = Date.now();
      const { gw, databaseUrl, prefix } = await platform('redisrestart', redisUrl());
      let notifier: Child | undefined;
      try {
        const kl = await makeMunicipality(gw.app, '07312000');
        const users = await insertUsers(gw.db, REDIS_RECIPIENTS, { prefix: 'redis-restart' });
        await subscribe(gw.db, users.map((u) => u.id), { topicSlug: 'mobilitaet' }, 'IMMEDIATE');
        const n = await startNotifier(gw, databaseUrl, prefix, redisUrl());
        notifier = n.child;
        const bases = [gw.url, n.health];
        await bothReady(bases, 200, 'both ready before the outage');
        const emails = new Set(users.map((u) => u.email));
        const arrived = () => sink.messages.filter((m) => m.to.some((to) => emails.has(to))).length;
        const study = await publishCaseStudy(gw, { title: 'Rufbus im Landkreis', municipalityId: kl.id, topicSlugs: ['mobilitaet'] });
        await waitFor('some emails sent', () => arrived() >= REDIS_RECIPIENTS * 0.2, 120_000);
        const stopped = Date.now();
        await stopRedis();
        const atStop = arrived();
        // Deliveries whose batch jobs are still waiting in the stopped Redis.
        const [{ n: pendingAtStop }] = (await gw.db.query(`select count(*)::int as n from email_delivery where event_id = $1 and status = 'PENDING'`, [study.eventId])) as Array<{ n: number }>;
        const down = await bothReady(bases, 'down', 'both unready while Redis is down');
        redisServer = await startRedisServer(redisPort, redisDir);
        await bothReady(bases, 200, 'both ready again after Redis is back');
        const outage = seconds(stopped);
        const recovered = Date.now();
        await allSent(gw.db, REDIS_RECIPIENTS, study);
        const rest = seconds(recovered);
        const t = await tallyFanOut(sink, gw.db, users, study);
        report(
          '[redis] Redis-Neustart',
          t,
          Math.round((Date.now() - started) / 1000),
          `Halt nach ${atStop} E-Mails, ${pendingAtStop} noch PENDING (ready: ${down.join('/')}); rot bis grün ${outage} s, danach bis alles SENT ${rest} s`,
          REDIS_RECIPIENTS,
        );
        expect(pendingAtStop).toBeGreaterThan(0);
        expect(notifier.process.exitCode).toBeNull();
        expectCounts(t);
      } finally {
        await kill(notifier, 'SIGTERM');
        await gw.close();
      }
    }, 300_000);
  });
});

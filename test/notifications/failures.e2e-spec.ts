import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { projectRoot, queueConnection } from '@ikone/platform';
import type { MunicipalityEntity } from '@ikone/membership';
import { ensureBuilt } from '../support/build';
import { makeMunicipality } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';
import { insertUsers, publishCaseStudy, subscribe } from './seed';
import { removeQueueKeys } from './queues';
import { Child, allSent as allSentOf, freePort, kill, start, startRedisServer, tallyFanOut } from './processes';
import { SmtpSink, reachableRedis, waitFor } from './smtp-sink';

const ROOT = projectRoot();
const NOTIFIER = join(ROOT, 'dist', 'apps', 'notifier', 'src', 'main.js');
const CLI = join(ROOT, 'dist', 'apps', 'cli', 'src', 'main.js');
/** Recipients of the kill test (10,000: the fan-out size of SPEC §6). */
const RECIPIENTS = 10_000;
/** The children's SMTP pool: at most this many emails can be in doubt after a kill (ADR 0012). */
const POOL_SIZE = 16;
/** Recipients of each scaled-out fan-out (two notifiers): the same 10,000 (issue 8). */
const SCALED_RECIPIENTS = RECIPIENTS;

/**
 * Crashes and outages with the built notifier and CLI as child processes: nothing lost,
 * nothing sent twice.
 */
function failureSuite(backend: 'postgres' | 'redis', redisUrl?: string): void {
  let gw: TestGateway;
  const sink = new SmtpSink();
  let kl: MunicipalityEntity;
  let notifier: Child | undefined;
  const prefix = `ikone-fail-${randomBytes(4).toString('hex')}`;
  const count = async (sql: string, params: unknown[] = []) => ((await gw.db.query(sql, params)) as Array<{ n: number }>)[0].n;
  const childEnv = (redis = redisUrl): Record<string, string> => ({
    // development, not test: the notifier logs "bereit" (ready) only at log level.
    NODE_ENV: 'development',
    DATABASE_URL: gw.config.databaseUrl!,
    IKONE_DATA_DIR: gw.dataDir,
    SMTP_URL: sink.url,
    PUBLIC_URL: 'https://ikone.test',
    MIGRATE_ON_START: 'false',
    IKONE_QUEUE_PREFIX: prefix,
    SMTP_POOL_SIZE: String(POOL_SIZE),
    // A short lease so the restarted notifier finds in-doubt emails within seconds.
    // Short enough that in-doubt resends come quickly, long enough that a busy CI machine's
    // stalls (a parallel browser suite) never let a live claim lapse.
    EMAIL_CLAIM_SECONDS: '15',
    ...(redis ? { REDIS_URL: redis } : {}),
  });
  const startNotifier = async (redis?: string, extra: Record<string, string> = {}) => {
    const child = start(NOTIFIER, [], { ...childEnv(redis ?? redisUrl), ...extra });
    await waitFor('notifier ready', () => child.output.join('').includes('Notifier bereit') || child.process.exitCode !== null, 30_000);
    if (child.process.exitCode !== null) throw new Error(`notifier exited:\n${child.output.join('')}`);
    return child;
  };

  const tally = (users: Array<{ id: string; email: string }>, study: { id: string; eventId: string }) => tallyFanOut(sink, gw.db, users, study);
  const allSent = (users: unknown[], study: { eventId: string }) => allSentOf(gw.db, users.length, study);

  beforeAll(async () => {
    // The failure tests run the built programs, as production does (under the build lock other test files share).
    await ensureBuilt();
    await sink.start();
    gw = await startTestGateway({ SMTP_URL: sink.url, PUBLIC_URL: 'https://ikone.test', ...(redisUrl ? { REDIS_URL: redisUrl } : {}) });
    kl = await makeMunicipality(gw.app, '07312000');
  }, 120_000);

  afterAll(async () => {
    await kill(notifier);
    await gw?.close();
    await sink.stop();
    if (redisUrl) await removeQueueKeys(redisUrl, prefix);
  });

  it(`[${backend}] a notifier killed with SIGKILL mid fan-out and started again: no email lost, in-doubt ones resent once with the same Message-ID`, async () => {
    const started = Date.now();
    const users = await insertUsers(gw.db, RECIPIENTS, { prefix: `kill-${backend}` });
    await subscribe(gw.db, users.map((u) => u.id), { topicSlug: 'smart-city' }, 'IMMEDIATE');
    notifier = await startNotifier();
    const emails = new Set(users.map((u) => u.email));
    const arrived = () => sink.messages.filter((m) => m.to.some((to) => emails.has(to)));
    const study = await publishCaseStudy(gw, { title: 'Sensoren im Stadtpark', municipalityId: kl.id, topicSlugs: ['smart-city'] });
    await waitFor('some emails sent', () => arrived().length >= RECIPIENTS * 0.15, 120_000);
    await kill(notifier);
    const atKill = arrived().length;
    const leftSending = await count(`select count(*)::int as n from email_delivery where event_id = $1 and status = 'SENDING'`, [study.eventId]);
    notifier = await startNotifier();
    // SENT is recorded after SMTP accepted (after the sink stored the message), so once every
    // delivery is SENT the sink holds everything that will ever arrive.
    await allSent(users, study);
    const t = await tally(users, study);
    console.log(
      `[${backend}] ${RECIPIENTS} Empfänger, SIGKILL nach ${atKill} E-Mails (${leftSending} SENDING): verloren ${t.lost}, doppelt ${t.doubled} ` +
        `(davon mit anderer Message-ID ${t.doubledOtherId}), ungewiss und erneut gesendet ${t.inDoubt}, in-app fehlend ${t.inAppMissing}, ` +
        `in-app doppelt ${t.inAppDoubled}; ${Math.round((Date.now() - started) / 1000)} s / recipients, lost, doubled, in doubt`,
    );
    expect(atKill).toBeLessThan(users.length);
    expect(t).toMatchObject({ lost: 0, inAppMissing: 0, inAppDoubled: 0, doubledOtherId: 0, sentThrice: 0, badAttempts: 0 });
    // Only what had its SMTP transaction open at the kill was in doubt: at most the pool size.
    expect(leftSending).toBeLessThanOrEqual(POOL_SIZE);
    // Every delivery left SENDING was resent (none dropped), and no more than the pool was in doubt.
    expect(t.inDoubt).toBeGreaterThanOrEqual(leftSending);
    expect(t.inDoubt).toBeLessThanOrEqual(POOL_SIZE);
    expect(t.doubled).toBeLessThanOrEqual(t.inDoubt);
  }, 400_000);

  // A failed assertion must not leave a notifier running into the next test (same queue prefix).
  afterEach(async () => {
    await kill(notifier, 'SIGTERM');
    notifier = undefined;
  });

  it(`[${backend}] scaled out: two notifiers on one database share a fan-out, nothing lost, nothing doubled`, async () => {
    const users = await insertUsers(gw.db, SCALED_RECIPIENTS, { prefix: `two-${backend}` });
    await subscribe(gw.db, users.map((u) => u.id), { topicSlug: 'open-data' }, 'IMMEDIATE');
    const first = await startNotifier();
    const second = await startNotifier();
    try {
      const study = await publishCaseStudy(gw, { title: 'Offene Daten im Kreistag', municipalityId: kl.id, topicSlugs: ['open-data'] });
      await allSent(users, study);
      const t = await tally(users, study);
      console.log(`[${backend}] zwei Notifier, ${SCALED_RECIPIENTS} Empfänger: verloren ${t.lost}, doppelt ${t.doubled}, in-app fehlend ${t.inAppMissing}, doppelt ${t.inAppDoubled} / two notifiers`);
      expect(t).toEqual({ lost: 0, doubled: 0, doubledOtherId: 0, sentThrice: 0, inAppMissing: 0, inAppDoubled: 0, inDoubt: 0, badAttempts: 0 });
      // Both took part: the email batches of this fan-out were run by two workers (processedBy).
      const queue = new Queue('ikone-emails', { connection: queueConnection(gw.config.databaseUrl!, redisUrl).connection, prefix });
      try {
        const mine = new Set(await gw.db.query(`select id::text as id from email_delivery where event_id = $1`, [study.eventId]).then((rows: Array<{ id: string }>) => rows.map((r) => r.id)));
        const batches = (await queue.getJobs(['completed'])).filter((j) => j.name === 'send-email-batch' && (j.data as { deliveryIds: string[] }).deliveryIds.some((id) => mine.has(id)));
        const workers = new Set(batches.map((j) => j.processedBy));
        console.log(`[${backend}] ${batches.length} Stapel, ausgeführt von ${[...workers].join(', ')} / batches run by`);
        expect(workers.size).toBe(2);
      } finally {
        await queue.close();
      }
    } finally {
      await kill(first, 'SIGTERM');
      await kill(second, 'SIGTERM');
    }
  }, 300_000);

  it(`[${backend}] scaled out: one of two notifiers killed mid fan-out, the other covers without a restart`, async () => {
    const started = Date.now();
    const users = await insertUsers(gw.db, SCALED_RECIPIENTS, { prefix: `cover-${backend}` });
    await subscribe(gw.db, users.map((u) => u.id), { topicSlug: 'verwaltungsdigitalisierung' }, 'IMMEDIATE');
    const victim = await startNotifier();
    const survivor = await startNotifier();
    try {
      const emails = new Set(users.map((u) => u.email));
      const arrived = () => sink.messages.filter((m) => m.to.some((to) => emails.has(to))).length;
      const study = await publishCaseStudy(gw, { title: 'Digitale Bauakte', municipalityId: kl.id, topicSlugs: ['verwaltungsdigitalisierung'] });
      await waitFor('some emails sent', () => arrived() >= SCALED_RECIPIENTS * 0.15, 120_000);
      await kill(victim);
      const atKill = arrived();
      await allSent(users, study);
      const t = await tally(users, study);
      console.log(
        `[${backend}] zwei Notifier, einer nach ${atKill} E-Mails getötet: verloren ${t.lost}, doppelt ${t.doubled} (andere Message-ID ${t.doubledOtherId}), ` +
          `ungewiss ${t.inDoubt}, in-app fehlend ${t.inAppMissing}, doppelt ${t.inAppDoubled}; ${Math.round((Date.now() - started) / 1000)} s / one of two killed`,
      );
      expect(atKill).toBeLessThan(users.length);
      expect(survivor.process.exitCode).toBeNull();
      expect(t).toMatchObject({ lost: 0, doubledOtherId: 0, sentThrice: 0, inAppMissing: 0, inAppDoubled: 0, badAttempts: 0 });
      // In doubt only what the killed one had between claim and record; the survivor's claims stay live.
      expect(t.inDoubt).toBeLessThanOrEqual(POOL_SIZE);
      expect(t.doubled).toBeLessThanOrEqual(t.inDoubt);
    } finally {
      await kill(victim);
      await kill(survivor, 'SIGTERM');
    }
  }, 300_000);

  it(`[${backend}] scaled out: a digest run on both notifiers at once gives everyone exactly one digest`, async () => {
    // 1,200: six batches of 200, enough for both notifiers to take some.
    const users = await insertUsers(gw.db, 1200, { prefix: `digest-two-${backend}` });
    const userIds = users.map((u) => u.id);
    await subscribe(gw.db, userIds, { topicSlug: 'klima-umwelt' }, 'DAILY');
    // The readers' hour is the last full hour in Berlin, and the last hourly run was two hours ago:
    // the next run finds that hour due (ADR 0019). Their items are dated before it, on that clock.
    const hour = 3_600_000;
    const berlinHour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: 'numeric', hourCycle: 'h23' }).format(new Date(Date.now() - hour)));
    const first = await startNotifier(undefined, { DIGEST_HOUR: String(berlinHour) });
    const second = await startNotifier(undefined, { DIGEST_HOUR: String(berlinHour) });
    const queue = new Queue('ikone-events', { connection: queueConnection(gw.config.databaseUrl!, redisUrl).connection, prefix });
    const emailQueue = new Queue('ikone-emails', { connection: queueConnection(gw.config.databaseUrl!, redisUrl).connection, prefix });
    try {
      const study = await publishCaseStudy(gw, { title: 'Hitzeaktionsplan', municipalityId: kl.id, topicSlugs: ['klima-umwelt'] });
      await waitFor('fan-out', async () => (await count(`select count(*)::int as n from notification where subject_id = $1`, [study.id])) === users.length, 60_000);
      // Both notifiers' start-up catch-up has run (it found nothing due); then the clock of the schedule goes back.
      await waitFor('start-up runs', async () => {
        const jobs = await queue.getJobCounts('waiting', 'active', 'prioritized');
        return Object.values(jobs).every((n) => n === 0) && (await count(`select count(*)::int as n from digest_schedule where period = 'daily'`)) === 1;
      }, 60_000);
      await gw.db.query(`update notification set created_at = $2 where subject_id = $1`, [study.id, new Date(Date.now() - 3 * hour)]);
      await gw.db.query(`update digest_schedule set covered_until = $1 where period = 'daily'`, [new Date(Date.now() - 2 * hour)]);
      // The run the schedulers add, twice at once (as when both notifiers' schedules fire): each may take one.
      const ids = [`digest-two-a-${Date.now()}`, `digest-two-b-${Date.now()}`];
      await queue.addBulk(ids.map((jobId) => ({ name: 'digest-run', data: { period: 'daily' }, opts: { jobId } })));
      const digestDeliveries = `select d.id::text as id, d.status from digest g join email_delivery d on d.id = g.delivery_id where g.user_id = any($1::uuid[])`;
      await waitFor('both digest runs done', async () => (await Promise.all(ids.map((id) => queue.getJobState(id)))).every((state) => state === 'completed'), 120_000);
      await waitFor(
        'every digest SENT',
        async () => {
          const rows = (await gw.db.query(digestDeliveries, [userIds])) as Array<{ status: string }>;
          return rows.length === users.length && rows.every((r) => r.status === 'SENT');
        },
        180_000,
      );
      const emails = new Set(users.map((u) => u.email));
      const perRecipient = new Map<string, number>();
      for (const m of sink.messages) for (const to of m.to) if (emails.has(to)) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
      const lost = users.filter((u) => !perRecipient.has(u.email)).length;
      const doubled = [...perRecipient.values()].filter((c) => c > 1).length;
      const mine = new Set(((await gw.db.query(digestDeliveries, [userIds])) as Array<{ id: string }>).map((r) => r.id));
      const batches = (await emailQueue.getJobs(['completed'])).filter((j) => j.name === 'send-email-batch' && (j.data as { deliveryIds: string[] }).deliveryIds.some((id) => mine.has(id)));
      const runs = await Promise.all(ids.map((id) => queue.getJob(id)));
      const workers = new Set(batches.map((j) => j.processedBy));
      console.log(
        `[${backend}] Zusammenfassung auf zwei Notifiern, ${users.length} Personen: verloren ${lost}, doppelt ${doubled}; Läufe von ${runs.map((r) => r?.processedBy).join(', ')}, ` +
          `${batches.length} Stapel von ${[...workers].join(', ')} / digest on two notifiers`,
      );
      expect(await count(`select count(*)::int as n from digest where user_id = any($1::uuid[])`, [userIds])).toBe(users.length);
      expect({ lost, doubled }).toEqual({ lost: 0, doubled: 0 });
      expect(workers.size).toBe(2);
    } finally {
      await queue.close();
      await emailQueue.close();
      await kill(first, 'SIGTERM');
      await kill(second, 'SIGTERM');
    }
  }, 300_000);

  it(`[${backend}] publishing works while the queue backend does not answer; the notices go out once it answers again`, async () => {
    const users = await insertUsers(gw.db, 50, { prefix: `down-${backend}` });
    await subscribe(gw.db, users.map((u) => u.id), { topicSlug: 'mobilitaet' }, 'IMMEDIATE');
    let redisServer: ChildProcess | undefined;
    let ownRedis: string | undefined;
    let blocker: Client | undefined;
    // The relay gives up on an enqueue after 15 s and logs this; it marks nothing relayed then.
    const relayFailures = () => (notifier?.output.join('').match(/Outbox-Weiterleitung fehlgeschlagen/g) ?? []).length;
    try {
      if (backend === 'redis') {
        const port = await freePort();
        ownRedis = `redis://127.0.0.1:${port}`;
        redisServer = await startRedisServer(port);
        notifier = await startNotifier(ownRedis);
        redisServer.kill('SIGKILL');
      } else {
        // The queue lives in the application database: it "does not answer" when its job table
        // takes no writes (held in share mode), while the domain tables work as usual.
        notifier = await startNotifier();
        blocker = new Client({ connectionString: gw.config.databaseUrl });
        await blocker.connect();
        await blocker.query('begin');
        await blocker.query('lock table bullmq.job in share mode');
      }
      const failuresBefore = relayFailures();
      const study = await publishCaseStudy(gw, { title: 'Mitfahrbank digital', municipalityId: kl.id, topicSlugs: ['mobilitaet'] });
      await waitFor('the relay failing to enqueue', () => relayFailures() > failuresBefore, 60_000);
      const [row] = (await gw.db.query(`select relayed_at from outbox_event where id = $1`, [study.eventId])) as Array<{ relayed_at: Date | null }>;
      expect(row.relayed_at).toBeNull();
      expect(await count(`select count(*)::int as n from notification where subject_id = $1`, [study.id])).toBe(0);
      if (backend === 'redis') redisServer = await startRedisServer(Number(new URL(ownRedis!).port));
      else await blocker!.query('rollback');
      await waitFor('notices after recovery', async () => (await count(`select count(*)::int as n from email_delivery where event_id = $1 and status = 'SENT'`, [study.eventId])) === users.length, 90_000);
      expect(await count(`select count(*)::int as n from notification where subject_id = $1`, [study.id])).toBe(users.length);
      await waitFor('event marked relayed', async () => {
        const [after] = (await gw.db.query(`select relayed_at from outbox_event where id = $1`, [study.eventId])) as Array<{ relayed_at: Date | null }>;
        return after.relayed_at !== null;
      }, 60_000);
    } finally {
      await blocker?.end().catch(() => undefined);
      await kill(notifier, 'SIGTERM');
      redisServer?.kill('SIGKILL');
    }
  }, 180_000);

  it(`[${backend}] a digest run killed half-way and run again, then run once more: one digest each, in-doubt ones resent with the same Message-ID`, async () => {
    const users = await insertUsers(gw.db, 2000, { prefix: `digest-${backend}` });
    await subscribe(gw.db, users.map((u) => u.id), { topicSlug: 'bildung' }, 'DAILY');
    // The notices come from a fan-out; the notifier is not needed for the digest itself.
    notifier = await startNotifier();
    const study = await publishCaseStudy(gw, { title: 'Tablets für Grundschulen', municipalityId: kl.id, topicSlugs: ['bildung'] });
    await waitFor('fan-out', async () => (await count(`select count(*)::int as n from notification where subject_id = $1`, [study.id])) === users.length, 60_000);
    await kill(notifier, 'SIGTERM');
    const at = new Date(Date.now() + 60_000).toISOString();
    const emails = new Set(users.map((u) => u.email));
    const arrived = () => sink.messages.filter((m) => m.to.some((to) => emails.has(to)));
    const env = { ...childEnv(), IKONE_QUEUE_PREFIX: prefix };
    const first = start(CLI, ['digest', '--period', 'daily', '--at', at], env);
    await waitFor('half the digests', () => arrived().length >= 600 || first.process.exitCode !== null, 120_000);
    await kill(first);
    const atKill = arrived().length;
    const userIds = users.map((u) => u.id);
    const leftSending = await count(
      `select count(*)::int as n from digest g join email_delivery d on d.id = g.delivery_id where g.user_id = any($1::uuid[]) and d.status = 'SENDING'`,
      [userIds],
    );
    // Each run has sent everything it is going to before it exits.
    for (let run = 0; run < 2; run++) {
      const again = start(CLI, ['digest', '--period', 'daily', '--at', at], env);
      const code = await again.exited;
      if (code !== 0) throw new Error(`digest re-run failed:\n${again.output.join('')}`);
    }
    const perRecipient = new Map<string, string[]>();
    for (const m of arrived()) {
      const messageId = /^message-id:\s*(<[^>]+>)/im.exec(m.raw.toString('utf8').split(/\r?\n\r?\n/)[0])?.[1] ?? '(none)';
      for (const to of m.to) if (emails.has(to)) perRecipient.set(to, [...(perRecipient.get(to) ?? []), messageId]);
    }
    const lost = users.filter((u) => !perRecipient.has(u.email)).length;
    const doubled = [...perRecipient.values()].filter((ids) => ids.length > 1);
    const inDoubt = await count(
      `select count(*)::int as n from digest g join email_delivery d on d.id = g.delivery_id where g.user_id = any($1::uuid[]) and d.in_doubt_at is not null`,
      [userIds],
    );
    console.log(
      `[${backend}] Zusammenfassung: Abbruch nach ${atKill} (${leftSending} SENDING); verloren ${lost}, doppelt ${doubled.length}, ungewiss ${inDoubt} / digest kill`,
    );
    expect(await count(`select count(*)::int as n from digest where user_id = any($1::uuid[])`, [userIds])).toBe(users.length);
    expect(
      await count(`select count(*)::int as n from digest g join email_delivery d on d.id = g.delivery_id where g.user_id = any($1::uuid[]) and d.status <> 'SENT'`, [userIds]),
    ).toBe(0);
    expect(lost).toBe(0);
    expect(leftSending).toBeLessThanOrEqual(POOL_SIZE);
    expect(inDoubt).toBe(leftSending);
    expect(doubled.length).toBeLessThanOrEqual(inDoubt);
    for (const ids of doubled) expect(new Set(ids).size).toBe(1);
  }, 240_000);
}

describe('failures on the PostgreSQL queue backend', () => {
  failureSuite('postgres');
});

const redis = reachableRedis();
if ('reason' in redis) console.log(`Redis-Test übersprungen / Redis failure test skipped: ${redis.reason}`);
('url' in redis ? describe : describe.skip)('failures on the Redis queue backend', () => {
  failureSuite('redis', 'url' in redis ? redis.url : undefined);
});

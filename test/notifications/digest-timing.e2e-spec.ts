import type { INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '@ikone/platform';
import type { MunicipalityEntity } from '@ikone/membership';
import { createNotifier, JobQueues, JOB_SPECS } from '../../apps/notifier/src/index';
import { makeMunicipality } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';
import { insertUsers, publishCaseStudy, subscribe } from './seed';
import { removeQueueKeys } from './queues';
import { SmtpSink, reachableRedis, waitFor } from './smtp-sink';

/** Wall-clock times in Europe/Berlin in January (UTC+1). Wednesday 13 Jan 2027 to Monday 18 Jan. */
const berlin = (localTime: string) => new Date(`2027-01-${localTime}:00+01:00`);

/**
 * When digests go out (SPEC §3, ADR 0019): at the reader's hour or not that day; after downtime
 * over that hour, late once. The digest schedules run as queue jobs (`digest-run`) on a clock
 * the test moves across hours and midnight; items are dated on the same clock.
 */
function timingSuite(backend: 'postgres' | 'redis', redisUrl?: string): void {
  let gw: TestGateway;
  let notifier: INestApplicationContext | undefined;
  const sink = new SmtpSink();
  const prefix = `ikone-digest-${randomBytes(4).toString('hex')}`;
  let now = berlin('13T06:00');
  let kl: MunicipalityEntity;
  let seventh: { id: string; email: string };
  let ninth: { id: string; email: string };
  let weekly: { id: string; email: string };
  let switcher: { id: string; email: string };
  const env = () => ({ SMTP_URL: sink.url, PUBLIC_URL: 'https://ikone.test', ...(redisUrl ? { REDIS_URL: redisUrl } : {}) });

  const startNotifier = async () =>
    createNotifier(loadConfig({ NODE_ENV: 'test', DATABASE_URL: gw.config.databaseUrl!, IKONE_DATA_DIR: gw.dataDir, ...env() }), {
      queuePrefix: prefix,
      clock: () => now,
    });

  /** Every delivery handed to SMTP (or finished otherwise): what the sink holds is final. */
  const deliveriesDone = async () =>
    ((await gw.db.query(`select count(*)::int as n from email_delivery where status in ('PENDING', 'SENDING')`)) as Array<{ n: number }>)[0].n === 0;

  /** Both schedules have looked up to the clock's time (their runs queued their emails before that). */
  const coveredUpToNow = async () => {
    const rows = (await gw.db.query(`select covered_until from digest_schedule`)) as Array<{ covered_until: Date }>;
    return rows.length === 2 && rows.every((r) => new Date(r.covered_until).getTime() === now.getTime());
  };

  /** The two hourly scheduler jobs at `localTime`, through the queue; returns once they and their emails are done. */
  async function hourlyRun(localTime: string): Promise<void> {
    now = berlin(localTime);
    const queue = await notifier!.get(JobQueues).queue(JOB_SPECS['digest-run'].queue);
    const jobs = await Promise.all(
      (['daily', 'weekly'] as const).map((period) =>
        queue.add('digest-run', { period }, { ...JOB_SPECS['digest-run'].options, jobId: `test-${period}-${localTime.replace(/\D/g, '')}` }),
      ),
    );
    await waitFor(`digest runs at ${localTime}`, async () => {
      const states = await Promise.all(jobs.map((job) => job.getState()));
      if (states.includes('failed')) throw new Error(`digest run failed at ${localTime}`);
      return states.every((s) => s === 'completed');
    });
    await waitFor(`digest emails of ${localTime}`, deliveriesDone);
  }

  /** Publishes through the gateway and dates the readers' notifications at `localTime`. */
  async function publishAt(title: string, localTime: string): Promise<void> {
    const study = await publishCaseStudy(gw, { title, municipalityId: kl.id, topicSlugs: ['buergerbeteiligung'] });
    const count = async () => ((await gw.db.query(`select count(*)::int as n from notification where subject_id = $1`, [study.id])) as Array<{ n: number }>)[0].n;
    await waitFor(`fan-out of ${title}`, async () => (await count()) === 4);
    await gw.db.query(`update notification set created_at = $2 where subject_id = $1`, [study.id, berlin(localTime)]);
  }

  /** The digests a reader got at the SMTP sink: subject and text, in arrival order. */
  const digestsOf = async (reader: { email: string }) => Promise.all(sink.to(reader.email).map(async (m) => m.parsed()));
  const periodsOf = async (reader: { id: string }) =>
    ((await gw.db.query(`select period_key from digest where user_id = $1 order by id`, [reader.id])) as Array<{ period_key: string }>).map((r) => r.period_key);

  beforeAll(async () => {
    await sink.start();
    gw = await startTestGateway(env());
    kl = await makeMunicipality(gw.app, '07312000');
    [seventh, ninth, weekly, switcher] = await insertUsers(gw.db, 4, { prefix: `timing-${backend}` });
    await subscribe(gw.db, [seventh.id, ninth.id, switcher.id], { topicSlug: 'buergerbeteiligung' }, 'DAILY');
    await subscribe(gw.db, [weekly.id], { topicSlug: 'buergerbeteiligung' }, 'WEEKLY');
    // `seventh` and `weekly` keep the defaults (07:00, Monday); `ninth` chose 09:00, `switcher` 10:00 for now.
    await gw.db.query(`insert into notification_preference (user_id, digest_hour) values ($1, 9), ($2, 10)`, [ninth.id, switcher.id]);
    notifier = await startNotifier();
    // The catch-up of the start finds no due time in its first window.
    await waitFor('first runs', coveredUpToNow);
  });

  afterAll(async () => {
    await notifier?.close();
    await gw?.close();
    await sink.stop();
    if (redisUrl) await removeQueueKeys(redisUrl, prefix);
  });

  describe(`[${backend}]`, () => {
    it('sends a daily digest only at the reader hour: an item of 09:03 waits for the next morning, across midnight', async () => {
      await hourlyRun('13T07:00');
      expect(sink.messages).toHaveLength(0); // nothing published yet
      await publishAt('Ratsinformation digital', '13T08:30');
      await hourlyRun('13T08:00');
      await hourlyRun('13T09:00');
      // 09:00 is the hour of `ninth`; `seventh`'s hour has gone by.
      expect((await digestsOf(ninth)).map((m) => m.subject)).toEqual(['Ihre tägliche IKONE-Zusammenfassung: 1 Neuigkeit']);
      expect(await digestsOf(seventh)).toHaveLength(0);

      await publishAt('Bürgerhaushalt online', '13T09:03');
      // At 09:30 `switcher` moves from 10:00 to 09:00, an hour that has passed today.
      await gw.db.query(`update notification_preference set digest_hour = 9 where user_id = $1`, [switcher.id]);
      // The hour the issue saw: no digest today yet for `seventh` (nor `switcher`), and still none is sent.
      await hourlyRun('13T10:00');
      expect(await digestsOf(seventh)).toHaveLength(0);
      expect(await digestsOf(switcher)).toHaveLength(0);
      expect(await digestsOf(ninth)).toHaveLength(1);

      await hourlyRun('14T05:00');
      await hourlyRun('14T06:00');
      expect(sink.messages).toHaveLength(1);
      await hourlyRun('14T07:00');
      const [thursday] = await digestsOf(seventh);
      expect(thursday.subject).toBe('Ihre tägliche IKONE-Zusammenfassung: 2 Neuigkeiten');
      expect(thursday.text).toContain('Ratsinformation digital');
      expect(thursday.text).toContain('Bürgerhaushalt online');
      expect(await digestsOf(ninth)).toHaveLength(1);
      await hourlyRun('14T09:00');
      // 09:03 came after `ninth`'s 09:00 yesterday: in today's.
      const ninthDigests = await digestsOf(ninth);
      expect(ninthDigests).toHaveLength(2);
      expect(ninthDigests[1].text).toContain('Bürgerhaushalt online');
      expect(ninthDigests[1].text).not.toContain('Ratsinformation digital');
      expect((await digestsOf(switcher)).map((m) => m.subject)).toEqual(['Ihre tägliche IKONE-Zusammenfassung: 2 Neuigkeiten']);
      await hourlyRun('14T10:00');
      expect(await periodsOf(seventh)).toEqual(['daily:2027-01-14']);
      expect(await periodsOf(ninth)).toEqual(['daily:2027-01-13', 'daily:2027-01-14']);
      expect(await periodsOf(weekly)).toEqual([]);
    });

    it('after downtime over the reader hour sends the missed digest once at start, with the items due by then', async () => {
      await publishAt('Offene Haushaltsdaten', '14T15:00');
      // Published while the notifier is down, after 07:00, before 09:00.
      await publishAt('Digitale Sitzungsmappe', '15T08:00');
      await notifier!.close();
      notifier = undefined;
      const before = sink.messages.length;

      now = berlin('15T10:00');
      notifier = await startNotifier();
      await waitFor('catch-up runs at start', coveredUpToNow);
      await waitFor('catch-up emails', deliveriesDone);
      const late = sink.messages.slice(before);
      expect(late.map((m) => m.to[0]).sort()).toEqual([seventh.email, ninth.email, switcher.email].sort());
      const lateSeventh = (await digestsOf(seventh))[1];
      expect(lateSeventh.text).toContain('Offene Haushaltsdaten');
      expect(lateSeventh.text).not.toContain('Digitale Sitzungsmappe'); // 08:00 is after 07:00: tomorrow's
      const lateNinth = (await digestsOf(ninth))[2];
      expect(lateNinth.subject).toBe('Ihre tägliche IKONE-Zusammenfassung: 2 Neuigkeiten');

      // The scheduler's own 10:00 run, and a repeat: nothing more.
      await hourlyRun('15T10:00');
      expect(sink.messages.length - before).toBe(3);
      await hourlyRun('16T07:00');
      const saturday = (await digestsOf(seventh))[2];
      expect(saturday.text).toContain('Digitale Sitzungsmappe');
      await hourlyRun('16T09:00');
      expect(await digestsOf(ninth)).toHaveLength(3);
    });

    it('sends the weekly digest at its weekday and hour, once, and exactly one digest per person and period', async () => {
      await hourlyRun('18T06:00');
      expect(await digestsOf(weekly)).toHaveLength(0);
      await hourlyRun('18T07:00');
      await hourlyRun('18T08:00');
      const digests = await digestsOf(weekly);
      expect(digests.map((m) => m.subject)).toEqual(['Ihre wöchentliche IKONE-Zusammenfassung: 4 Neuigkeiten']);
      expect(await periodsOf(weekly)).toEqual(['weekly:2027-W03']);

      expect(await periodsOf(seventh)).toEqual(['daily:2027-01-14', 'daily:2027-01-15', 'daily:2027-01-16']);
      expect(await periodsOf(ninth)).toEqual(['daily:2027-01-13', 'daily:2027-01-14', 'daily:2027-01-15']);
      expect(await periodsOf(switcher)).toEqual(['daily:2027-01-14', 'daily:2027-01-15']);
      const [{ doubled }] = (await gw.db.query(
        `select count(*)::int as doubled from (select user_id, period_key from digest group by 1, 2 having count(*) > 1) x`,
      )) as Array<{ doubled: number }>;
      expect(doubled).toBe(0);
      for (const reader of [seventh, ninth, weekly, switcher]) expect(sink.to(reader.email)).toHaveLength((await periodsOf(reader)).length);
    });
  });
}

describe('digest timing on the PostgreSQL queue backend', () => {
  timingSuite('postgres');
});

// After the PostgreSQL suite has closed: BullMQ's backend factory is process-wide.
const redis = reachableRedis();
if ('reason' in redis) console.log(`Redis-Test übersprungen / Redis digest timing test skipped: ${redis.reason}`);
('url' in redis ? describe : describe.skip)('digest timing on the Redis queue backend', () => {
  timingSuite('redis', 'url' in redis ? redis.url : undefined);
});

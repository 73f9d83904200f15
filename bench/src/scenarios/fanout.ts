import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { OUTBOX_INSERT, outboxRows } from '@ikone/platform';
import type { BenchContext, ScenarioOutcome } from '../context';
import { atLeast, atMost, equals, NotAvailableYet } from '../context';
import { redisAnswers, startNotifier } from '../processes';
import { median, sleep, table, writeResult } from '../report';
import { SmtpSink } from '../smtp-sink';

interface FanoutRun {
  backend: 'postgres' | 'redis';
  round: number;
  recipients: number;
  expectedEmails: number;
  /** Outbox commit → relay took the event (relayed_at). */
  relayMs: number | null;
  /** Relay took the event → all in-app notifications written (SPEC target ≤ 1 s). */
  inAppAfterRelayMs: number | null;
  inAppAfterCommitMs: number | null;
  /** Commit → the last immediate email reached the SMTP sink. */
  emailsDoneAfterCommitMs: number | null;
  emailsReceived: number;
  /** Emails a second from the first to the last one at the sink (SPEC target ≥ 1,000). */
  emailsPerSecond: number | null;
  notifierPeakRssMb: number;
  notifierCpuMs: number;
}

/**
 * Publishes a case study in the most followed topic the way the knowledge library does (the row
 * and a `knowledge.case-study-published` outbox event in one transaction), then watches the
 * notifications table and the SMTP sink.
 */
async function publishAndWatch(client: Client, sink: SmtpSink, timeoutMs: number): Promise<Omit<FanoutRun, 'backend' | 'round' | 'notifierPeakRssMb' | 'notifierCpuMs'>> {
  const { rows: [topic] } = await client.query<{ id: string }>(
    `select topic_id as id from subscription where topic_id is not null group by topic_id order by count(*) desc limit 1`,
  );
  if (!topic) throw new NotAvailableYet('no topic subscriptions in the data set');
  // A municipality with few followers: the topic's audience dominates, as in SPEC §6.
  const { rows: [owner] } = await client.query<{ id: string; contact: string | null }>(
    `select m.id, (select u.id from app_user u where u.municipality_id = m.id and u.role = 'OFFICER' limit 1) as contact
       from municipality m where m.status = 'ACTIVE' order by m.name limit 1`,
  );
  const { rows: [expected] } = await client.query<{ recipients: string; emails: string }>(
    `select count(*) as recipients, count(*) filter (where best = 0 and email_on) as emails from (
       select s.user_id, min(case s.frequency when 'IMMEDIATE' then 0 when 'DAILY' then 1 else 2 end) as best,
              bool_and(coalesce(p.email_enabled, true)) as email_on
         from subscription s join app_user u on u.id = s.user_id and u.status = 'ACTIVE'
         left join notification_preference p on p.user_id = s.user_id
        where s.topic_id = $1 or s.municipality_id = $2 group by s.user_id) r`,
    [topic.id, owner.id],
  );
  const recipients = Number(expected.recipients);
  const expectedEmails = Number(expected.emails);
  const id = randomUUID();
  await client.query('begin');
  await client.query(
    `insert into case_study (id, slug, title, summary, maturity, municipality_id, contact_user_id, visibility, status, revision, reviewed_revision,
                             submitted_at, published_at, created_by)
     values ($1::uuid, 'bench-fanout-' || $1::uuid::text, 'Digitalisierte Bauantragsverfahren im Benchmark', 'Eine Veröffentlichung für viele Abonnentinnen und Abonnenten.',
             'PILOT', $2, $3, 'PUBLIC', 'PUBLISHED', 1, 1, now(), now(), $3)`,
    [id, owner.id, owner.contact],
  );
  await client.query(`insert into case_study_topic (case_study_id, topic_id) values ($1, $2)`, [id, topic.id]);
  // The event the real producer writes, checked against the catalogue like recordEvents' (ADR 0030).
  const { rows: [event] } = await client.query<{ id: string }>(
    `${OUTBOX_INSERT} returning id`,
    outboxRows([{ type: 'knowledge.case-study-published', payload: { caseStudyId: id } }]),
  );
  sink.reset();
  await client.query('commit');
  const committed = performance.now();
  const key = `outbox:${event.id}`;

  let relayMs: number | null = null;
  let inAppAt: number | null = null;
  const deadline = committed + timeoutMs;
  while (performance.now() < deadline) {
    if (relayMs === null) {
      const { rows } = await client.query<{ ms: number | null }>(
        `select extract(epoch from (relayed_at - created_at)) * 1000 as ms from outbox_event where id = $1`,
        [event.id],
      );
      relayMs = rows[0]?.ms === null || rows[0]?.ms === undefined ? null : Number(rows[0].ms);
    }
    if (inAppAt === null) {
      const { rows } = await client.query<{ n: string }>(`select count(*) as n from notification where event_key = $1`, [key]);
      if (Number(rows[0].n) >= recipients) inAppAt = performance.now();
    }
    if (inAppAt !== null && sink.count >= expectedEmails) break;
    await sleep(inAppAt === null ? 10 : 50);
  }
  // Wait a moment for stragglers (a second email would be a bug worth seeing).
  await sleep(500);
  const received = sink.count;
  const span = sink.firstAt !== null && sink.lastAt !== null ? (sink.lastAt - sink.firstAt) / 1000 : null;
  return {
    recipients,
    expectedEmails,
    relayMs,
    inAppAfterCommitMs: inAppAt === null ? null : inAppAt - committed,
    inAppAfterRelayMs: inAppAt === null || relayMs === null ? null : inAppAt - committed - relayMs,
    emailsDoneAfterCommitMs: sink.lastAt !== null && received >= expectedEmails ? sink.lastAt - committed : null,
    emailsReceived: received,
    emailsPerSecond: span && span > 0 ? received / span : null,
  };
}

/** Scenario 3: one publication to a topic with ≥ 10,000 subscribers, on the PostgreSQL and the Redis queue backend. */
export async function fanoutScenario(ctx: BenchContext): Promise<ScenarioOutcome> {
  if (!ctx.dataset.hasSubscriptions) throw new NotAvailableYet('the data set has no subscriptions (notifications migration missing)');
  const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  const backends: Array<'postgres' | 'redis'> = ['postgres'];
  if (await redisAnswers(redisUrl)) backends.push('redis');
  else ctx.log(`  Redis at ${redisUrl} does not answer: only the PostgreSQL backend is measured`);

  const client = new Client({ connectionString: ctx.db.url });
  await client.connect();
  const sink = new SmtpSink();
  await sink.start();
  const runs: FanoutRun[] = [];
  try {
    for (const backend of backends) {
      // Backlog from earlier scenarios (registrations of the load run …) would be measured too.
      await client.query(`update outbox_event set relayed_at = now() where relayed_at is null`);
      await client.query(`update email_delivery set status = 'CANCELLED' where status in ('PENDING','SENDING')`);
      const notifier = await startNotifier(ctx.db.urlFor('bench_notifier'), join(ctx.dataDir, 'notifier'), sink.url, backend === 'redis' ? redisUrl : null);
      try {
        notifier.startSampling();
        for (let round = 1; round <= (ctx.quick ? 1 : Math.min(ctx.rounds, 3)); round++) {
          const cpu0 = notifier.cpuMs();
          const run = await publishAndWatch(client, sink, ctx.quick ? 30_000 : 120_000);
          runs.push({ backend, round, ...run, notifierPeakRssMb: notifier.stopSampling(), notifierCpuMs: notifier.cpuMs() - cpu0 });
          notifier.startSampling();
          const r = runs[runs.length - 1];
          ctx.log(
            `  ${backend} round ${round}: ${r.recipients} recipients, relay ${r.relayMs?.toFixed(0)} ms, in-app ${r.inAppAfterRelayMs?.toFixed(0) ?? 'not done'} ms after relay, ` +
              `${r.emailsReceived}/${r.expectedEmails} emails, ${r.emailsPerSecond?.toFixed(0) ?? '–'}/s`,
          );
        }
      } finally {
        await notifier.stop();
      }
    }
  } finally {
    await sink.stop();
    await client.end();
  }
  const summary = backends.map((backend) => {
    const r = runs.filter((x) => x.backend === backend);
    return {
      backend,
      recipients: r[0]?.recipients ?? 0,
      expectedEmails: r[0]?.expectedEmails ?? 0,
      relayMs: median(r.map((x) => x.relayMs ?? NaN)),
      inAppAfterRelayMs: median(r.map((x) => x.inAppAfterRelayMs ?? NaN)),
      inAppAfterCommitMs: median(r.map((x) => x.inAppAfterCommitMs ?? NaN)),
      emailsDoneAfterCommitMs: median(r.map((x) => x.emailsDoneAfterCommitMs ?? NaN)),
      emailsPerSecond: median(r.map((x) => x.emailsPerSecond ?? NaN)),
      emailsReceived: median(r.map((x) => x.emailsReceived)),
      notifierPeakRssMb: Math.max(...r.map((x) => x.notifierPeakRssMb)),
      complete: r.every((x) => x.inAppAfterCommitMs !== null && x.emailsReceived === x.expectedEmails),
    };
  });
  ctx.log(
    table(
      ['backend', 'recipients', 'relay ms', 'in-app ms after relay', 'in-app ms after commit', 'emails', 'emails done ms', 'emails/s', 'notifier RSS MB'],
      summary.map((s) => [
        s.backend, s.recipients, s.relayMs, s.inAppAfterRelayMs, s.inAppAfterCommitMs, `${s.emailsReceived}/${s.expectedEmails}`,
        s.emailsDoneAfterCommitMs, s.emailsPerSecond === null ? null : Math.round(s.emailsPerSecond), Math.round(s.notifierPeakRssMb),
      ]),
    ),
  );
  const file = writeResult('fanout', ctx.quick, {
    dataset: ctx.dataset.counts,
    targets: { inAppAfterRelayAtMostMs: 1000, emailsPerSecondAtLeast: 1000 },
    summary,
    runs,
  });
  return {
    scenario: 'fanout',
    status: 'ran',
    file,
    detail: summary.every((s) => s.complete) ? undefined : 'some runs did not complete (see JSON)',
    figures: summary.flatMap((s) => [
      atMost(`fan-out (${s.backend}): in-app ms after the relay`, s.inAppAfterRelayMs, 1000),
      atLeast(`fan-out (${s.backend}): immediate emails/s`, s.emailsPerSecond === null ? null : Math.round(s.emailsPerSecond), 1000),
      equals(`fan-out (${s.backend}): every email arrived once (${s.expectedEmails} per round)`, s.complete, true),
    ]),
  };
}

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { projectRoot } from '@ikone/platform';
import type { BenchContext, ScenarioOutcome } from '../context';
import { atMost, NotAvailableYet, reported } from '../context';
import { childNodeFlags, gatewayEnv, startNotifier } from '../processes';
import { progress, sleep, table, writeResult } from '../report';
import { SmtpSink } from '../smtp-sink';

const ITEMS_PER_USER = 3;

/**
 * A week of publications as the fan-out would have left them: for every active user with email
 * on, {@link ITEMS_PER_USER} WEEKLY notifications of recently published case studies, not yet
 * in a digest. Earlier bench digests and their deliveries are removed first, so runs repeat.
 */
async function prepareWeek(client: Client): Promise<{ users: number; reachable: number }> {
  const bar = progress('digest items', 3);
  await client.query(`delete from notification where event_key like 'bench-digest:%'`);
  await client.query(`update digest set delivery_id = null where period_key like 'weekly:%'`);
  await client.query(`delete from email_delivery where template = 'digest' and idempotency_key like 'digest:weekly:%'`);
  await client.query(`delete from digest where period_key like 'weekly:%'`);
  // Undigested WEEKLY items of the fan-out scenario's publications would be bundled too.
  await client.query(`delete from notification where email_via = 'WEEKLY' and digest_id is null`);
  bar.update(1);
  const { rows: items } = await client.query<{ id: string; title: string; slug: string; municipality: string; topics: string[]; topics_en: string[] }>(
    `select c.id, c.title, c.slug, m.name as municipality,
            array(select t.name_de from case_study_topic x join topic t on t.id = x.topic_id where x.case_study_id = c.id order by 1) as topics,
            array(select t.name_en from case_study_topic x join topic t on t.id = x.topic_id where x.case_study_id = c.id order by 1) as topics_en
       from case_study c join municipality m on m.id = c.municipality_id
      where c.status = 'PUBLISHED' order by c.published_at desc limit $1`,
    [ITEMS_PER_USER * 4],
  );
  for (let k = 0; k < ITEMS_PER_USER; k++) {
    await client.query(
      `insert into notification (recipient_id, event_key, kind, subject_type, subject_id, title, link, data, email_via, created_at)
       select u.id, 'bench-digest:' || $1::int || ':' || ((abs(hashtext(u.id::text)) + $1::int) % 4), 'CASE_STUDY_PUBLISHED', 'CaseStudy',
              (($2::uuid[])[1 + (abs(hashtext(u.id::text)) + $1::int) % 4]),
              ($3::text[])[1 + (abs(hashtext(u.id::text)) + $1::int) % 4],
              '/praxisbeispiele/' || ($4::text[])[1 + (abs(hashtext(u.id::text)) + $1::int) % 4],
              jsonb_build_object('subjectType', 'CaseStudy', 'municipality', ($5::text[])[1 + (abs(hashtext(u.id::text)) + $1::int) % 4],
                                 'topics', '[]'::jsonb, 'topicsEn', '[]'::jsonb),
              'WEEKLY', now() - interval '1 day' * (1 + $1::int)
         from app_user u left join notification_preference p on p.user_id = u.id
        where u.status = 'ACTIVE' and coalesce(p.email_enabled, true)`,
      [
        k,
        items.slice(k * 4, k * 4 + 4).map((i) => i.id),
        items.slice(k * 4, k * 4 + 4).map((i) => i.title),
        items.slice(k * 4, k * 4 + 4).map((i) => i.slug),
        items.slice(k * 4, k * 4 + 4).map((i) => i.municipality),
      ],
    );
  }
  bar.update(2);
  // SPEC §6 asks for the digest of 100,000 users: every reader of this week's items has confirmed
  // notification emails (ADR 0023), as the subscribers of the data set have.
  await client.query(
    `insert into consent (user_id, purpose, text_version, source, requested_at, given_at)
     select distinct n.recipient_id, 'NOTIFICATION_EMAIL', '2026-12', 'DEMO', now(), now()
       from notification n where n.event_key like 'bench-digest:%'
     on conflict do nothing`,
  );
  await client.query('analyze notification');
  await client.query('analyze consent');
  // Only people with the confirmed consent to notification emails get a digest (ADR 0023).
  const { rows } = await client.query<{ n: string; reachable: string }>(
    `select count(distinct n.recipient_id) as n,
            count(distinct n.recipient_id) filter (where exists (select 1 from consent c where c.user_id = n.recipient_id
              and c.purpose = 'NOTIFICATION_EMAIL' and c.withdrawn_at is null and c.given_at is not null)) as reachable
       from notification n where n.event_key like 'bench-digest:%'`,
  );
  bar.update(3);
  bar.stop();
  return { users: Number(rows[0].n), reachable: Number(rows[0].reachable) };
}

/** Runs `cli digest --period weekly --at <now>` from dist; resolves with its exit code and output. */
function runDigestCli(env: Record<string, string>): Promise<{ code: number | null; output: string; peakRssMb: number; ms: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...childNodeFlags(), join(projectRoot(), 'dist/apps/cli/src/main.js'), 'digest', '--period', 'weekly', '--at', new Date().toISOString()], {
      cwd: projectRoot(),
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let peak = 0;
    const sampler = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        peak = Math.max(peak, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
      } catch {
        // exited
      }
    }, 100);
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), 10 * 60_000);
    child.on('exit', (code) => {
      clearInterval(sampler);
      clearTimeout(killer);
      resolve({ code, output, peakRssMb: peak, ms: performance.now() - started });
    });
  });
}

/** Scenario 4: the weekly digest for every user to a local SMTP sink: total time, emails/s, peak RSS of the notifier. */
export async function digestScenario(ctx: BenchContext): Promise<ScenarioOutcome> {
  if (!ctx.dataset.hasSubscriptions) throw new NotAvailableYet('the notifications schema is missing');
  const client = new Client({ connectionString: ctx.db.url });
  await client.connect();
  const sink = new SmtpSink();
  await sink.start();
  try {
    const { users: withItems, reachable: users } = await prepareWeek(client);
    await client.query(`update outbox_event set relayed_at = now() where relayed_at is null`);
    await client.query(`update email_delivery set status = 'CANCELLED' where status in ('PENDING','SENDING')`);
    const dataDir = join(ctx.dataDir, 'notifier');
    const notifier = await startNotifier(ctx.db.urlFor('bench_notifier'), dataDir, sink.url, null);
    try {
      notifier.startSampling();
      const cpu0 = notifier.cpuMs();
      sink.reset();
      const started = performance.now();
      const cli = await runDigestCli({ ...gatewayEnv(ctx.db.urlFor('bench_notifier'), dataDir), SMTP_URL: sink.url, REDIS_URL: '' });
      if (cli.code !== 0) {
        const text = cli.output.trim().split('\n').slice(-5).join(' ');
        if (/unknown command|Unbekannter Befehl/i.test(text)) throw new NotAvailableYet(`cli has no digest command yet (${text.slice(0, 200)})`);
        throw new Error(`cli digest exited with ${cli.code}: ${text.slice(0, 500)}`);
      }
      const deadline = performance.now() + (ctx.quick ? 60_000 : 10 * 60_000);
      let lastCount = -1;
      let stableSince = performance.now();
      while (performance.now() < deadline && sink.count < users) {
        if (sink.count !== lastCount) {
          lastCount = sink.count;
          stableSince = performance.now();
        } else if (performance.now() - stableSince > 30_000) {
          break; // nothing arrives any more
        }
        await sleep(100);
      }
      const doneAt = sink.lastAt ?? performance.now();
      const totalMs = doneAt - started;
      const peakRss = notifier.stopSampling();
      const cpuMs = notifier.cpuMs() - cpu0;
      const { rows: [built] } = await client.query<{ n: string }>(`select count(*) as n from digest where period_key like 'weekly:%'`);
      const result = {
        usersWithItems: withItems,
        users,
        digestsBuilt: Number(built.n),
        emailsReceived: sink.count,
        cliMs: cli.ms,
        cliPeakRssMb: cli.peakRssMb,
        totalMs,
        emailsPerSecond: sink.count / (totalMs / 1000),
        sendingEmailsPerSecond: sink.firstAt !== null && sink.lastAt !== null && sink.lastAt > sink.firstAt ? sink.count / ((sink.lastAt - sink.firstAt) / 1000) : null,
        notifierPeakRssMb: peakRss,
        notifierCpuMs: cpuMs,
        complete: sink.count >= users,
      };
      ctx.log(
        table(
          ['users', 'digests built', 'emails at SMTP', 'CLI build s', 'total s', 'emails/s', 'notifier peak RSS MB', 'CLI peak RSS MB'],
          [[
            users, result.digestsBuilt, result.emailsReceived, result.cliMs / 1000, result.totalMs / 1000, Math.round(result.emailsPerSecond),
            Math.round(peakRss), Math.round(cli.peakRssMb),
          ]],
        ),
      );
      const file = writeResult('digest', ctx.quick, {
        dataset: ctx.dataset.counts,
        settings: { itemsPerUser: ITEMS_PER_USER, backend: 'postgres' },
        targets: { totalAtMostSeconds: 120 },
        result,
        cliOutputTail: cli.output.trim().split('\n').slice(-10),
      });
      return {
        scenario: 'digest',
        status: 'ran',
        file,
        detail: result.complete ? undefined : `only ${sink.count} of ${users} emails arrived`,
        figures: [
          atMost(`digest: weekly digest for ${users.toLocaleString('en')} users, s to SMTP`, result.complete ? result.totalMs / 1000 : null, 120),
          reported('digest: emails/s', Math.round(result.emailsPerSecond)),
          reported('digest: notifier peak RSS MB', Math.round(peakRss)),
          reported('digest: CLI peak RSS MB', Math.round(cli.peakRssMb)),
        ],
      };
    } finally {
      await notifier.stop();
    }
  } finally {
    await sink.stop();
    await client.end();
  }
}

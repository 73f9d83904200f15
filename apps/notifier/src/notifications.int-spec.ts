import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule, DatabaseModule, MailModule, QueueModule, loadConfig } from '@ikone/platform';
import { createTestDatabase } from '@ikone/platform/testing';
import {
  Actor,
  AuthService,
  InvitationService,
  MembershipApplicationService,
  MunicipalityEntity,
  ProvisioningService,
  UserEntity,
} from '@ikone/membership';
import { EmailSender, UnsubscribeService } from '@ikone/notifications';
import { NotifierWorkersModule } from './notifier-workers.module';
import { OutboxRelay } from './outbox/outbox-relay.service';
import { JobQueues } from './jobs/job-queues.service';
import { QUEUE_NAMES } from './jobs/notification-jobs';
import { OutboxEventProcessor } from './processors/outbox-event.processor';

/** A message the sink accepted, parsed. */
interface SinkMessage {
  to: string[];
  parsed: ParsedMail;
}

/**
 * A real SMTP server on a free local port for tests: accepts everything except addresses told
 * to reject (5xx, permanent) or to defer (4xx, transient) a number of times.
 */
class SmtpSink {
  readonly messages: SinkMessage[] = [];
  private readonly rejected = new Set<string>();
  private readonly deferrals = new Map<string, number>();
  private server?: SMTPServer;
  port = 0;

  async start(): Promise<this> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        const to = address.address.toLowerCase();
        if (this.rejected.has(to)) return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
        const deferrals = this.deferrals.get(to) ?? 0;
        if (deferrals > 0) {
          this.deferrals.set(to, deferrals - 1);
          return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
        }
        callback();
      },
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            this.messages.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), parsed });
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    server.on('error', () => undefined);
    this.server = server;
    this.port = (server.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  reject(address: string): void {
    this.rejected.add(address.toLowerCase());
  }

  defer(address: string, times: number): void {
    this.deferrals.set(address.toLowerCase(), times);
  }

  to(address: string): SinkMessage[] {
    return this.messages.filter((m) => m.to.includes(address.toLowerCase()));
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Polls until `probe` returns something truthy; fails with `what` after the timeout. */
async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false> | T | null | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const PASSWORD = 'Netzwerk-Kaiserslautern-2025!';

/**
 * Whether the notifier has done everything it was given: no outbox event waits for the relay, no
 * job waits, runs or is delayed, no delivery is PENDING or SENDING. The relay marks events relayed
 * in the transaction that adds their jobs and jobs add follow-ups before completing, so "nothing
 * else was sent" asserted after this is final.
 */
async function idle(app: INestApplicationContext, db: DataSource): Promise<boolean> {
  const [{ n }] = (await db.query(`select count(*)::int as n from outbox_event where relayed_at is null`)) as Array<{ n: number }>;
  if (n > 0) return false;
  for (const name of QUEUE_NAMES) {
    const counts = await (await app.get(JobQueues).queue(name)).getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
    if (Object.values(counts).some((c) => c > 0)) return false;
  }
  const [{ open }] = (await db.query(`select count(*)::int as open from email_delivery where status in ('PENDING', 'SENDING')`)) as Array<{ open: number }>;
  return open === 0;
}

/**
 * The Redis URL tests may use (`TEST_REDIS_URL`, else 127.0.0.1:6379), or why not. Checked
 * synchronously (a PING from a child process) because jest must choose describe or
 * describe.skip while it collects the tests.
 */
function reachableRedis(): { url: string } | { reason: string } {
  const url = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
  const { hostname, port } = new URL(url);
  const probe = `const s=require('node:net').connect(${Number(port || 6379)},${JSON.stringify(hostname)});` +
    `s.setTimeout(1000,()=>process.exit(2));s.on('error',()=>process.exit(1));` +
    `s.on('connect',()=>s.write('PING\\r\\n'));s.on('data',(d)=>process.exit(/PONG|NOAUTH/.test(String(d))?0:3));`;
  const result = spawnSync(process.execPath, ['-e', probe], { timeout: 3000 });
  return result.status === 0 ? { url } : { reason: `Redis unter ${url} antwortet nicht; TEST_REDIS_URL setzen / Redis at ${url} does not answer` };
}

function actorOf(user: UserEntity): Actor {
  return { id: user.id, role: user.role, municipalityId: user.municipalityId, displayName: user.displayName, email: user.email, locale: user.locale, sessionId: 'test' };
}

/** The first link in a text part that starts with `${publicUrl}${path}`. */
function linkIn(text: string, path: string): string {
  const match = new RegExp(`https?://\\S+${path.replace(/[?]/g, '\\?')}\\S*`).exec(text);
  if (!match) throw new Error(`no ${path} link in:\n${text}`);
  return match[0];
}

function tokenOf(link: string): string {
  return new URL(link).searchParams.get('token') ?? '';
}

/**
 * Delivery end to end on one queue backend: domain service → outbox → relay → event job →
 * email_delivery → send job → real SMTP.
 */
function deliverySuite(backend: 'postgres' | 'redis', redisUrl?: string): void {
  let app: INestApplicationContext;
  let db: DataSource;
  let dropDatabase: () => Promise<void>;
  let dataDir: string;
  const sink = new SmtpSink();
  const prefix = `ikone-test-${randomBytes(4).toString('hex')}`;
  let coordinator: UserEntity;
  let kaiserslautern: MunicipalityEntity;

  const deliveriesTo = (email: string) =>
    db.query(`select id::text as id, status, attempts, last_error, message_id, template, locale from email_delivery where recipient = $1 order by id`, [
      email,
    ]) as Promise<Array<{ id: string; status: string; attempts: number; last_error: string | null; message_id: string | null; template: string; locale: string }>>;

  beforeAll(async () => {
    const database = await createTestDatabase();
    dropDatabase = database.drop;
    dataDir = mkdtempSync(join(tmpdir(), 'ikone-notif-'));
    await sink.start();
    const config: AppConfig = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      IKONE_DATA_DIR: dataDir,
      SMTP_URL: sink.url,
      PUBLIC_URL: 'https://ikone.test',
      ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    });
    @Module({ imports: [ConfigModule.forRoot(config), DatabaseModule, QueueModule, MailModule, NotifierWorkersModule.forRoot({ queuePrefix: prefix, schedules: false })] })
    class TestNotifierModule {}
    app = await NestFactory.createApplicationContext(TestNotifierModule, { logger: ['error'], abortOnError: false });
    db = app.get(DataSource);
    const provisioning = app.get(ProvisioningService);
    kaiserslautern = await provisioning.ensureMember('07312000');
    coordinator = await provisioning.createUser({ email: 'koordination@example.org', displayName: 'Anna Koordinatorin', password: PASSWORD, role: 'COORDINATOR', municipalityId: null });
  });

  afterAll(async () => {
    await app?.close();
    await sink.stop();
    await dropDatabase?.();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (redisUrl) {
      const client = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
      try {
        const keys = await client.keys(`${prefix}:*`);
        if (keys.length > 0) await client.del(...keys);
      } finally {
        client.disconnect();
      }
    }
  });

  it(`[${backend}] sends an invitation in German by SMTP, with both parts and a link that accepts`, async () => {
    const invitation = await app.get(InvitationService).invite(actorOf(coordinator), {
      email: 'neu.beauftragte@example.org',
      role: 'OFFICER',
      municipalityId: kaiserslautern.id,
    });
    const [message] = await waitFor('invitation email', () => sink.to('neu.beauftragte@example.org').length > 0 && sink.to('neu.beauftragte@example.org'));
    const mail = message.parsed;
    expect(mail.subject).toBe('Ihre Einladung zu IKONE');
    expect(mail.text).toContain('Guten Tag,');
    expect(mail.text).toContain('Anna Koordinatorin lädt Sie ein, IKONE als Digitalbeauftragte bzw. Digitalbeauftragter für Kaiserslautern beizutreten.');
    expect(mail.text).toContain('Der Link ist 7 Tage gültig');
    expect(mail.html).toContain('Einladung annehmen');
    expect(mail.html).toContain('<html lang="de">');
    const link = linkIn(mail.text ?? '', '/einladung?token=');
    expect(link.startsWith('https://ikone.test/einladung?token=')).toBe(true);
    expect(mail.html).toContain(link.replace(/&/g, '&amp;'));

    const [delivery] = await waitFor('delivery marked SENT', async () => {
      const rows = await deliveriesTo('neu.beauftragte@example.org');
      return rows[0]?.status === 'SENT' && rows;
    });
    expect(delivery).toMatchObject({ template: 'invitation', locale: 'de', attempts: 1, message_id: `delivery-${delivery.id}@ikone.test` });
    expect(mail.messageId).toBe(`<delivery-${delivery.id}@ikone.test>`);

    const session = await app.get(InvitationService).accept({ token: tokenOf(link), displayName: 'Neue Beauftragte', password: PASSWORD });
    expect(session.user).toMatchObject({ email: 'neu.beauftragte@example.org', role: 'OFFICER', municipalityId: kaiserslautern.id });
    expect((await app.get(InvitationService).findById(invitation.id))?.acceptedAt).toBeTruthy();

    // The jobs really ran on the backend under test.
    const counts = await (await app.get(JobQueues).queue('ikone-emails')).getJobCounts('completed');
    expect(counts.completed).toBeGreaterThanOrEqual(1);
    if (redisUrl) {
      const client = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
      try {
        expect((await client.keys(`${prefix}:ikone-emails:*`)).length).toBeGreaterThan(0);
      } finally {
        client.disconnect();
      }
    } else {
      const [{ n }] = (await db.query(`select count(*)::int as n from information_schema.tables where table_schema = 'bullmq'`)) as Array<{ n: number }>;
      expect(n).toBeGreaterThan(0);
    }
  });

  it(`[${backend}] writes English to a user who chose it (password reset)`, async () => {
    const user = await app.get(ProvisioningService).createUser({ email: 'reader@example.org', displayName: 'Robin Reader', password: PASSWORD, role: 'MEMBER', municipalityId: kaiserslautern.id });
    await db.query(`update app_user set locale = 'en' where id = $1`, [user.id]);
    await app.get(AuthService).requestPasswordReset('reader@example.org', '192.0.2.1');
    const [message] = await waitFor('reset email', () => sink.to('reader@example.org').length > 0 && sink.to('reader@example.org'));
    expect(message.parsed.subject).toBe('Reset your IKONE password');
    expect(message.parsed.text).toContain('Hello Robin Reader,');
    expect(message.parsed.text).toContain('valid for 60 minutes');
    expect(message.parsed.html).toContain('<html lang="en">');
    const link = linkIn(message.parsed.text ?? '', '/passwort-zuruecksetzen?token=');
    await app.get(AuthService).resetPassword(tokenOf(link), 'Ein-ganz-neues-Passwort-2025!');
  });

  it(`[${backend}] sends nothing twice when the same outbox event is relayed and handled again`, async () => {
    const email = 'zweimal.eingeladen@example.org';
    const invitation = await app.get(InvitationService).invite(actorOf(coordinator), { email, role: 'MEMBER', municipalityId: kaiserslautern.id });
    await waitFor('invitation SENT', async () => (await deliveriesTo(email))[0]?.status === 'SENT');
    const [event] = (await db.query(
      `select id::text as id from outbox_event where type = 'membership.invitation-created' and payload->>'invitationId' = $1`,
      [invitation.id],
    )) as Array<{ id: string }>;
    expect(event).toBeDefined();
    await db.query(`update outbox_event set relayed_at = null where id = $1`, [event.id]);
    // Relayed again: BullMQ keeps the completed job `outbox-<id>`, so the add is ignored.
    expect(await app.get(OutboxRelay).drain()).toBeGreaterThanOrEqual(1);
    // Handled again directly: the delivery row exists and is SENT, so nothing is enqueued.
    await app.get(OutboxEventProcessor).handle({ eventId: event.id });
    // Whatever either of them enqueued has run once the notifier is idle.
    await waitFor('notifier idle', () => idle(app, db));
    expect(sink.to(email)).toHaveLength(1);
    const rows = await deliveriesTo(email);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'SENT', attempts: 1 });
  });

  it(`[${backend}] marks a delivery FAILED without retrying when SMTP answers 5xx`, async () => {
    sink.reject('unbekannt@example.org');
    await app.get(InvitationService).invite(actorOf(coordinator), { email: 'unbekannt@example.org', role: 'MEMBER', municipalityId: kaiserslautern.id });
    const [failed] = await waitFor('delivery FAILED', async () => {
      const rows = await deliveriesTo('unbekannt@example.org');
      return rows[0]?.status === 'FAILED' && rows;
    });
    expect(failed.last_error).toMatch(/550/);
    // The job failed for good (not waiting for a retry), so no second attempt can come.
    const queue = await app.get(JobQueues).queue('ikone-emails');
    await waitFor('send job failed for good', async () => (await queue.getJobState(`email-${failed.id}`)) === 'failed');
    expect((await queue.getJob(`email-${failed.id}`))?.attemptsMade).toBe(1);
    await waitFor('notifier idle', () => idle(app, db));
    const [after] = await deliveriesTo('unbekannt@example.org');
    expect(after).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(sink.to('unbekannt@example.org')).toHaveLength(0);
  });

  it(`[${backend}] resends a delivery in doubt (SENDING, claim run out) once with the same Message-ID; leaves a live claim alone`, async () => {
    const insert = async (email: string, claim: string, inDoubtAt: string | null) =>
      ((await db.query(
        `insert into email_delivery (idempotency_key, recipient, template, locale, data, status, attempts, claimed_until, in_doubt_at)
         values ('test:password-reset:' || $1, $1, 'password-reset', 'de', $4::jsonb, 'SENDING', 1, now() + $2::interval, $3::timestamptz) returning id::text as id`,
        [email, claim, inDoubtAt, JSON.stringify({ displayName: 'Kim Absturz', resetId: '00000000-0000-4000-8000-000000000001', validMinutes: 60, expiresAt: new Date(Date.now() + 3_600_000).toISOString() })],
      )) as Array<{ id: string }>)[0].id;
    const doubt = await insert('crash@example.org', '-1 second', null);
    const live = await insert('live@example.org', '1 hour', null);
    const again = await insert('twice@example.org', '-1 second', new Date().toISOString());
    // The notifier's sweeper may get there first; either way the rows must end so.
    await app.get(EmailSender).resendInDoubt();
    const [resent] = await waitFor('in-doubt delivery resent', async () => {
      const rows = await deliveriesTo('crash@example.org');
      return rows[0]?.status === 'SENT' && rows;
    });
    expect(resent).toMatchObject({ id: doubt, status: 'SENT', attempts: 2, message_id: `delivery-${doubt}@ikone.test`, last_error: 'in doubt: resent with the same Message-ID' });
    expect(sink.to('crash@example.org').map((m) => m.parsed.messageId)).toEqual([`<delivery-${doubt}@ikone.test>`]);
    // A claim that has not run out belongs to a live sender: not touched.
    expect(await deliveriesTo('live@example.org')).toMatchObject([{ id: live, status: 'SENDING', attempts: 1 }]);
    expect(sink.to('live@example.org')).toHaveLength(0);
    // In doubt again after its one resend: failed and listed, never sent a third time.
    expect(await deliveriesTo('twice@example.org')).toMatchObject([{ id: again, status: 'FAILED', last_error: 'in doubt again after one resend' }]);
    expect(sink.to('twice@example.org')).toHaveLength(0);
    // Nothing left in doubt: another pass does nothing.
    expect(await app.get(EmailSender).resendInDoubt()).toMatchObject({ inDoubt: 0, sent: 0, failedAgain: 0 });
    expect(sink.to('crash@example.org')).toHaveLength(1);
    await db.query(`delete from email_delivery where id = $1`, [live]);
  });

  it(`[${backend}] retries a transient 4xx and then sends once`, async () => {
    sink.defer('spaeter@example.org', 1);
    await app.get(InvitationService).invite(actorOf(coordinator), { email: 'spaeter@example.org', role: 'MEMBER', municipalityId: kaiserslautern.id, locale: 'en' });
    const [sent] = await waitFor('delivery SENT after a retry', async () => {
      const rows = await deliveriesTo('spaeter@example.org');
      return rows[0]?.status === 'SENT' && rows;
    });
    expect(sent.attempts).toBe(2);
    expect(sink.to('spaeter@example.org')).toHaveLength(1);
    expect(sink.to('spaeter@example.org')[0].parsed.subject).toBe('Your invitation to IKONE');
  });

  it(`[${backend}] tells applicant and active coordinators of an application, then sends the approval with its invitation`, async () => {
    const applications = app.get(MembershipApplicationService);
    const application = await applications.apply({
      name: 'Otterbach-Otterberg',
      kind: 'VERBANDSGEMEINDE',
      state: 'RP',
      applicantName: 'Otto Antrag',
      applicantEmail: 'otto@otterbach.example',
      motivation: 'Wir möchten <Erfahrungen> teilen.',
    }, '192.0.2.11');
    const [received] = await waitFor('confirmation to applicant', () => sink.to('otto@otterbach.example').length > 0 && sink.to('otto@otterbach.example'));
    expect(received.parsed.subject).toBe('Ihr Mitgliedsantrag für Otterbach-Otterberg');
    const [notice] = await waitFor('notice to coordinator', () => sink.to('koordination@example.org').length > 0 && sink.to('koordination@example.org'));
    expect(notice.parsed.subject).toBe('Neuer Mitgliedsantrag: Otterbach-Otterberg');
    expect(notice.parsed.text).toContain(`https://ikone.test/koordination/antraege/${application.id}`);
    expect(notice.parsed.html).toContain('&lt;Erfahrungen&gt;');
    // RFC 8058, like every notification email: the link turns this coordinator's emails off.
    // mailparser gathers the List-* headers under `list`.
    const list = notice.parsed.headers.get('list') as { unsubscribe?: { url?: string; mail?: string }; 'unsubscribe-post'?: { name?: string } } | undefined;
    expect(list?.unsubscribe?.url).toMatch(/^https:\/\/ikone\.test\/unsubscribe\/.+/);
    expect(list?.unsubscribe?.mail).toMatch(/\?subject=unsubscribe$/);
    expect(list?.['unsubscribe-post']?.name).toBe('List-Unsubscribe=One-Click');
    // The link stands for this coordinator's notification emails (not a subscription).
    const token = decodeURIComponent(new URL(list!.unsubscribe!.url!).pathname.split('/').pop()!);
    expect(await app.get(UnsubscribeService).describe(token)).toMatchObject({ kind: 'email', userId: coordinator.id });

    await applications.decide(actorOf(coordinator), application.id, true);
    const approval = await waitFor('approval email', () => sink.to('otto@otterbach.example').length > 1 && sink.to('otto@otterbach.example')[1]);
    expect(approval.parsed.subject).toBe('Willkommen bei IKONE: Otterbach-Otterberg ist Mitglied');
    const link = linkIn(approval.parsed.text ?? '', '/einladung?token=');
    const session = await app.get(InvitationService).accept({ token: tokenOf(link), displayName: 'Otto Antrag', password: PASSWORD });
    expect(session.user.role).toBe('OFFICER');
    // Accepting sends nothing more.
    await waitFor('notifier idle', () => idle(app, db));
    expect(sink.to('otto@otterbach.example')).toHaveLength(2);
  });

  it(`[${backend}] sends no application notice to a coordinator who turned notification emails off`, async () => {
    await db.query(`insert into notification_preference (user_id, email_enabled) values ($1, false) on conflict (user_id) do update set email_enabled = false`, [coordinator.id]);
    try {
      const application = await app.get(MembershipApplicationService).apply({
        name: 'Zweckverband Stille', kind: 'OTHER', state: 'RP', applicantName: 'Stefan Still', applicantEmail: 'still@example.org', motivation: 'Ruhe',
      }, '192.0.2.12');
      await waitFor('confirmation to applicant', () => sink.to('still@example.org').length > 0);
      const notice = await waitFor('notice settled', async () => {
        const [row] = (await db.query(
          `select status, last_error from email_delivery where recipient = 'koordination@example.org' and template = 'application-new' and data->>'applicationId' = $1`,
          [application.id],
        )) as Array<{ status: string; last_error: string | null }>;
        return row && row.status !== 'PENDING' && row.status !== 'SENDING' && row;
      });
      expect(notice).toEqual({ status: 'CANCELLED', last_error: 'email disabled' });
    } finally {
      await db.query(`delete from notification_preference where user_id = $1`, [coordinator.id]);
    }
  });
}

describe('email delivery on the PostgreSQL queue backend', () => {
  deliverySuite('postgres');
});

// Runs after the PostgreSQL suite has closed its app: BullMQ's backend factory is process-wide.
const redis = reachableRedis();
if ('reason' in redis) console.log(`Redis-Test übersprungen / Redis delivery test skipped: ${redis.reason}`);
('url' in redis ? describe : describe.skip)('email delivery on the Redis queue backend', () => {
  deliverySuite('redis', 'url' in redis ? redis.url : undefined);
});

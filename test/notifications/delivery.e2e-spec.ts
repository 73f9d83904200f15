import type { INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '@ikone/platform';
import type { MunicipalityEntity } from '@ikone/membership';
import { createNotifier } from '../../apps/notifier/src/index';
import { digestCommand, memoryIo } from '../../apps/cli/src/index';
import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';
import { notifierIdle, removeQueueKeys } from './queues';
import { coordinatorToken, insertUsers, mutate, publishCaseStudy, subscribe } from './seed';
import { SinkMessage, SmtpSink, reachableRedis, waitFor } from './smtp-sink';

const TITLE = 'Digitale Bürgerbeteiligung im Ortsgemeinderat';

/** A header as sent (mailparser turns List-* headers into objects), unfolded. */
function rawHeader(message: SinkMessage, name: string): string | null {
  const head = message.raw.toString('utf8').split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : null;
}

/** The https link and the mailto of the List-Unsubscribe header. */
function unsubscribeLinks(message: SinkMessage): { https: string; mailto: string } {
  const text = rawHeader(message, 'List-Unsubscribe') ?? '';
  const https = /<(https:\/\/[^>]+)>/.exec(text)?.[1];
  const mailto = /<(mailto:[^>]+)>/.exec(text)?.[1];
  if (!https || !mailto) throw new Error(`List-Unsubscribe without https and mailto: ${text}`);
  return { https, mailto };
}

/**
 * Publication → outbox → relay → one fan-out job → notifications and email batches → real
 * SMTP; the other notices; digests; one-click unsubscribe against the running gateway.
 */
function deliverySuite(backend: 'postgres' | 'redis', redisUrl?: string): void {
  let gw: TestGateway;
  let notifier: INestApplicationContext;
  const sink = new SmtpSink();
  const prefix = `ikone-e2e-${randomBytes(4).toString('hex')}`;
  let kl: MunicipalityEntity;
  let mainz: MunicipalityEntity;
  const env = () => ({ SMTP_URL: sink.url, PUBLIC_URL: 'https://ikone.test', ...(redisUrl ? { REDIS_URL: redisUrl } : {}) });
  const count = async (sql: string, params: unknown[] = []) => ((await gw.db.query(sql, params)) as Array<{ n: number }>)[0].n;
  const mailPath = (https: string) => new URL(https).pathname;

  beforeAll(async () => {
    await sink.start();
    gw = await startTestGateway(env());
    notifier = await createNotifier(
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: gw.config.databaseUrl!, IKONE_DATA_DIR: gw.dataDir, ...env() }),
      { queuePrefix: prefix, schedules: false },
    );
    kl = await makeMunicipality(gw.app, '07312000');
    mainz = await makeMunicipality(gw.app, '07315000');
  });

  afterAll(async () => {
    await notifier?.close();
    await gw?.close();
    await sink.stop();
    if (redisUrl) await removeQueueKeys(redisUrl, prefix);
  });

  describe(`[${backend}]`, () => {
    let immediate: Array<{ id: string; email: string }>;
    let english: Array<{ id: string; email: string }>;
    let emailOff: Array<{ id: string; email: string }>;
    let daily: Array<{ id: string; email: string }>;
    let weekly: Array<{ id: string; email: string }>;
    let disabled: Array<{ id: string; email: string }>;
    let study: { id: string; slug: string; eventId: string };

    it('tells every subscriber once and emails the IMMEDIATE ones with email on, in batches', async () => {
      immediate = await insertUsers(gw.db, 900, { prefix: `imm-${backend}` });
      english = await insertUsers(gw.db, 50, { prefix: `en-${backend}`, locale: 'en' });
      emailOff = await insertUsers(gw.db, 30, { prefix: `off-${backend}` });
      daily = await insertUsers(gw.db, 300, { prefix: `daily-${backend}` });
      weekly = await insertUsers(gw.db, 150, { prefix: `weekly-${backend}` });
      disabled = await insertUsers(gw.db, 20, { prefix: `dis-${backend}`, status: 'DISABLED' });
      const unrelated = await insertUsers(gw.db, 100, { prefix: `other-${backend}` });
      const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id);
      await subscribe(gw.db, [...ids(immediate), ...ids(english), ...ids(emailOff), ...ids(disabled)], { topicSlug: 'buergerbeteiligung' }, 'IMMEDIATE');
      // Two matching subscriptions, one notification: the more immediate frequency wins.
      await subscribe(gw.db, ids(immediate).slice(0, 200), { municipalityId: kl.id }, 'WEEKLY');
      await subscribe(gw.db, ids(daily), { topicSlug: 'open-data' }, 'DAILY');
      await subscribe(gw.db, ids(daily).slice(0, 100), { topicSlug: 'buergerbeteiligung' }, 'WEEKLY');
      await subscribe(gw.db, ids(weekly), { municipalityId: kl.id }, 'WEEKLY');
      await subscribe(gw.db, ids(unrelated), { topicSlug: 'mobilitaet' }, 'IMMEDIATE');
      await gw.db.query(`insert into notification_preference (user_id, email_enabled) select unnest($1::uuid[]), false`, [ids(emailOff)]);
      const sentBefore = sink.messages.length;

      study = await publishCaseStudy(gw, { title: TITLE, municipalityId: kl.id, topicSlugs: ['buergerbeteiligung', 'open-data'] });
      const expected = immediate.length + english.length + emailOff.length + daily.length + weekly.length;
      const relayedAt = await waitFor('outbox relayed', async () => {
        const [row] = (await gw.db.query(`select relayed_at from outbox_event where id = $1`, [study.eventId])) as Array<{ relayed_at: Date | null }>;
        return row.relayed_at;
      });
      await waitFor('all in-app notifications', async () => (await count(`select count(*)::int as n from notification where subject_id = $1`, [study.id])) === expected);
      const visibleMs = Date.now() - relayedAt.getTime();
      const emails = immediate.length + english.length;
      await waitFor('all emails at the SMTP server', () => sink.messages.length - sentBefore >= emails, 60_000);
      const arrived = sink.messages.slice(sentBefore);
      const spanMs = Math.max(1, arrived[arrived.length - 1].at - arrived[0].at);
      console.log(
        `[${backend}] Fan-out: ${expected} Benachrichtigungen sichtbar ${visibleMs} ms nach der Weiterleitung; ` +
          `${emails} E-Mails in ${spanMs} ms (${Math.round((emails / spanMs) * 1000)}/s) / in-app visible after relay; email rate`,
      );

      expect(await count(`select count(*)::int as n from notification where subject_id = $1`, [study.id])).toBe(expected);
      expect(await count(`select count(*)::int as n from (select recipient_id from notification where subject_id = $1 group by 1 having count(*) > 1) x`, [study.id])).toBe(0);
      expect(await count(`select count(*)::int as n from notification where subject_id = $1 and recipient_id = any($2::uuid[])`, [study.id, ids(disabled)])).toBe(0);
      expect(await count(`select count(*)::int as n from notification where subject_id = $1 and recipient_id = any($2::uuid[])`, [study.id, ids(unrelated)])).toBe(0);
      // The 100 daily subscribers who also follow the topic weekly get the daily digest.
      expect(await count(`select count(*)::int as n from notification where subject_id = $1 and email_via = 'DAILY'`, [study.id])).toBe(300);
      expect(await count(`select count(*)::int as n from notification where subject_id = $1 and email_via = 'IMMEDIATE'`, [study.id])).toBe(980);

      // Everything of the event handled and every email settled: what the sink has now is all there is.
      await waitFor('notifier idle', () => notifierIdle(gw.db, notifier));
      const recipients = sink.messages.slice(sentBefore).flatMap((m) => m.to);
      expect(recipients).toHaveLength(emails);
      expect(new Set(recipients).size).toBe(emails);
      const emailed = new Set(recipients);
      for (const u of [...emailOff, ...daily, ...weekly, ...disabled, ...unrelated]) expect(emailed.has(u.email)).toBe(false);
      expect(await count(`select count(*)::int as n from email_delivery where event_id = $1 and status = 'SENT'`, [study.eventId])).toBe(emails);
    });

    it('invites subscribers to a coming event, nobody to a past one published for the record', async () => {
      const token = await coordinatorToken(gw);
      const hour = 3_600_000;
      const publish = async (title: string, startsAt: Date) => {
        const { createEvent } = await mutate<{ createEvent: { id: string } }>(
          gw,
          `mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
          {
            input: {
              title, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * hour).toISOString(), format: 'ON_SITE',
              location: 'Rathaus', municipalityId: mainz.id, visibility: 'PUBLIC', topicSlugs: ['mobilitaet'],
            },
          },
          token,
        );
        expect(await mutate(gw, `mutation ($id: ID!) { submitEvent(id: $id) { status } }`, { id: createEvent.id }, token)).toEqual({ submitEvent: { status: 'PUBLISHED' } });
        return createEvent.id;
      };
      const past = await publish('Rückblick Mobilitätstag', new Date(Date.now() - 30 * 24 * hour));
      const coming = await publish('Mobilitätstag', new Date(Date.now() + 30 * 24 * hour));
      await waitFor('notifier idle', () => notifierIdle(gw.db, notifier));
      // The 100 followers of the topic are invited to the coming event only.
      expect(await count(`select count(*)::int as n from notification where subject_id = $1`, [coming])).toBe(100);
      expect(await count(`select count(*)::int as n from notification where subject_id = $1`, [past])).toBe(0);
    });

    it('writes the email in German with both parts, the link to the item and RFC 8058 headers; English for those who chose it', async () => {
      const [message] = sink.to(immediate[0].email);
      const mail = await message.parsed();
      expect(mail.text?.length).toBeGreaterThan(0);
      expect(mail.html).toBeTruthy();
      expect(mail.subject).toBe(`Neues Praxisbeispiel: ${TITLE}`);
      expect(mail.text).toContain(`Kaiserslautern hat ein neues Praxisbeispiel veröffentlicht: „${TITLE}“.`);
      expect(mail.text).toContain(`https://ikone.test/praxisbeispiele/${study.slug}`);
      expect(mail.text).toContain('Sie erhalten diese E-Mail, weil Sie das Themenfeld Bürgerbeteiligung abonniert haben.');
      expect(mail.html).toContain('<html lang="de">');
      expect(mail.html).toContain(`href="https://ikone.test/praxisbeispiele/${study.slug}"`);
      const links = unsubscribeLinks(message);
      expect(links.https).toMatch(/^https:\/\/ikone\.test\/unsubscribe\/[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
      expect(links.mailto).toMatch(/^mailto:/);
      expect(rawHeader(message, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      expect(mail.text).toContain(links.https);

      const en = await sink.to(english[0].email)[0].parsed();
      expect(en.subject).toBe(`New case study: ${TITLE}`);
      expect(en.text).toContain('You receive this email because you follow the topic Citizen participation.');
      expect(en.html).toContain('<html lang="en">');
    });

    it('one-click unsubscribe: GET only shows a form, POST without login ends the subscription, a bad token is 404', async () => {
      const user = immediate[1];
      const path = mailPath(unsubscribeLinks(sink.to(user.email)[0]).https);
      const subscriptions = () => count(`select count(*)::int as n from subscription where user_id = $1 and topic_id is not null`, [user.id]);
      expect(await subscriptions()).toBe(1);

      const page = await fetch(`${gw.url}${path}`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      const html = await page.text();
      expect(html).toContain('<html lang="de">');
      expect(html).toMatch(/<form method="post">[\s\S]*<button type="submit"[^>]*><span class="kern-label">Abonnement beenden<\/span><\/button>/);
      // The frame of the web application: its stylesheet, one h1, no inline style for the CSP.
      expect(html).toContain('<link rel="stylesheet" href="/assets/app.css">');
      expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
      expect(html).not.toMatch(/<style|style="/i);
      expect(html).toContain('„Bürgerbeteiligung“');
      expect(html).toContain('lang="en"');
      expect(html).not.toMatch(/<script/i);
      expect(await subscriptions()).toBe(1);

      const post = await fetch(`${gw.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(post.status).toBe(200);
      expect(await post.text()).toContain('Abonnement beendet');
      expect(await subscriptions()).toBe(0);
      // The municipality subscription is another one and stays.
      expect(await count(`select count(*)::int as n from subscription where user_id = $1`, [user.id])).toBe(1);

      const again = await fetch(`${gw.url}${path}`, { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x--' });
      expect(again.status).toBe(200);
      expect(await again.text()).toContain('Bereits abgemeldet');

      const forged = path.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
      expect((await fetch(`${gw.url}${forged}`, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(404);
      expect((await fetch(`${gw.url}/unsubscribe/kein-token`)).status).toBe(404);
    });

    it('tells owners of review decisions with the comment; their link turns notification emails off', async () => {
      const officer = await makeUser(gw.app, { role: 'OFFICER', municipality: kl });
      const other = await makeUser(gw.app, { role: 'OFFICER', municipality: mainz });
      const coordinator = await coordinatorToken(gw);
      // The officer writes and submits; the coordinator sends it back, then turns it down.
      const { createCaseStudy: draft } = await mutate<{ createCaseStudy: { id: string; slug: string } }>(
        gw,
        `mutation ($input: CreateCaseStudyInput!) { createCaseStudy(input: $input) { id slug } }`,
        { input: { title: 'Entwurf Ratsinformationssystem', summary: 'Kurzbeschreibung', maturity: 'IDEA', visibility: 'NETWORK', topicSlugs: ['verwaltungsdigitalisierung'] } },
        officer.token,
      );
      const submit = () => mutate(gw, `mutation ($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id: draft.id }, officer.token);
      expect(await submit()).toEqual({ submitCaseStudy: { status: 'IN_REVIEW' } });
      await mutate(gw, `mutation ($id: ID!, $c: String!) { requestChanges(subjectId: $id, comment: $c) { subjectId } }`, { id: draft.id, c: 'Bitte die Kosten <pro Jahr> ergänzen.' }, coordinator);
      const [message] = await waitFor('decision email', () => sink.to(officer.email).length > 0 && sink.to(officer.email));
      const mail = await message.parsed();
      expect(mail.subject).toBe('Änderungen erbeten: Entwurf Ratsinformationssystem');
      expect(mail.text).toContain('Die Koordinierungsstelle bittet um Änderungen an Ihrem Praxisbeispiel „Entwurf Ratsinformationssystem“:');
      expect(mail.text).toContain('> Bitte die Kosten <pro Jahr> ergänzen.');
      expect(mail.html).toContain('Bitte die Kosten &lt;pro Jahr&gt; ergänzen.');
      expect(mail.text).toContain('Sie erhalten diese E-Mail wegen Ihrer Rolle im Netzwerk IKONE.');
      await waitFor('notifier idle', () => notifierIdle(gw.db, notifier));
      expect(sink.to(other.email)).toHaveLength(0);
      const inApp = await gw.gql<{ notifications: { edges: Array<{ node: { kind: string; quote: string; link: string } }> } }>(
        `{ notifications(first: 1) { edges { node { kind quote link } } } }`, {}, officer.token,
      );
      expect(inApp.data!.notifications.edges[0].node).toEqual({ kind: 'CONTENT_CHANGES_REQUESTED', quote: 'Bitte die Kosten <pro Jahr> ergänzen.', link: '/meine-kommune' });

      const path = mailPath(unsubscribeLinks(message).https);
      expect((await (await fetch(`${gw.url}${path}`)).text())).toContain('E-Mail-Benachrichtigungen abschalten');
      const post = await fetch(`${gw.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
      expect(post.status).toBe(200);
      const prefs = await gw.gql<{ myPreferences: { emailEnabled: boolean } }>(`{ myPreferences { emailEnabled } }`, {}, officer.token);
      expect(prefs.data!.myPreferences.emailEnabled).toBe(false);

      expect(await submit()).toEqual({ submitCaseStudy: { status: 'IN_REVIEW' } });
      await mutate(gw, `mutation ($id: ID!, $c: String!) { reject(subjectId: $id, comment: $c) { subjectId } }`, { id: draft.id, c: 'Doppelt vorhanden.' }, coordinator);
      await waitFor('second decision in-app', async () => (await count(`select count(*)::int as n from notification where recipient_id = $1`, [officer.user.id])) === 2);
      // The decision's job has finished: with email off it planned no email.
      await waitFor('notifier idle', () => notifierIdle(gw.db, notifier));
      expect(sink.to(officer.email)).toHaveLength(1);
      expect(await count(`select count(*)::int as n from email_delivery where user_id = $1`, [officer.user.id])).toBe(1);
    });

    it('tells coordinators of reports, both sides of reuse, organisers of registrations and registrants of changes', async () => {
      const coordinator = await makeUser(gw.app, { role: 'COORDINATOR' });
      const klOfficer = await makeUser(gw.app, { role: 'OFFICER', municipality: kl });
      const mainzOfficer = await makeUser(gw.app, { role: 'OFFICER', municipality: mainz });
      const attendee = await makeUser(gw.app, { role: 'MEMBER', municipality: kl });
      const leaver = await makeUser(gw.app, { role: 'MEMBER', municipality: kl });
      const waiting = await makeUser(gw.app, { role: 'MEMBER', municipality: kl });

      await mutate(gw, `mutation ($id: ID!) { reportContent(subjectId: $id, reason: INCORRECT, note: "Zahlen veraltet") { id } }`, { id: study.id }, attendee.token);
      const reported = await (await waitFor('report email', () => sink.to(coordinator.email)[0]))!.parsed();
      expect(reported.subject).toBe(`Neue Meldung: ${TITLE}`);
      expect(reported.text).toContain(`Ein Inhalt wurde als fehlerhaft gemeldet: „${TITLE}“.`);
      expect(reported.text).toContain(`https://ikone.test/praxisbeispiele/${study.slug}`);

      await mutate(gw, `mutation ($id: ID!) { requestReuse(caseStudyId: $id, message: "Wir möchten das übernehmen.") { id } }`, { id: study.id }, mainzOfficer.token);
      for (const officer of [klOfficer, mainzOfficer]) {
        const mail = await (await waitFor('reuse email', () => sink.to(officer.email).find((m) => m.raw.includes('Nachnutzungsanfrage'))))!.parsed();
        expect(mail.text).toContain(`Mainz möchte das Praxisbeispiel „${TITLE}“ von Kaiserslautern nachnutzen.`);
        // Straight to where both sides move the request on.
        expect(mail.text).toContain('https://ikone.test/meine-kommune/nachnutzung');
      }

      // Organised by Mainz on a topic nobody here follows, so its publication tells no subscriber.
      const day = 86_400_000;
      const startsAt = new Date(Date.now() + 10 * day);
      const token = await coordinatorToken(gw);
      const { createEvent: event } = await mutate<{ createEvent: { id: string } }>(
        gw,
        `mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
        {
          input: {
            title: 'Netzwerktreffen', startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 6 * 3_600_000).toISOString(), format: 'HYBRID',
            location: 'Rathaus', onlineUrl: 'https://video.example.org/netzwerktreffen', municipalityId: mainz.id, capacity: 2, visibility: 'NETWORK', topicSlugs: ['smart-city'],
          },
        },
        token,
      );
      expect(await mutate(gw, `mutation ($id: ID!) { submitEvent(id: $id) { status } }`, { id: event.id }, token)).toEqual({ submitEvent: { status: 'PUBLISHED' } });
      const register = (who: { token: string }) => mutate<{ registerForEvent: { status: string } }>(gw, `mutation ($id: ID!) { registerForEvent(id: $id) { status } }`, { id: event.id }, who.token);
      expect((await register(attendee)).registerForEvent.status).toBe('REGISTERED');
      expect((await register(leaver)).registerForEvent.status).toBe('REGISTERED');
      expect((await register(waiting)).registerForEvent.status).toBe('WAITLISTED');
      // A place becomes free: the first on the waiting list moves up.
      await mutate(gw, `mutation ($id: ID!) { cancelRegistration(id: $id) { status } }`, { id: event.id }, leaver.token);
      await mutate(
        gw,
        `mutation ($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id } }`,
        { id: event.id, input: { startsAt: new Date(startsAt.getTime() + day).toISOString(), endsAt: new Date(startsAt.getTime() + day + 6 * 3_600_000).toISOString(), location: 'Stadthalle' } },
        token,
      );
      await mutate(gw, `mutation ($id: ID!) { cancelEvent(id: $id, reason: "Krankheit") { status } }`, { id: event.id }, token);

      const organiser = await (await waitFor('registration email', () => sink.to(mainzOfficer.email).find((m) => m.raw.includes(attendee.user.displayName))))!.parsed();
      expect(organiser.text).toContain(`${attendee.user.displayName} hat sich zu „Netzwerktreffen“ angemeldet.`);
      expect(organiser.text).toContain(`https://ikone.test/veranstaltungen/${event.id}`);
      await waitFor('notifier idle', () => notifierIdle(gw.db, notifier));
      const kinds = async (userId: string) =>
        ((await gw.db.query(`select kind from notification where recipient_id = $1 order by kind`, [userId])) as Array<{ kind: string }>).map((r) => r.kind);
      expect(await kinds(attendee.user.id)).toEqual(['EVENT_CANCELLED', 'EVENT_CHANGED', 'REGISTRATION_CONFIRMED']);
      // The "you are on the waiting list" confirmation is dropped when it is planned after the move up (stale by then).
      expect((await kinds(waiting.user.id)).filter((k) => k !== 'REGISTRATION_CONFIRMED')).toEqual(['EVENT_CANCELLED', 'EVENT_CHANGED', 'WAITLIST_PROMOTED']);
      // By subject: the change email, sent after the cancellation, carries the event as cancelled too (ADR 0018).
      const parsed = await Promise.all(sink.to(attendee.email).map((m) => m.parsed()));
      const cancelled = parsed.find((m) => m.subject?.startsWith('Abgesagt'))!;
      expect(cancelled.text).toContain('> Krankheit');
    });

    it('sends each DAILY and WEEKLY subscriber one digest grouped by topic, nothing twice, nothing when empty', async () => {
      const at = new Date(Date.now() + 60_000);
      const io = memoryIo();
      const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: gw.config.databaseUrl!, IKONE_DATA_DIR: gw.dataDir, ...env() });
      const before = sink.messages.length;
      const first = await digestCommand(config, io, { period: 'daily', at });
      expect(first).toMatchObject({ created: daily.length, sent: daily.length, failed: 0, pending: 0 });
      const digestMessage = sink.to(daily[0].email)[0];
      const digest = await digestMessage.parsed();
      expect(digest.subject).toBe('Ihre tägliche IKONE-Zusammenfassung: 1 Neuigkeit');
      expect(digest.text).toMatch(/Bürgerbeteiligung\n=+\n+\* Kaiserslautern hat ein neues Praxisbeispiel veröffentlicht/);
      expect(digest.html).toContain('<h2 style="margin:24px 0 8px;font-size:17px;color:#1f4e79">Bürgerbeteiligung</h2>');
      expect(digest.text).toContain(`https://ikone.test/praxisbeispiele/${study.slug}`);
      expect(rawHeader(digestMessage, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      expect(unsubscribeLinks(digestMessage).https).toMatch(/^https:\/\/ikone\.test\/unsubscribe\//);

      const again = await digestCommand(config, memoryIo(), { period: 'daily', at });
      expect(again).toMatchObject({ created: 0, sent: 0 });
      const weeklyRun = await digestCommand(config, memoryIo(), { period: 'weekly', at });
      // Weekly subscribers, plus the 200 IMMEDIATE people whose municipality subscription is weekly got email already: none.
      expect(weeklyRun).toMatchObject({ created: weekly.length, sent: weekly.length });
      // Exactly one digest per person and period (they had no immediate email before).
      for (const u of [...daily, ...weekly]) expect(sink.to(u.email)).toHaveLength(1);
      expect(sink.messages.length - before).toBeGreaterThanOrEqual(daily.length + weekly.length);
      const nextDay = await digestCommand(config, memoryIo(), { period: 'daily', at: new Date(at.getTime() + 86_400_000) });
      expect(nextDay).toMatchObject({ created: 0, sent: 0 });
      expect(io.lines.join('\n')).toMatch(/daily:\d{4}-\d{2}-\d{2}: 300 gesendet/);
    });

    it('journey 7: a digest reader unsubscribes with one click and gets no later digest', async () => {
      // One of the 200 daily readers with a single subscription: the link ends exactly that one.
      const reader = daily[150];
      const path = mailPath(unsubscribeLinks(sink.to(reader.email)[0]).https);
      const res = await fetch(`${gw.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
      expect(res.status).toBe(200);
      expect(await count(`select count(*)::int as n from subscription where user_id = $1 and frequency = 'DAILY'`, [reader.id])).toBe(0);

      const later = await publishCaseStudy(gw, { title: 'Offene Haushaltsdaten', municipalityId: mainz.id, topicSlugs: ['open-data'] });
      await waitFor('second fan-out', async () => (await count(`select count(*)::int as n from notification where subject_id = $1`, [later.id])) === daily.length - 1);
      const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: gw.config.databaseUrl!, IKONE_DATA_DIR: gw.dataDir, ...env() });
      const result = await digestCommand(config, memoryIo(), { period: 'daily', at: new Date(Date.now() + 2 * 86_400_000) });
      expect(result.sent).toBe(daily.length - 1);
      expect(sink.to(reader.email)).toHaveLength(1);
    });
  });
}

describe('notification delivery on the PostgreSQL queue backend', () => {
  deliverySuite('postgres');
});

// After the PostgreSQL suite has closed: BullMQ's backend factory is process-wide.
const redis = reachableRedis();
if ('reason' in redis) console.log(`Redis-Test übersprungen / Redis delivery test skipped: ${redis.reason}`);
('url' in redis ? describe : describe.skip)('notification delivery on the Redis queue backend', () => {
  deliverySuite('redis', 'url' in redis ? redis.url : undefined);
});

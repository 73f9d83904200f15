import type { INestApplicationContext } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { loadConfig } from '@ikone/platform';
import type { MunicipalityEntity } from '@ikone/membership';
import { UnsubscribeService } from '@ikone/notifications';
import { createNotifier } from '../../apps/notifier/src/index';
import { digestCommand, memoryIo } from '../../apps/cli/src/index';
import { CONFIRMATION_SUBJECTS, confirmFromEmail, confirmationEmails, waitForConfirmation } from '../support/consent';
import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';
import { Cast, cells, OK, row, runCell, UNAUTH } from '../support/matrix';
import { WRITABLE_TABLES } from '../support/snapshot';
import { notifierIdle } from './queues';
import { insertUsers, publishCaseStudy, subscribe } from './seed';
import { SmtpSink, waitFor } from './smtp-sink';

const SUBSCRIBE = `mutation($t: SubscriptionTargetInput!, $f: SubscriptionFrequency) { subscribe(target: $t, frequency: $f) { id } }`;
const CONSENT = `{ myEmailConsent { status requestedAt givenAt } }`;
const CONFIRM = `mutation($t: String!) { confirmEmailConsent(token: $t) }`;

type ConsentState = { status: string; requestedAt: string | null; givenAt: string | null };

/**
 * Double opt-in (ADR 0023) through the running gateway and notifier, emails read at a real SMTP
 * sink: asked by email on the first subscription, no subscription email before confirming, then
 * notices and digests; withdrawal stops them and is recorded.
 */
describe('double opt-in of notification emails', () => {
  let gw: TestGateway;
  let notifier: INestApplicationContext;
  const sink = new SmtpSink();
  const prefix = `ikone-consent-${randomBytes(4).toString('hex')}`;
  let kl: MunicipalityEntity;
  let mainz: MunicipalityEntity;
  const env = () => ({ SMTP_URL: sink.url, PUBLIC_URL: 'https://ikone.test' });
  const subjects = async (email: string) => Promise.all(sink.to(email).map(async (m) => (await m.parsed()).subject ?? ''));
  const noticeDeliveries = async (userId: string, caseStudyTitle: string) =>
    ((await gw.db.query(`select count(*)::int as n from email_delivery where user_id = $1 and template = 'notice' and data->>'title' = $2`, [userId, caseStudyTitle])) as Array<{ n: number }>)[0].n;
  const inApp = (userId: string, title: string) =>
    waitFor(`in-app notice ${title}`, async () => ((await gw.db.query(`select 1 from notification where recipient_id = $1 and title = $2`, [userId, title])) as unknown[]).length > 0);
  const consent = async (token: string) => (await gw.gql<{ myEmailConsent: ConsentState }>(CONSENT, {}, token)).data!.myEmailConsent;

  beforeAll(async () => {
    await sink.start();
    gw = await startTestGateway(env());
    notifier = await createNotifier(loadConfig({ NODE_ENV: 'test', DATABASE_URL: gw.config.databaseUrl!, IKONE_DATA_DIR: gw.dataDir, ...env() }), {
      queuePrefix: prefix,
      schedules: false,
    });
    kl = await makeMunicipality(gw.app, '07312000');
    mainz = await makeMunicipality(gw.app, '07315000');
  });

  afterAll(async () => {
    await notifier?.close();
    await gw?.close();
    await sink.stop();
  });

  describe('a person who subscribes', () => {
    let person: Awaited<ReturnType<typeof makeUser>>;
    let waiting: Awaited<ReturnType<typeof makeUser>>;
    /** Someone who confirmed long ago, following the same topic: their emails show the fan-out is done. */
    let witness: { id: string; email: string };
    let token = '';

    it('is asked once by a transactional email and gets no subscription email before confirming', async () => {
      person = await makeUser(gw.app, { municipality: kl });
      waiting = await makeUser(gw.app, { municipality: kl });
      [witness] = await insertUsers(gw.db, 1, { prefix: `witness-${prefix}` });
      await subscribe(gw.db, [witness.id], { topicSlug: 'smart-city' }, 'IMMEDIATE');
      for (const t of [{ topicSlug: 'smart-city' }, { municipalitySlug: mainz.slug }]) {
        const res = await gw.gql(SUBSCRIBE, { t, f: t.topicSlug ? 'IMMEDIATE' : 'DAILY' }, person.token);
        expect(res.errors).toBeUndefined();
      }
      expect((await gw.gql(SUBSCRIBE, { t: { municipalitySlug: mainz.slug }, f: 'DAILY' }, waiting.token)).errors).toBeUndefined();

      const first = await waitForConfirmation(sink, person.email);
      expect(first.link.startsWith('https://ikone.test/e-mail-bestaetigen?token=')).toBe(true);
      const message = await sink.to(person.email)[0].parsed();
      expect(message.subject).toBe(CONFIRMATION_SUBJECTS[0]);
      expect(message.text).toContain('Ich möchte über meine Abonnements bei IKONE per E-Mail benachrichtigt werden');
      // Transactional: no unsubscribe header.
      expect(message.headers.get('list-unsubscribe')).toBeUndefined();
      expect(await consent(person.token)).toMatchObject({ status: 'PENDING', givenAt: null, requestedAt: expect.any(String) });

      await publishCaseStudy(gw, { title: 'Vor der Bestätigung', municipalityId: kl.id, topicSlugs: ['smart-city'] });
      await inApp(person.user.id, 'Vor der Bestätigung');
      // The witness's notice is planned by the same statement as the person's would be.
      await waitFor('the witness notice', async () => (await subjects(witness.email)).some((s) => s.includes('Vor der Bestätigung')));
      expect(await noticeDeliveries(person.user.id, 'Vor der Bestätigung')).toBe(0);
      // A later email to the person arrives; no notice came before it.
      expect((await gw.gql<{ resendEmailConsent: ConsentState }>(`mutation { resendEmailConsent { status } }`, {}, person.token)).data).toEqual({
        resendEmailConsent: { status: 'PENDING' },
      });
      const second = await waitForConfirmation(sink, person.email, 2);
      expect(second.token).toBe(first.token);
      expect(await subjects(person.email)).toEqual([CONFIRMATION_SUBJECTS[0], CONFIRMATION_SUBJECTS[0]]);
      token = second.token;
    });

    it('refuses forged tokens, confirms once, and a replay is refused', async () => {
      const [id, mac] = token.split('.');
      const forged = [`${id}.${mac.slice(0, -2)}${mac.endsWith('AA') ? 'BB' : 'AA'}`, `${randomUUID()}.${mac}`, 'kein-token'];
      for (const t of forged) {
        const res = await gw.gql(CONFIRM, { t });
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
      }
      expect(await consent(person.token)).toMatchObject({ status: 'PENDING' });
      expect((await gw.gql(CONFIRM, { t: token })).data).toEqual({ confirmEmailConsent: true });
      const replay = await gw.gql(CONFIRM, { t: token });
      expect(replay.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'token' });
      expect(await consent(person.token)).toMatchObject({ status: 'CONFIRMED', givenAt: expect.any(String) });
    });

    it('then gets the immediate notice and the digest; the unconfirmed person gets neither', async () => {
      await publishCaseStudy(gw, { title: 'Nach der Bestätigung', municipalityId: kl.id, topicSlugs: ['smart-city'] });
      await waitFor('the notice after confirming', async () => (await subjects(person.email)).some((s) => s.includes('Nach der Bestätigung')));
      expect((await subjects(person.email)).some((s) => s.includes('Vor der Bestätigung'))).toBe(false);

      await publishCaseStudy(gw, { title: 'Aus Mainz für den Tag', municipalityId: mainz.id, topicSlugs: ['mobilitaet'] });
      await inApp(person.user.id, 'Aus Mainz für den Tag');
      await inApp(waiting.user.id, 'Aus Mainz für den Tag');
      const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: gw.config.databaseUrl!, IKONE_DATA_DIR: gw.dataDir, ...env() });
      const run = await digestCommand(config, memoryIo(), { period: 'daily', at: new Date() });
      expect(run).toMatchObject({ created: 1, sent: 1, failed: 0 });
      const digest = await waitFor('the digest', async () => {
        for (const m of sink.to(person.email)) {
          const parsed = await m.parsed();
          if (parsed.subject?.startsWith('Ihre tägliche IKONE-Zusammenfassung')) return parsed;
        }
        return null;
      });
      expect(digest.text).toContain('Aus Mainz für den Tag');
      expect(await gw.db.query(`select 1 from digest where user_id = $1`, [waiting.user.id])).toHaveLength(0);
      expect(sink.to(waiting.email).length).toBe((await confirmationEmails(sink, waiting.email)).length);
    });

    it('withdraws with one click: no more emails, the withdrawal recorded, both shown in the export', async () => {
      const res = await gw.gql<{ withdrawEmailConsent: ConsentState }>(`mutation { withdrawEmailConsent { status givenAt } }`, {}, person.token);
      expect(res.data).toEqual({ withdrawEmailConsent: { status: 'NONE', givenAt: null } });
      const before = sink.to(person.email).length;
      await publishCaseStudy(gw, { title: 'Nach dem Widerruf', municipalityId: kl.id, topicSlugs: ['smart-city'] });
      await inApp(person.user.id, 'Nach dem Widerruf');
      await waitFor('the witness notice', async () => (await subjects(witness.email)).some((s) => s.includes('Nach dem Widerruf')));
      expect(await noticeDeliveries(person.user.id, 'Nach dem Widerruf')).toBe(0);
      expect(sink.to(person.email)).toHaveLength(before);

      const exported = JSON.parse((await gw.gql<{ exportMyData: string }>(`{ exportMyData }`, {}, person.token)).data!.exportMyData);
      expect(exported.einwilligungen).toEqual([
        expect.objectContaining({ purpose: 'NOTIFICATION_EMAIL', textVersion: '2026-12', source: 'CONFIRMATION_LINK', givenAt: expect.any(String), withdrawnAt: expect.any(String), withdrawnVia: 'SETTINGS' }),
      ]);
    });

    it('subscribing again asks anew; the one-click "emails off" link withdraws and is recorded', async () => {
      expect((await gw.gql(SUBSCRIBE, { t: { topicSlug: 'open-data' }, f: 'IMMEDIATE' }, person.token)).errors).toBeUndefined();
      await waitForConfirmation(sink, person.email, 3);
      await confirmFromEmail(gw, sink, person.email);
      expect(await consent(person.token)).toMatchObject({ status: 'CONFIRMED' });

      const link = `/unsubscribe/${gw.app.get(UnsubscribeService).token(person.user.id)}`;
      const post = await fetch(`${gw.url}${link}`, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(post.status).toBe(200);
      expect(await consent(person.token)).toMatchObject({ status: 'NONE' });
      const exported = JSON.parse((await gw.gql<{ exportMyData: string }>(`{ exportMyData }`, {}, person.token)).data!.exportMyData);
      expect(exported.einwilligungen.map((c: { withdrawnVia: string }) => c.withdrawnVia)).toEqual(['SETTINGS', 'UNSUBSCRIBE_LINK']);
    });
  });

  describe('authorization matrix', () => {
    let cast: Cast;
    const pendingToken = async () => {
      const person = await cast.another('member');
      expect((await gw.gql(SUBSCRIBE, { t: { topicSlug: 'open-data' }, f: 'WEEKLY' }, person.token)).errors).toBeUndefined();
      return { person, token: (await waitForConfirmation(sink, person.email)).token };
    };
    const ROWS = [
      row<{ myEmailConsent: ConsentState }>({
        name: 'myEmailConsent', document: CONSENT, answers: [UNAUTH, OK, OK, OK, OK, OK, UNAUTH], setup: async () => ({ state: undefined }),
        then: (d) => expect(d.myEmailConsent).toEqual({ status: 'NONE', requestedAt: null, givenAt: null }),
      }),
      row<{ resendEmailConsent: ConsentState }>({
        name: 'resendEmailConsent', document: `mutation { resendEmailConsent { status } }`, answers: [UNAUTH, OK, OK, OK, OK, OK, UNAUTH],
        setup: async () => ({ state: undefined }),
        then: async (d, _s, role) => {
          expect(d.resendEmailConsent).toEqual({ status: 'PENDING' });
          expect((await cast.read<{ myEmailConsent: ConsentState }>(CONSENT, {}, role)).myEmailConsent.status).toBe('PENDING');
        },
      }),
      row<{ withdrawEmailConsent: ConsentState }>({
        name: 'withdrawEmailConsent', document: `mutation { withdrawEmailConsent { status } }`, answers: [UNAUTH, OK, OK, OK, OK, OK, UNAUTH],
        setup: async () => ({ state: undefined }),
        then: async (d, _s, role) => {
          expect(d.withdrawEmailConsent).toEqual({ status: 'NONE' });
          expect((await cast.read<{ myEmailConsent: ConsentState }>(CONSENT, {}, role)).myEmailConsent.status).toBe('NONE');
        },
      }),
      row<{ confirmEmailConsent: boolean }, string>({
        // The token is the credential: whoever holds it confirms for the person it was sent to, signed in or not
        // (a token that stopped working is refused before any operation, as everywhere).
        name: 'confirmEmailConsent', document: CONFIRM, answers: [OK, OK, OK, OK, OK, OK, UNAUTH],
        setup: async () => {
          const { person, token } = await pendingToken();
          return { variables: { t: token }, state: person.token };
        },
        then: async (d, owner) => {
          expect(d.confirmEmailConsent).toBe(true);
          expect((await gw.gql<{ myEmailConsent: ConsentState }>(CONSENT, {}, owner)).data!.myEmailConsent.status).toBe('CONFIRMED');
        },
      }),
      row<{ confirmEmailConsent: boolean }>({
        name: 'confirmEmailConsent (used link)', document: CONFIRM, answers: ['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', UNAUTH],
        setup: async () => {
          const { token } = await pendingToken();
          expect((await gw.gql(CONFIRM, { t: token })).data).toEqual({ confirmEmailConsent: true });
          return { variables: { t: token }, state: undefined };
        },
      }),
    ];

    // The notifier works in the background: each cell starts once it has finished what the setup caused.
    for (const r of ROWS) {
      const setup = r.setup;
      r.setup = async (role) => {
        const cell = await setup(role);
        await waitFor('the notifier idle', () => notifierIdle(gw.db, notifier));
        return cell;
      };
    }

    beforeAll(async () => {
      cast = await Cast.assemble(gw, '07312000', '07315000');
    });

    it.each(cells(ROWS))('$name as $role → $answer', ({ row: r, role, answer }) => runCell(cast, r, role, answer, WRITABLE_TABLES));
  });
});

import type { INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '@ikone/platform';
import { createNotifier, JobQueues } from '../../apps/notifier/src/index';
import type { AppConfig } from '@ikone/platform';
import type { MunicipalityEntity } from '@ikone/membership';
import { freshnessCommand, memoryIo } from '../../apps/cli/src/index';
import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';
import { coordinatorToken, mutate, publishCaseStudy } from './seed';
import { SmtpSink, waitFor } from './smtp-sink';

const DAY = 86_400_000;

/** The answer link of the newest freshness email to `email` about `title`, and its token. */
async function freshnessLink(sink: SmtpSink, email: string, title: string): Promise<{ link: string; token: string; subject: string }> {
  for (const message of [...sink.to(email)].reverse()) {
    const mail = await message.parsed();
    if (!mail.subject?.includes(title)) continue;
    const link = /https:\/\/ikone\.test\/aktualitaet\?token=([^\s>]+)/.exec(mail.text ?? '');
    if (link) return { link: link[0], token: decodeURIComponent(link[1]), subject: mail.subject };
  }
  throw new Error(`no freshness email to ${email} about ${title}`);
}

const ANSWER = `mutation($t: String!, $a: FreshnessAnswer!, $l: String) { answerFreshnessCheck(token: $t, answer: $a, lessonLearned: $l) { id slug answer } }`;
const READ = `query($s: String!) { caseStudy(slug: $s) { maturity lessonsLearned revision lastConfirmedAt } }`;
const OVERDUE = `query { freshnessOverdue(first: 10) { totalCount edges { node { title municipalityName reminders askedAt } } } }`;

/**
 * "Läuft das noch?" (ADR 0028) through the CLI's clock and the real SMTP sink: the question a
 * year after publication, two reminders, the coordinators' list, each answer's effect, no
 * double asks on a re-run, and the refusals of bad answers and used or forged links.
 */
describe('freshness check', () => {
  let gw: TestGateway;
  let config: AppConfig;
  let coordinator: string;
  let kl: MunicipalityEntity;
  const sink = new SmtpSink();
  const env = () => ({ SMTP_URL: sink.url, PUBLIC_URL: 'https://ikone.test' });
  const run = (at: Date) => freshnessCommand(config, memoryIo(), { at });

  beforeAll(async () => {
    await sink.start();
    gw = await startTestGateway(env());
    config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: gw.config.databaseUrl!, IKONE_DATA_DIR: gw.dataDir, ...env() });
    coordinator = await coordinatorToken(gw);
    kl = await makeMunicipality(gw.app, '07312000');
  });
  afterAll(async () => {
    await gw?.close();
    await sink.stop();
  });

  it('asks the owners a year after publication, reminds twice, lists the unanswered for coordinators and records each answer once', async () => {
    const officer = await makeUser(gw.app, { role: 'OFFICER', municipality: kl, displayName: 'Olga Officer' });
    const english = await makeUser(gw.app, { role: 'OFFICER', municipality: kl });
    await mutate(gw, `mutation { updatePreferences(input: { locale: en }) { __typename } }`, {}, english.token);
    const contact = await makeUser(gw.app, { role: 'OFFICER', municipality: kl });
    // No contact: the municipality's officers are asked.
    const running = await publishCaseStudy(gw, { title: 'Mängelmelder', municipalityId: kl.id, topicSlugs: ['verwaltungsdigitalisierung'] });
    const stopped = await publishCaseStudy(gw, { title: 'Bürgerbus per App', municipalityId: kl.id, topicSlugs: ['mobilitaet'] });
    // A contact person: only they are asked.
    const { createCaseStudy: withContact } = await mutate<{ createCaseStudy: { id: string; slug: string } }>(gw,
      `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id slug } }`,
      { i: { title: 'Digitale Ratsarbeit', summary: 'Sitzungen papierlos.', maturity: 'OPERATIONAL', visibility: 'PUBLIC', topicSlugs: ['verwaltungsdigitalisierung'],
        municipalityId: kl.id, contactId: contact.user.id } }, coordinator);
    await mutate(gw, `mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id: withContact.id }, coordinator);

    const now = Date.now();
    expect(await run(new Date(now + 300 * DAY))).toMatchObject({ asked: 0, reminded: 0, sent: 0 });
    const year = new Date(now + 366 * DAY);
    // Three officers for each of the two without contact, the contact person alone for the third.
    expect(await run(year)).toMatchObject({ asked: 3, reminded: 0, sent: 7, failed: 0, pending: 0 });
    const first = await freshnessLink(sink, officer.email, 'Mängelmelder');
    expect(first.subject).toBe('Läuft das noch? „Mängelmelder“');
    expect((await freshnessLink(sink, english.email, 'Mängelmelder')).subject).toBe('Is this still running? "Mängelmelder"');
    expect((await freshnessLink(sink, contact.email, 'Digitale Ratsarbeit')).subject).toContain('Läuft das noch?');
    expect(sink.to(officer.email).length).toBe(2);
    expect(sink.to(contact.email).length).toBe(3);

    // A re-run with the same clock asks nothing twice.
    const before = sink.messages.length;
    expect(await run(year)).toMatchObject({ asked: 0, reminded: 0, sent: 0 });
    expect(sink.messages.length).toBe(before);

    // The link's question, then "Läuft noch" without sign-in.
    const question = await gw.gql<{ freshnessCheck: { title: string } }>(`query($t: String!) { freshnessCheck(token: $t) { title } }`, { t: first.token });
    expect(question.data?.freshnessCheck.title).toBe('Mängelmelder');
    const answered = await gw.gql<{ answerFreshnessCheck: { answer: string } }>(ANSWER, { t: first.token, a: 'RUNNING' });
    expect(answered.errors).toBeUndefined();
    expect(answered.data?.answerFreshnessCheck.answer).toBe('RUNNING');
    const confirmed = await gw.gql<{ caseStudy: { lastConfirmedAt: string | null } }>(READ, { s: running.slug }, coordinator);
    expect(confirmed.data?.caseStudy.lastConfirmedAt).not.toBeNull();

    // Reminders after 14 and 28 days go only to the unanswered.
    expect(await run(new Date(year.getTime() + 14 * DAY))).toMatchObject({ asked: 0, reminded: 2, sent: 4 });
    expect((await freshnessLink(sink, officer.email, 'Bürgerbus per App')).subject).toBe('Erinnerung 1: Läuft das noch? „Bürgerbus per App“');
    expect(sink.to(officer.email).length).toBe(3);
    const empty = await gw.gql<{ freshnessOverdue: { totalCount: number } }>(OVERDUE, {}, coordinator);
    expect(empty.data?.freshnessOverdue.totalCount).toBe(0);
    expect(await run(new Date(year.getTime() + 28 * DAY))).toMatchObject({ asked: 0, reminded: 2, sent: 4 });
    expect((await freshnessLink(sink, contact.email, 'Digitale Ratsarbeit')).subject).toBe('Erinnerung 2: Läuft das noch? „Digitale Ratsarbeit“');
    // No third reminder.
    expect(await run(new Date(year.getTime() + 60 * DAY))).toMatchObject({ asked: 0, reminded: 0, sent: 0 });

    const overdue = await gw.gql<{ freshnessOverdue: { totalCount: number; edges: Array<{ node: { title: string; municipalityName: string; reminders: number } }> } }>(
      OVERDUE, {}, coordinator);
    expect(overdue.data?.freshnessOverdue.totalCount).toBe(2);
    expect(overdue.data?.freshnessOverdue.edges.map((e) => e.node.title).sort()).toEqual(['Bürgerbus per App', 'Digitale Ratsarbeit']);
    expect(overdue.data?.freshnessOverdue.edges[0].node).toMatchObject({ municipalityName: kl.name, reminders: 2 });

    // "Eingestellt" with a lesson learned: maturity and a new revision, through the case study service.
    const stop = await freshnessLink(sink, officer.email, 'Bürgerbus per App');
    const revision = (await gw.gql<{ caseStudy: { revision: number } }>(READ, { s: stopped.slug }, coordinator)).data!.caseStudy.revision;
    expect((await gw.gql(ANSWER, { t: stop.token, a: 'DISCONTINUED', l: 'Zu wenig Fahrgäste am Wochenende.' })).errors).toBeUndefined();
    const discontinued = await gw.gql<{ caseStudy: { maturity: string; lessonsLearned: string; revision: number } }>(READ, { s: stopped.slug }, coordinator);
    expect(discontinued.data?.caseStudy).toMatchObject({ maturity: 'DISCONTINUED', revision: revision + 1 });
    expect(discontinued.data?.caseStudy.lessonsLearned).toContain('Zu wenig Fahrgäste am Wochenende.');
    const audit = (await gw.db.query(`select action from audit_entry where subject_id = $1 order by id`, [stopped.id])) as Array<{ action: string }>;
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['content.edited-live', 'case-study.freshness-answered']));

    // "Muss aktualisiert werden": recorded, nothing else changes.
    const update = await freshnessLink(sink, contact.email, 'Digitale Ratsarbeit');
    expect((await gw.gql(ANSWER, { t: update.token, a: 'NEEDS_UPDATE' }, contact.token)).errors).toBeUndefined();
    const [recorded] = (await gw.db.query(`select answer, answered_by::text as by from freshness_check f join case_study c on c.id = f.case_study_id where c.id = $1`, [withContact.id])) as Array<{ answer: string; by: string }>;
    expect(recorded).toEqual({ answer: 'NEEDS_UPDATE', by: contact.user.id });
    expect((await gw.gql<{ freshnessOverdue: { totalCount: number } }>(OVERDUE, {}, coordinator)).data?.freshnessOverdue.totalCount).toBe(0);

    // A year after the answered question (not before), both answered ones are asked again; the discontinued one never.
    expect(await run(new Date(year.getTime() + 300 * DAY))).toMatchObject({ asked: 0 });
    expect(await run(new Date(year.getTime() + 380 * DAY))).toMatchObject({ asked: 2 });
    expect(await run(new Date(year.getTime() + 400 * DAY))).toMatchObject({ asked: 0 });
  });

  it('refuses an unknown answer, a forged link and a used link as BAD_USER_INPUT naming the field', async () => {
    const officer = await makeUser(gw.app, { role: 'OFFICER', municipality: kl });
    await publishCaseStudy(gw, { title: 'Parkraum-Sensoren', municipalityId: kl.id, topicSlugs: ['mobilitaet'] });
    await run(new Date(Date.now() + 2000 * DAY));
    const { token } = await freshnessLink(sink, officer.email, 'Parkraum-Sensoren');
    const refused = async (variables: Record<string, unknown>, field: string) => {
      const res = await gw.gql(ANSWER, variables);
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(res.errors)).toContain(field);
    };
    await refused({ t: token, a: 'MAYBE' }, '"a"');
    await refused({ t: `${token.split('.')[0]}.${'x'.repeat(43)}`, a: 'RUNNING' }, 'token');
    await refused({ t: 'nonsense', a: 'RUNNING' }, 'token');
    await refused({ t: token, a: 'DISCONTINUED', l: 'x'.repeat(4001) }, 'lessonLearned');
    expect((await gw.gql(ANSWER, { t: token, a: 'RUNNING' })).errors).toBeUndefined();
    await refused({ t: token, a: 'RUNNING' }, 'token');
    const question = await gw.gql(`query($t: String!) { freshnessCheck(token: $t) { title } }`, { t: token });
    expect(question.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});

/** The notifier's schedule: its catch-up at start asks what is due by its clock, and a restart asks nothing twice. */
describe('freshness check in the notifier', () => {
  let gw: TestGateway;
  let notifier: INestApplicationContext | undefined;
  const sink = new SmtpSink();
  const env = () => ({ SMTP_URL: sink.url, PUBLIC_URL: 'https://ikone.test' });
  const prefix = `ikone-fresh-${randomBytes(4).toString('hex')}`;
  const clock = new Date(Date.now() + 366 * DAY);
  const start = () =>
    createNotifier(loadConfig({ NODE_ENV: 'test', DATABASE_URL: gw.config.databaseUrl!, IKONE_DATA_DIR: gw.dataDir, ...env() }), { queuePrefix: prefix, clock: () => clock });

  beforeAll(async () => {
    await sink.start();
    gw = await startTestGateway(env());
  });
  afterAll(async () => {
    await notifier?.close();
    await gw?.close();
    await sink.stop();
  });

  it('asks at start-up what fell due while it was down, once across restarts', async () => {
    const kl = await makeMunicipality(gw.app, '07312000');
    const officer = await makeUser(gw.app, { role: 'OFFICER', municipality: kl });
    await publishCaseStudy(gw, { title: 'Digitale Bauakte', municipalityId: kl.id, topicSlugs: ['verwaltungsdigitalisierung'] });
    notifier = await start();
    await waitFor('the question by email', () => sink.to(officer.email).length === 1);
    expect((await freshnessLink(sink, officer.email, 'Digitale Bauakte')).subject).toBe('Läuft das noch? „Digitale Bauakte“');
    await notifier.close();
    notifier = await start();
    // The restart's catch-up run has finished (the first run's job is kept as completed too) and nothing waits to be sent.
    const runs = async () => (await (await notifier!.get(JobQueues).queue('ikone-events')).getJobs(['completed'])).filter((j) => j.name === 'freshness-run').length;
    await waitFor('the catch-up run after the restart', async () => (await runs()) >= 2);
    await waitFor('no email waiting', async () =>
      ((await gw.db.query(`select count(*)::int as n from email_delivery where status in ('PENDING', 'SENDING')`)) as Array<{ n: number }>)[0].n === 0);
    expect(((await gw.db.query(`select count(*)::int as n from freshness_check`)) as Array<{ n: number }>)[0].n).toBe(1);
    expect(sink.to(officer.email).length).toBe(1);
  });
});

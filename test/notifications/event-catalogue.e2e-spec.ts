import { JobQueues } from '../../apps/notifier/src/index';
import { makeMunicipality, makeUser, TEST_PASSWORD } from '../support/factories';
import { MailPlatform, startMailPlatform } from './mail-platform';
import { notifierIdle } from './queues';
import { waitFor } from './smtp-sink';

interface DeadLetters {
  deadLetterEvents: { totalCount: number; edges: Array<{ node: { eventId: string; type: string; payload: string; reason: string } }> };
}
const DEAD_LETTERS = `{ deadLetterEvents(first: 50) { totalCount edges { node { eventId type payload reason } } } }`;

/**
 * The typed event catalogue end to end (ADR 0030): the real producers write their events, the
 * real notifier reads them against the catalogue and sends the email; what it cannot read goes
 * to the dead letters the coordination office sees, and the queue moves on.
 */
describe('the event catalogue, from producer to email', () => {
  let platform: MailPlatform;
  let coordinator: { token: string; email: string };
  beforeAll(async () => {
    platform = await startMailPlatform();
    const { gw } = platform;
    const account = await makeUser(gw.app, { role: 'COORDINATOR' });
    // The coordinator signs in through the API like a client.
    const login = await gw.gql<{ login: { accessToken: string } }>(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
      { e: account.email, p: TEST_PASSWORD },
    );
    expect(login.errors).toBeUndefined();
    coordinator = { token: login.data!.login.accessToken, email: account.email };
  });
  afterAll(() => platform?.close());

  it('approve → outbox → notifier → email to the owning officer', async () => {
    const { gw, sink } = platform;
    const kl = await makeMunicipality(gw.app, '07312000');
    const officer = await makeUser(gw.app, { role: 'OFFICER', municipality: kl });
    const created = await gw.gql<{ createCaseStudy: { id: string } }>(
      `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id } }`,
      { i: { title: 'Katalog der Ereignisse im Rathaus', summary: 'Ein Praxisbeispiel.', maturity: 'PILOT', visibility: 'PUBLIC', topicSlugs: ['open-data'] } },
      officer.token,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createCaseStudy.id;
    const submitted = await gw.gql<{ submitCaseStudy: { status: string } }>(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id }, officer.token);
    expect(submitted.data?.submitCaseStudy.status).toBe('IN_REVIEW');
    const approved = await gw.gql(`mutation($id: ID!) { approve(subjectId: $id, comment: "Sehr anschaulich") { subjectId } }`, { id }, coordinator.token);
    expect(approved.errors).toBeUndefined();

    const message = await waitFor('the approval email', () => sink.to(officer.email).find((m) => m.raw.toString('utf8').includes('Freigegeben')));
    const parsed = await message.parsed();
    expect(parsed.subject).toBe('Freigegeben: Katalog der Ereignisse im Rathaus');
    expect(parsed.text).toContain('Sehr anschaulich');
    const [event] = (await gw.db.query(`select type, payload from outbox_event where type = 'knowledge.content-reviewed' and payload->>'subjectId' = $1`, [id])) as Array<{
      type: string;
      payload: Record<string, unknown>;
    }>;
    expect(event.payload).toEqual({ subjectType: 'CaseStudy', subjectId: id, decision: 'APPROVED', comment: 'Sehr anschaulich' });
    const dead = await gw.gql<DeadLetters>(DEAD_LETTERS, {}, coordinator.token);
    expect(dead.data?.deadLetterEvents.totalCount).toBe(0);
  });

  it('a report, now moderation’s own event, still reaches the coordinators', async () => {
    const { gw, sink } = platform;
    const kl = await makeMunicipality(gw.app, '07312000');
    const officer = await makeUser(gw.app, { role: 'OFFICER', municipality: kl });
    const member = await makeUser(gw.app, { role: 'MEMBER', municipality: kl });
    const created = await gw.gql<{ createCaseStudy: { id: string } }>(
      `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id } }`,
      { i: { title: 'Gemeldetes Praxisbeispiel', summary: 'Ein Praxisbeispiel.', maturity: 'PILOT', visibility: 'PUBLIC', topicSlugs: ['open-data'] } },
      officer.token,
    );
    const id = created.data!.createCaseStudy.id;
    await gw.gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id }, officer.token);
    expect((await gw.gql(`mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, { id }, coordinator.token)).errors).toBeUndefined();
    const reported = await gw.gql(`mutation($id: ID!) { reportContent(subjectId: $id, reason: INCORRECT, note: "Zahlen von 2019") { id } }`, { id }, member.token);
    expect(reported.errors).toBeUndefined();

    const message = await waitFor('the report email', () => sink.to(coordinator.email).find((m) => m.raw.toString('utf8').includes('Gemeldetes Praxisbeispiel')));
    expect((await message.parsed()).subject).toBe('Neue Meldung: Gemeldetes Praxisbeispiel');
    expect(await gw.db.query(`select type from outbox_event where type like '%report-filed'`)).toEqual([{ type: 'moderation.report-filed' }]);
  });

  it('keeps an unknown or malformed event aside as a dead letter the coordination office sees; the queue moves on', async () => {
    const { gw, sink, notifier } = platform;
    // Rows no typed producer can write any more (an older version, a hand edit in the database): stored directly.
    const [unknown] = (await gw.db.query(`insert into outbox_event (type, payload) values ('knowledge.report-filed', '{"reportId":"r-1"}') returning id::text as id`)) as Array<{ id: string }>;
    const [malformed] = (await gw.db.query(
      `insert into outbox_event (type, payload) values ('membership.invitation-created', '{"invitation":"i-1"}') returning id::text as id`,
    )) as Array<{ id: string }>;

    const dead = await waitFor('both dead letters', async () => {
      const res = await gw.gql<DeadLetters>(DEAD_LETTERS, {}, coordinator.token);
      return res.data && res.data.deadLetterEvents.totalCount >= 2 ? res.data.deadLetterEvents : null;
    });
    const byEvent = new Map(dead.edges.map((e) => [e.node.eventId, e.node]));
    expect(byEvent.get(unknown.id)).toMatchObject({ type: 'knowledge.report-filed', payload: '{"reportId":"r-1"}' });
    expect(byEvent.get(unknown.id)?.reason).toMatch(/^Unbekannter Ereignistyp „knowledge.report-filed“/);
    expect(byEvent.get(malformed.id)).toMatchObject({ type: 'membership.invitation-created', payload: '{"invitation":"i-1"}' });
    expect(byEvent.get(malformed.id)?.reason).toMatch(/Schema.*invitationId/);
    // Newest first, one page after the other.
    const page = `query($a: String) { deadLetterEvents(first: 1, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { eventId } } } }`;
    type Paged = { deadLetterEvents: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { eventId: string } }> } };
    const one = (await gw.gql<Paged>(page, {}, coordinator.token)).data!.deadLetterEvents;
    const two = (await gw.gql<Paged>(page, { a: one.pageInfo.endCursor }, coordinator.token)).data!.deadLetterEvents;
    expect([one.totalCount, one.pageInfo.hasNextPage, two.pageInfo.hasNextPage]).toEqual([2, true, false]);
    expect([...one.edges, ...two.edges].map((e) => e.node.eventId).sort()).toEqual([unknown.id, malformed.id].sort());

    // Acknowledged, not retried for ever: no job failed and nothing is left to do.
    await waitFor('the notifier to be idle', () => notifierIdle(gw.db, notifier));
    const events = await notifier.get(JobQueues).queue('ikone-events');
    expect(await events.getJobCounts('failed')).toEqual({ failed: 0 });
    expect(await gw.db.query(`select 1 from notification where event_key = any($1::text[])`, [[`outbox:${unknown.id}`, `outbox:${malformed.id}`]])).toEqual([]);

    // The next real event is handled as before.
    const sentBefore = sink.messages.length;
    const kl = await makeMunicipality(gw.app, '07312000');
    const officer = await makeUser(gw.app, { role: 'OFFICER', municipality: kl });
    const created = await gw.gql<{ createCaseStudy: { id: string } }>(
      `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id } }`,
      { i: { title: 'Nach dem Unzustellbaren', summary: 'Ein Praxisbeispiel.', maturity: 'PILOT', visibility: 'PUBLIC', topicSlugs: ['open-data'] } },
      officer.token,
    );
    const id = created.data!.createCaseStudy.id;
    await gw.gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id }, officer.token);
    await gw.gql(`mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, { id }, coordinator.token);
    await waitFor('the next approval email', () => sink.messages.slice(sentBefore).find((m) => m.to.includes(officer.email.toLowerCase())));

    // Only the coordination office sees the dead letters.
    const refused = await gw.gql(DEAD_LETTERS, {}, officer.token);
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

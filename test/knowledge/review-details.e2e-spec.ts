import { randomUUID } from 'node:crypto';
import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';

type Who = 'anonymous' | 'member' | 'officer' | 'coordinator';

const ONLINE_URL = 'https://konferenz.example.org/raum-7';
const EVENT_REVISIONS = `query($id: ID!) { event(id: $id) { id revisions { revision snapshot } reviewDecisions { decision comment } } }`;
const REVIEW_ITEM = `query($id: ID!) { reviewItem(subjectId: $id) { subjectId subjectType title revision reviewedRevision changedFields lastComment municipality { name } } }`;
const APPLICATION = `query($id: ID!) { membershipApplication(id: $id) { id municipalityName applicantEmail status } }`;
const COLLEAGUES = `{ colleagues { id displayName email } }`;

/**
 * Event.revisions (organisers and coordinators: the snapshots hold the online access), the
 * single-item lookups of the coordinator workspace (reviewItem, membershipApplication) and the
 * officers' list of colleagues they may name as a contact.
 */
describe('review details: event revisions, single review items and applications, colleagues', () => {
  let gw: TestGateway;
  const tokens: Record<Exclude<Who, 'anonymous'>, string> & { foreignOfficer: string; registered: string } = {
    member: '', officer: '', coordinator: '', foreignOfficer: '', registered: '',
  };
  const as = (who: Who) => (who === 'anonymous' ? undefined : tokens[who]);
  let published: { id: string };
  let resubmitted: { id: string };
  let applicationId: string;
  const names: Record<'officer' | 'colleague' | 'member' | 'disabled' | 'foreign', string> = { officer: '', colleague: '', member: '', disabled: '', foreign: '' };

  const ok = async <T>(document: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const r = await gw.gql<T>(document, variables, token);
    expect(r.errors).toBeUndefined();
    return r.data!;
  };
  const createEvent = async (title: string, visibility: 'PUBLIC' | 'NETWORK') =>
    (
      await ok<{ createEvent: { id: string } }>(
        `mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`,
        {
          i: {
            title, description: 'Wir zeigen den digitalen Bauantrag.', startsAt: '2030-05-05T08:00:00Z', endsAt: '2030-05-05T10:00:00Z',
            format: 'HYBRID', location: 'Rathaus', onlineUrl: ONLINE_URL, visibility, topicSlugs: ['verwaltungsdigitalisierung'],
          },
        },
        tokens.officer,
      )
    ).createEvent;
  const submit = (id: string) => ok(`mutation($id: ID!) { submitEvent(id: $id) { status } }`, { id }, tokens.officer);

  beforeAll(async () => {
    gw = await startTestGateway();
    const kl = await makeMunicipality(gw.app, '07312000');
    const mainz = await makeMunicipality(gw.app, '07315000');
    const officer = await makeUser(gw.app, { role: 'OFFICER', municipality: kl, displayName: 'Olivia Organisiert' });
    const member = await makeUser(gw.app, { role: 'MEMBER', municipality: kl, displayName: 'Mats Mitglied' });
    const colleague = await makeUser(gw.app, { role: 'OFFICER', municipality: kl, displayName: 'Karla Kollegin' });
    const disabled = await makeUser(gw.app, { role: 'MEMBER', municipality: kl, displayName: 'Dora Deaktiviert' });
    const foreign = await makeUser(gw.app, { role: 'OFFICER', municipality: mainz, displayName: 'Franz Fremd' });
    const registered = await makeUser(gw.app, { role: 'MEMBER', municipality: mainz });
    Object.assign(tokens, {
      officer: officer.token, member: member.token, foreignOfficer: foreign.token, registered: registered.token,
      coordinator: (await makeUser(gw.app, { role: 'COORDINATOR' })).token,
    });
    Object.assign(names, { officer: officer.user.displayName, colleague: colleague.user.displayName, member: member.user.displayName, disabled: disabled.user.displayName, foreign: foreign.user.displayName });
    await ok(`mutation($id: ID!) { disableUser(id: $id) { id } }`, { id: disabled.user.id }, tokens.coordinator);

    // Public, so that anonymous callers read the event and meet the rule of the field itself.
    published = await createEvent('Bauantrag digital', 'PUBLIC');
    await submit(published.id);
    await ok(`mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, { id: published.id }, tokens.coordinator);
    await ok(`mutation($id: ID!) { registerForEvent(id: $id) { status } }`, { id: published.id }, tokens.registered);

    // Sent back, edited, sent again: the queue compares with the reviewed revision.
    resubmitted = await createEvent('Sprechstunde Open Data', 'NETWORK');
    await submit(resubmitted.id);
    await ok(`mutation($id: ID!) { requestChanges(subjectId: $id, comment: "Bitte den Titel schärfen.") { subjectId } }`, { id: resubmitted.id }, tokens.coordinator);
    await ok(`mutation($id: ID!, $i: UpdateEventInput!) { updateEvent(id: $id, input: $i) { id } }`, { id: resubmitted.id, i: { title: 'Sprechstunde Offene Daten' } }, tokens.officer);
    await submit(resubmitted.id);

    applicationId = (
      await ok<{ applyForMembership: { id: string } }>(
        `mutation($i: ApplyForMembershipInput!) { applyForMembership(input: $i) { id } }`,
        { i: { ags: '07111000', applicantName: 'Anton Antrag', applicantEmail: 'anton.antrag@example.org', motivation: 'Wir möchten von den anderen lernen.' } },
      )
    ).applyForMembership.id;
  });

  afterAll(async () => {
    await gw?.close();
  });

  describe('Event.revisions and Event.reviewDecisions', () => {
    it.each(['officer', 'coordinator'] as const)('gives the %s the snapshots, online access included, and the decisions', async (who) => {
      const data = await ok<{ event: { revisions: Array<{ revision: number; snapshot: string }>; reviewDecisions: unknown[] } }>(EVENT_REVISIONS, { id: published.id }, as(who));
      expect(data.event.reviewDecisions).toEqual([{ decision: 'SUBMITTED', comment: null }, { decision: 'APPROVED', comment: null }]);
      expect(data.event.revisions.length).toBeGreaterThan(0);
      const latest = JSON.parse(data.event.revisions[0].snapshot) as Record<string, unknown>;
      expect(latest).toMatchObject({ title: 'Bauantrag digital', onlineUrl: ONLINE_URL, format: 'HYBRID' });
    });

    it.each([
      ['anonymous', undefined],
      ['a member of the organiser', 'member'],
      ['an officer of another municipality', 'foreignOfficer'],
      ['a registered member, who may see the online access itself', 'registered'],
    ] as const)('gives %s no revisions and no decisions', async (_who, key) => {
      const r = await gw.gql<{ event: { revisions: unknown[]; reviewDecisions: unknown[] } }>(EVENT_REVISIONS, { id: published.id }, key ? tokens[key] : undefined);
      expect(r.errors).toBeUndefined();
      expect(r.data!.event.revisions).toEqual([]);
      expect(r.data!.event.reviewDecisions).toEqual([]);
      expect(JSON.stringify(r)).not.toContain('raum-7');
    });
  });

  describe('reviewItem', () => {
    it('gives the coordinator the item with what changed since the reviewed revision', async () => {
      const data = await ok<{ reviewItem: Record<string, unknown> }>(REVIEW_ITEM, { id: resubmitted.id }, tokens.coordinator);
      expect(data.reviewItem).toMatchObject({
        subjectId: resubmitted.id, subjectType: 'Event', title: 'Sprechstunde Offene Daten', changedFields: ['title'], lastComment: 'Bitte den Titel schärfen.',
      });
      expect(data.reviewItem.reviewedRevision).toBeLessThan(data.reviewItem.revision as number);
    });

    it.each([
      ['anonymous', 'UNAUTHENTICATED'],
      ['member', 'FORBIDDEN'],
      ['officer', 'FORBIDDEN'],
    ] as const)('refuses %s with %s, even for their own item', async (who, code) => {
      const r = await gw.gql(REVIEW_ITEM, { id: resubmitted.id }, as(who));
      expect(r.errors?.map((e) => e.extensions?.code)).toEqual([code]);
      expect(r.data ?? null).toBeNull();
    });

    it.each([
      ['a malformed id', 'BAD_USER_INPUT', 'kein-uuid'],
      ['an unknown id', 'NOT_FOUND', randomUUID()],
      ['content that is not in review', 'NOT_FOUND', 'published'],
    ])('answers %s with %s', async (_what, code, id) => {
      const r = await gw.gql(REVIEW_ITEM, { id: id === 'published' ? published.id : id }, tokens.coordinator);
      expect(r.errors?.map((e) => e.extensions?.code)).toEqual([code]);
      if (code === 'BAD_USER_INPUT') expect(JSON.stringify(r.errors![0].extensions)).toContain('subjectId');
    });
  });

  describe('membershipApplication', () => {
    it('gives the coordinator the application', async () => {
      const data = await ok<{ membershipApplication: unknown }>(APPLICATION, { id: applicationId }, tokens.coordinator);
      expect(data.membershipApplication).toEqual({ id: applicationId, municipalityName: 'Koblenz', applicantEmail: 'anton.antrag@example.org', status: 'APPLIED' });
    });

    it.each([
      ['anonymous', 'UNAUTHENTICATED'],
      ['member', 'FORBIDDEN'],
      ['officer', 'FORBIDDEN'],
    ] as const)('refuses %s with %s', async (who, code) => {
      const r = await gw.gql(APPLICATION, { id: applicationId }, as(who));
      expect(r.errors?.map((e) => e.extensions?.code)).toEqual([code]);
      expect(JSON.stringify(r)).not.toContain('anton.antrag');
    });

    it.each([
      ['a malformed id', 'BAD_USER_INPUT', 'kein-uuid'],
      ['an unknown id', 'NOT_FOUND', randomUUID()],
    ])('answers %s with %s', async (_what, code, id) => {
      const r = await gw.gql(APPLICATION, { id }, tokens.coordinator);
      expect(r.errors?.map((e) => e.extensions?.code)).toEqual([code]);
      if (code === 'BAD_USER_INPUT') expect(JSON.stringify(r.errors![0].extensions)).toContain('"id"');
    });
  });

  describe('colleagues', () => {
    it('gives an officer the active accounts of the own municipality, members included, by name', async () => {
      const data = await ok<{ colleagues: Array<{ displayName: string; email: string | null }> }>(COLLEAGUES, {}, tokens.officer);
      expect(data.colleagues.map((c) => c.displayName)).toEqual([names.colleague, names.member, names.officer].sort((a, b) => a.localeCompare(b)));
      expect(data.colleagues.every((c) => c.email?.includes('@'))).toBe(true);
    });

    it.each([
      ['anonymous', 'UNAUTHENTICATED'],
      ['member', 'FORBIDDEN'],
      ['coordinator', 'FORBIDDEN'],
    ] as const)('refuses %s with %s', async (who, code) => {
      const r = await gw.gql(COLLEAGUES, {}, as(who));
      expect(r.errors?.map((e) => e.extensions?.code)).toEqual([code]);
      expect(r.data ?? null).toBeNull();
    });
  });
});

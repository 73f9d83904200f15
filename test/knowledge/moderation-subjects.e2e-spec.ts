import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';

const QUEUE = `{ reviewQueue(first: 10) { edges { node { subjectId subject { __typename ... on CaseStudy { id slug title } ... on Event { id title } } } } } }`;
const REPORTS = `{ reports(first: 10) { edges { node { id subject { __typename ... on CaseStudy { id slug title } ... on Event { id title } } } } } }`;

/** ReviewItem.subject and Report.subject: the content itself, for coordinators only. */
describe('review items and reports name their content', () => {
  let gw: TestGateway;
  const tokens: Record<'member' | 'officer' | 'coordinator', string> = { member: '', officer: '', coordinator: '' };
  let inReview: { id: string; slug: string };
  let published: { id: string; slug: string };

  beforeAll(async () => {
    gw = await startTestGateway();
    const kl = await makeMunicipality(gw.app, '07312000');
    tokens.member = (await makeUser(gw.app, { role: 'MEMBER', municipality: kl })).token;
    tokens.officer = (await makeUser(gw.app, { role: 'OFFICER', municipality: kl })).token;
    tokens.coordinator = (await makeUser(gw.app, { role: 'COORDINATOR' })).token;
    const create = async (title: string, token: string, municipalityId?: string) => {
      const r = await gw.gql<{ createCaseStudy: { id: string; slug: string } }>(
        `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id slug } }`,
        { i: { title, summary: 'Kurz.', maturity: 'PILOT', visibility: 'NETWORK', topicSlugs: ['verwaltungsdigitalisierung'], ...(municipalityId ? { municipalityId } : {}) } },
        token,
      );
      expect(r.errors).toBeUndefined();
      const s = await gw.gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id: r.data!.createCaseStudy.id }, token);
      expect(s.errors).toBeUndefined();
      return r.data!.createCaseStudy;
    };
    inReview = await create('Vernetzte Straßenlaternen', tokens.officer);
    published = await create('Digitales Fundbüro', tokens.coordinator, kl.id);
    const reported = await gw.gql(`mutation($id: ID!) { reportContent(subjectId: $id, reason: INCORRECT, note: "veraltet") { id } }`, { id: published.id }, tokens.member);
    expect(reported.errors).toBeUndefined();
  });

  afterAll(async () => {
    await gw?.close();
  });

  it('gives coordinators the content of each review item and report', async () => {
    const queue = await gw.gql<{ reviewQueue: { edges: Array<{ node: { subjectId: string; subject: { __typename: string; slug: string; title: string } } }> } }>(QUEUE, {}, tokens.coordinator);
    expect(queue.errors).toBeUndefined();
    expect(queue.data!.reviewQueue.edges.map((e) => e.node.subject)).toEqual([{ __typename: 'CaseStudy', id: inReview.id, slug: inReview.slug, title: 'Vernetzte Straßenlaternen' }]);
    const reports = await gw.gql<{ reports: { edges: Array<{ node: { subject: unknown } }> } }>(REPORTS, {}, tokens.coordinator);
    expect(reports.errors).toBeUndefined();
    expect(reports.data!.reports.edges.map((e) => e.node.subject)).toEqual([{ __typename: 'CaseStudy', id: published.id, slug: published.slug, title: 'Digitales Fundbüro' }]);
  });

  it.each([
    ['anonymous', undefined, 'UNAUTHENTICATED'],
    ['a member', 'member', 'FORBIDDEN'],
    ['an officer', 'officer', 'FORBIDDEN'],
  ] as const)('refuses %s and shows no content', async (_who, role, code) => {
    for (const document of [QUEUE, REPORTS]) {
      const r = await gw.gql(document, {}, role ? tokens[role] : undefined);
      expect(r.errors?.[0]?.extensions?.code).toBe(code);
      expect(r.data ?? null).toBeNull();
      expect(JSON.stringify(r)).not.toContain('Straßenlaternen');
      expect(JSON.stringify(r)).not.toContain('Fundbüro');
    }
  });
});

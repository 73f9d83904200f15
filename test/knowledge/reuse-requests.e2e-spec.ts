import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';

type Person = Awaited<ReturnType<typeof makeUser>>;
type Listed = { reuseRequests: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { message: string; municipality: { name: string }; caseStudy: { title: string } | null } }> } };

const LIST = `query($d: ReuseDirection!, $first: Int, $after: String) { reuseRequests(direction: $d, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { message status municipality { name } caseStudy { title } } } } }`;

/** reuseRequests: an officer's workspace lists the requests received and sent by their municipality, and nobody else's. */
describe('reuse requests of the own municipality', () => {
  let gw: TestGateway;
  let kl: Person;
  let mainz: Person;
  let trier: Person;
  let member: Person;
  let coordinator: Person;

  const list = async (person: Person, d: 'RECEIVED' | 'SENT', extra: Record<string, unknown> = {}) => {
    const res = await gw.gql<Listed>(LIST, { d, ...extra }, person.token);
    expect(res.errors).toBeUndefined();
    return res.data!.reuseRequests;
  };

  beforeAll(async () => {
    gw = await startTestGateway();
    kl = await makeUser(gw.app, { role: 'OFFICER', municipality: await makeMunicipality(gw.app, '07312000') });
    mainz = await makeUser(gw.app, { role: 'OFFICER', municipality: await makeMunicipality(gw.app, '07315000') });
    trier = await makeUser(gw.app, { role: 'OFFICER', municipality: await makeMunicipality(gw.app, '07211000') });
    member = await makeUser(gw.app, { role: 'MEMBER', municipality: await makeMunicipality(gw.app, '07312000') });
    coordinator = await makeUser(gw.app, { role: 'COORDINATOR' });
    const created = await gw.gql<{ createCaseStudy: { id: string } }>(
      `mutation { createCaseStudy(input: { title: "Digitale Ratsarbeit", summary: "Tablets im Rat.", maturity: PILOT, visibility: NETWORK, topicSlugs: ["buergerbeteiligung"] }) { id } }`,
      {},
      kl.token,
    );
    const id = created.data!.createCaseStudy.id;
    await gw.gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id }, kl.token);
    await gw.gql(`mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, { id }, coordinator.token);
    for (const [person, message] of [[mainz, 'Mainz fragt an'], [trier, 'Trier fragt an']] as const) {
      const res = await gw.gql(`mutation($id: ID!, $m: String!) { requestReuse(caseStudyId: $id, message: $m) { id } }`, { id, m: message }, person.token);
      expect(res.errors).toBeUndefined();
    }
  });
  afterAll(() => gw.close());

  it('lists the requests received by the owners, newest first, page by page, with the case study', async () => {
    const all = await list(kl, 'RECEIVED');
    expect(all.totalCount).toBe(2);
    expect(all.edges.map((e) => [e.node.municipality.name, e.node.message, e.node.caseStudy?.title])).toEqual([
      ['Trier', 'Trier fragt an', 'Digitale Ratsarbeit'],
      ['Mainz', 'Mainz fragt an', 'Digitale Ratsarbeit'],
    ]);
    const first = await list(kl, 'RECEIVED', { first: 1 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list(kl, 'RECEIVED', { first: 1, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.municipality.name)).toEqual(['Mainz']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect((await list(kl, 'SENT')).totalCount).toBe(0);
  });

  it('lists to each requesting municipality only its own sent request', async () => {
    const sent = await list(mainz, 'SENT');
    expect(sent.edges.map((e) => [e.node.message, e.node.caseStudy?.title])).toEqual([['Mainz fragt an', 'Digitale Ratsarbeit']]);
    expect((await list(mainz, 'RECEIVED')).totalCount).toBe(0);
    expect((await list(trier, 'SENT')).edges.map((e) => e.node.message)).toEqual(['Trier fragt an']);
  });

  it('shows a coordinator without a municipality all requests, and refuses members and anonymous callers', async () => {
    expect((await list(coordinator, 'SENT')).totalCount).toBe(2);
    const asMember = await gw.gql(LIST, { d: 'SENT' }, member.token);
    expect(asMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await gw.gql(LIST, { d: 'RECEIVED' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

import type { MunicipalityEntity } from '@ikone/membership';
import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';

interface Hit {
  score: number;
  snippet: string;
  node: { __typename: string; title: string };
}

describe('search', () => {
  let gw: TestGateway;
  let kl: MunicipalityEntity;
  let coordinator: string;
  let member: string;

  const publish = async (input: Record<string, unknown>) => {
    const created = await gw.gql<{ createCaseStudy: { id: string } }>(
      `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id } }`,
      { i: { maturity: 'PILOT', visibility: 'PUBLIC', topicSlugs: ['verwaltungsdigitalisierung'], municipalityId: kl.id, ...input } },
      coordinator,
    );
    expect(created.errors).toBeUndefined();
    await gw.gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id: created.data!.createCaseStudy.id }, coordinator);
  };
  const search = (query: string, token?: string) =>
    gw.gql<{ search: { totalCount: number; edges: Hit[] } }>(
      `query($q: String!) { search(query: $q, first: 10) { totalCount edges { score snippet node { __typename ... on CaseStudy { title } ... on Event { title } } } } }`,
      { q: query },
      token,
    );

  beforeAll(async () => {
    gw = await startTestGateway();
    kl = await makeMunicipality(gw.app, '07312000');
    coordinator = (await makeUser(gw.app, { role: 'COORDINATOR' })).token;
    member = (await makeUser(gw.app, { role: 'MEMBER', municipality: kl })).token;
    await publish({
      title: 'Bauanträge online stellen',
      summary: 'Wie die Stadt ihre Bauanträge vollständig digitalisierte.',
      problem: 'Papierakten <script>alert(1)</script> stapelten sich, Kosten < 500 € & mehr.',
    });
    await publish({
      title: 'Digitalisierung der Kfz-Zulassung',
      summary: 'Zulassungen ohne Termin im Bürgerbüro.',
    });
    await publish({
      title: 'Glasfaser für alle Ortsteile',
      summary: 'Breitbandausbau mit Fördermitteln; die Digitalisierung der Schulen profitiert.',
    });
    await publish({ title: 'Interne Digitalisierungsstrategie', summary: 'Nur für das Netzwerk.', visibility: 'NETWORK' });
  });
  afterAll(() => gw.close());

  it('finds German word forms: "Digitalisierung" finds "digitalisierte"', async () => {
    const res = await search('Digitalisierung');
    expect(res.errors).toBeUndefined();
    const titles = res.data!.search.edges.map((e) => e.node.title);
    expect(titles).toEqual(expect.arrayContaining(['Bauanträge online stellen', 'Digitalisierung der Kfz-Zulassung', 'Glasfaser für alle Ortsteile']));
    const reverse = await search('digitalisierte Verfahren');
    expect(reverse.data!.search.totalCount).toBe(0); // "Verfahren" appears nowhere: all words must match
    const verb = await search('digitalisieren');
    expect(verb.data!.search.edges.map((e) => e.node.title)).toContain('Bauanträge online stellen');
  });

  it('ranks a title match above a summary match', async () => {
    const res = await search('Digitalisierung');
    const titles = res.data!.search.edges.map((e) => e.node.title);
    expect(titles[0]).toBe('Digitalisierung der Kfz-Zulassung');
    const scores = res.data!.search.edges.map((e) => e.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('highlights matches in snippets and escapes everything else', async () => {
    const res = await search('Papierakten');
    const hit = res.data!.search.edges[0];
    expect(hit.snippet).toContain('<mark>Papierakten</mark>');
    // The only markup is <mark>; whatever the author wrote arrives as text.
    expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    expect(hit.snippet).not.toContain('<script>');
  });

  it('shows NETWORK content to members only', async () => {
    const anonymous = await search('Digitalisierungsstrategie');
    expect(anonymous.data!.search.totalCount).toBe(0);
    const signedIn = await search('Digitalisierungsstrategie', member);
    expect(signedIn.data!.search.edges.map((e) => e.node.title)).toEqual(['Interne Digitalisierungsstrategie']);
  });

  it('answers stop words and punctuation with an empty result, and too short queries with BAD_USER_INPUT', async () => {
    expect((await search('der die das')).data!.search).toEqual({ totalCount: 0, edges: [] });
    expect((await search("'); drop table case_study; --")).errors).toBeUndefined();
    const short = await search('a');
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
  });
});

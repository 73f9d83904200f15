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
    const event = await gw.gql<{ createEvent: { id: string } }>(
      `mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`,
      {
        i: {
          title: 'Sprechstunde Glasfaser',
          description: 'Fragen zum Anschluss an das Glasfasernetz.',
          startsAt: '2030-03-05T13:00:00.000Z',
          endsAt: '2030-03-05T15:00:00.000Z',
          format: 'ONLINE',
          onlineUrl: 'https://konferenz.example.de/glasfaser',
          topicSlugs: ['verwaltungsdigitalisierung'],
          visibility: 'PUBLIC',
          municipalityId: kl.id,
        },
      },
      coordinator,
    );
    expect(event.errors).toBeUndefined();
    await gw.gql(`mutation($id: ID!) { submitEvent(id: $id) { status } }`, { id: event.data!.createEvent.id }, coordinator);
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

  it('lists events and case studies together, title matches of either kind first', async () => {
    const res = await search('Glasfaser');
    expect(res.errors).toBeUndefined();
    expect(res.data!.search.totalCount).toBe(2);
    const kinds = res.data!.search.edges.map((e) => e.node.__typename).sort();
    expect(kinds).toEqual(['CaseStudy', 'Event']);
    // Both titles match; the event's text ("Glasfasernetz") matches too, so it ranks first.
    expect(res.data!.search.edges[0].node).toEqual({ __typename: 'Event', title: 'Sprechstunde Glasfaser' });
    const body = await search('Breitbandausbau Digitalisierung');
    expect(body.data!.search.edges.map((e) => e.node.title)).toEqual(['Glasfaser für alle Ortsteile']);
  });

  it('highlights matches in snippets and escapes everything else', async () => {
    const res = await search('Papierakten');
    const hit = res.data!.search.edges[0];
    expect(hit.snippet).toContain('<mark>Papierakten</mark>');
    // The only markup is <mark>; whatever the author wrote arrives as text.
    expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    expect(hit.snippet).not.toContain('<script>');
  });

  it('builds snippets when a fragment asks for them, and finds the same hits without them', async () => {
    const withFragment = await gw.gql<{ search: { edges: Array<{ snippet: string; node: { title: string } }> } }>(
      `query($q: String!) { search(query: $q, first: 10) { ...Hits } } fragment Hits on SearchConnection { edges { ... on SearchEdge { snippet } node { ... on CaseStudy { title } } } }`,
      { q: 'Papierakten' },
    );
    expect(withFragment.errors).toBeUndefined();
    expect(withFragment.data!.search.edges[0].snippet).toContain('<mark>Papierakten</mark>');
    const without = await gw.gql<{ search: { totalCount: number; edges: Array<{ node: { title: string } }> } }>(
      `query($q: String!) { search(query: $q, first: 10) { totalCount edges { node { ... on CaseStudy { title } } } } }`,
      { q: 'Papierakten' },
    );
    const full = await search('Papierakten');
    expect(without.data!.search.edges.map((e) => e.node.title)).toEqual(full.data!.search.edges.map((e) => e.node.title));
    expect(without.data!.search.totalCount).toBe(full.data!.search.totalCount);
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

describe('search over thousands of texts that share a word', () => {
  let gw: TestGateway;
  let member: string;

  beforeAll(async () => {
    gw = await startTestGateway();
    const kl = await makeMunicipality(gw.app, '07312000');
    member = (await makeUser(gw.app, { role: 'MEMBER', municipality: kl })).token;
    // 3,200 published case studies, all about digitalised processes (a digitalisation network);
    // every 20th has the word in its title, and of those every other one is for members only.
    // Item g was published g hours ago.
    await gw.db.query(
      `insert into case_study (slug, title, summary, problem, maturity, visibility, status, published_at, municipality_id)
       select 'bestand-' || g,
              case when g % 20 = 0 then 'Digitalisierung des Bauhofs ' || g else 'Bestand ' || g end,
              'Kurzfassung', 'Die Verwaltung digitalisierte ihre Abläufe.', 'PILOT',
              case when g % 40 = 20 then 'NETWORK' else 'PUBLIC' end, 'PUBLISHED', now() - g * interval '1 hour', $1
         from generate_series(1, 3200) g`,
      [kl.id],
    );
    // What autovacuum does on a live database: the search plans its path from these statistics.
    await gw.db.query('analyze case_study');
  });
  afterAll(() => gw.close());

  const search = (query: string, token?: string) =>
    gw.gql<{ search: { totalCount: number; edges: Array<{ node: { title: string } }> } }>(
      `query($q: String!) { search(query: $q, first: 10) { totalCount edges { node { ... on CaseStudy { title } } } } }`,
      { q: query },
      token,
    );

  it('shows the newest title matches first and a capped total', async () => {
    const anonymous = await search('Digitalisierung');
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!.search.totalCount).toBe(1000);
    // Public title matches are g = 40, 80, 120 …: the ten newest.
    expect(anonymous.data!.search.edges.map((e) => e.node.title)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Digitalisierung des Bauhofs ${40 * (i + 1)}`),
    );
    const signedIn = await search('Digitalisierung', member);
    expect(signedIn.data!.search.edges.map((e) => e.node.title)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Digitalisierung des Bauhofs ${20 * (i + 1)}`),
    );
  });

  it('still finds what few texts say, and all words must match', async () => {
    const one = await search('Bauhofs 3160');
    expect(one.data!.search).toEqual({ totalCount: 1, edges: [{ node: { title: 'Digitalisierung des Bauhofs 3160' } }] });
    const none = await search('digitalisierte Friedhofsverwaltung');
    expect(none.data!.search).toEqual({ totalCount: 0, edges: [] });
  });
});

import type { MunicipalityEntity } from '@ikone/membership';
import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';

interface Row { name: string; caseStudies: number; members: number }
interface Totals { municipalities: number; caseStudies: number; events: number; members: number; reuseRequestsSent: number; reuseRequestsReceived: number; reusesAdopted: number }

const base = { summary: 'Termine per Video.', maturity: 'PILOT', visibility: 'PUBLIC', topicSlugs: ['verwaltungsdigitalisierung'] };
const period = { f: new Date(Date.now() - 86_400_000).toISOString(), t: new Date(Date.now() + 86_400_000).toISOString() };
const list = `query($f: DateTime!, $t: DateTime!, $n: Int, $o: NetworkStatsOrder) {
  networkStats(from: $f, to: $t, first: $n, orderBy: $o) { name caseStudies members }
}`;
const totals = `query($f: DateTime!, $t: DateTime!) {
  networkStatsTotals(from: $f, to: $t) { municipalities caseStudies events members reuseRequestsSent reuseRequestsReceived reusesAdopted }
}`;

/** networkStats(first, orderBy) and networkStatsTotals: the top rows of a large network and its sums, without every row. */
describe('network statistics: top rows and totals', () => {
  let gw: TestGateway;
  let coordinator: string;

  beforeAll(async () => {
    gw = await startTestGateway();
    coordinator = (await makeUser(gw.app, { role: 'COORDINATOR' })).token;
    // Alphabetically Bann, Kaiserslautern, Mainz; by activity Mainz (2), then Bann and Kaiserslautern (1 each, by name).
    const publish = async (municipality: MunicipalityEntity, count: number) => {
      const officer = (await makeUser(gw.app, { role: 'OFFICER', municipality })).token;
      for (let i = 0; i < count; i++) {
        const created = await gw.gql<{ createCaseStudy: { id: string } }>(
          `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id } }`,
          { i: { ...base, title: `Sprechstunde ${municipality.name} ${i}` } },
          officer,
        );
        const id = created.data!.createCaseStudy.id;
        expect((await gw.gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id }, officer)).errors).toBeUndefined();
        expect((await gw.gql(`mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, { id }, coordinator)).errors).toBeUndefined();
      }
    };
    await publish(await makeMunicipality(gw.app, '07312000'), 1);
    await publish(await makeMunicipality(gw.app, '07315000'), 2);
    await publish(await makeMunicipality(gw.app, '07335002'), 1);
  });
  afterAll(() => gw.close());

  const names = (rows: Row[] | undefined) => rows?.map((r) => r.name.split(',')[0]);

  it('without first: every member municipality by name, as before', async () => {
    const res = await gw.gql<{ networkStats: Row[] }>(list, period, coordinator);
    expect(res.errors).toBeUndefined();
    expect(names(res.data?.networkStats)).toEqual(['Bann', 'Kaiserslautern', 'Mainz']);
  });

  it('first with ACTIVITY: the most active municipalities, ties by name; with NAME: the first by name', async () => {
    const top = await gw.gql<{ networkStats: Row[] }>(list, { ...period, n: 2, o: 'ACTIVITY' }, coordinator);
    expect(top.errors).toBeUndefined();
    expect(top.data?.networkStats.map((r) => [r.name.split(',')[0], r.caseStudies])).toEqual([['Mainz', 2], ['Bann', 1]]);
    const first = await gw.gql<{ networkStats: Row[] }>(list, { ...period, n: 1, o: 'NAME' }, coordinator);
    expect(names(first.data?.networkStats)).toEqual(['Bann']);
    const all = await gw.gql<{ networkStats: Row[] }>(list, { ...period, n: 200, o: 'ACTIVITY' }, coordinator);
    expect(names(all.data?.networkStats)).toEqual(['Mainz', 'Bann', 'Kaiserslautern']);
  });

  it('networkStatsTotals: the sums over every municipality, not only the rows asked for', async () => {
    const res = await gw.gql<{ networkStatsTotals: Totals }>(totals, period, coordinator);
    expect(res.errors).toBeUndefined();
    const every = (await gw.gql<{ networkStats: Row[] }>(list, period, coordinator)).data!.networkStats;
    expect(res.data?.networkStatsTotals).toEqual({
      municipalities: 3, caseStudies: 4, events: 0, members: 3, reuseRequestsSent: 0, reuseRequestsReceived: 0, reusesAdopted: 0,
    });
    expect(every.reduce((n, r) => n + r.members, 0)).toBe(res.data?.networkStatsTotals.members);
    // Another period: nothing published, the municipalities still counted.
    const empty = await gw.gql<{ networkStatsTotals: Totals }>(totals, { f: '2020-01-01T00:00:00Z', t: '2020-12-31T00:00:00Z' }, coordinator);
    expect(empty.data?.networkStatsTotals).toMatchObject({ municipalities: 3, caseStudies: 0 });
  });

  it.each([
    ['first negative', { n: -5 }, 'first'],
    ['first zero', { n: 0 }, 'first'],
    ['first above the maximum of 200', { n: 201 }, 'first'],
    ['orderBy unknown', { o: 'POPULARITY' }, 'o'],
  ])('%s → BAD_USER_INPUT naming the argument', async (_name, variables, field) => {
    const res = await gw.gql(list, { ...period, ...variables }, coordinator);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.data ?? null).toBeNull();
  });

  it('networkStatsTotals: to before from → BAD_USER_INPUT naming to; members are refused before validation', async () => {
    const bad = await gw.gql(totals, { f: period.t, t: period.f }, coordinator);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const member = (await makeUser(gw.app, { role: 'MEMBER' })).token;
    const refused = await gw.gql(totals, { f: period.t, t: period.f }, member);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

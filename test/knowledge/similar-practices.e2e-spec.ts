import type { MunicipalityEntity } from '@ikone/membership';
import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';

type Made = Awaited<ReturnType<typeof makeUser>>;
type Suggestion = { reason: string; reasons: string[]; sharedTopics: Array<{ slug: string }>; caseStudy: { title: string; municipality: { name: string } } };
const SIMILAR = `query($s: String!, $first: Int!, $locale: Locale!) {
  municipality(slug: $s) { similarPractices(first: $first) { reason(locale: $locale) reasons sharedTopics { slug } caseStudy { title municipality { name } } } }
}`;

/**
 * "Kommunen wie Ihre" (ADR 0026) against PostgreSQL with municipalities of the real directory:
 * Bann and Enkenbach-Alsenborn share the Landkreis Kaiserslautern (AGS 07335…), Altleiningen
 * and Bad Dürkheim lie in the Landkreis Bad Dürkheim (07332…), Bad Kohlgrub in Bavaria.
 */
describe('Municipality.similarPractices', () => {
  let gw: TestGateway;
  let coordinator: Made;
  let bann: MunicipalityEntity;
  let member: Made;

  const publish = async (municipality: MunicipalityEntity, title: string, topicSlugs: string[], visibility = 'PUBLIC', status: 'PUBLISHED' | 'DRAFT' = 'PUBLISHED') => {
    const res = await gw.gql<{ createCaseStudy: { id: string } }>(
      `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id } }`,
      { i: { title, summary: 'Kurz.', maturity: 'PILOT', visibility, topicSlugs, municipalityId: municipality.id } },
      coordinator.token,
    );
    expect(res.errors).toBeUndefined();
    // A coordinator's own submission publishes at once.
    if (status === 'PUBLISHED') await gw.gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id: res.data!.createCaseStudy.id }, coordinator.token);
  };
  const similar = async (token?: string, first = 10, locale = 'de') => {
    const res = await gw.gql<{ municipality: { similarPractices: Suggestion[] } }>(SIMILAR, { s: bann.slug, first, locale }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.municipality.similarPractices;
  };

  beforeAll(async () => {
    gw = await startTestGateway();
    coordinator = await makeUser(gw.app, { role: 'COORDINATOR' });
    bann = await makeMunicipality(gw.app, '07335002');
    member = await makeUser(gw.app, { role: 'MEMBER', municipality: bann });
    const enkenbach = await makeMunicipality(gw.app, '07335004');
    const altleiningen = await makeMunicipality(gw.app, '07332001');
    const badDuerkheim = await makeMunicipality(gw.app, '07332002');
    const kohlgrub = await makeMunicipality(gw.app, '09180112');
    const mainz = await makeMunicipality(gw.app, '07315000');

    await publish(bann, 'Bürgerbeteiligung online in Bann', ['buergerbeteiligung']);
    // Two of Enkenbach: only the newer one is suggested (one per municipality).
    await publish(enkenbach, 'Digitale Feuerwehr Enkenbach', ['infrastruktur']);
    await publish(enkenbach, 'Glasfaser Enkenbach', ['infrastruktur']);
    await publish(altleiningen, 'Ratsinformationssystem Altleiningen', ['buergerbeteiligung']);
    await publish(badDuerkheim, 'WLAN am Wurstmarkt', ['wirtschaft-tourismus']);
    await publish(kohlgrub, 'Beteiligungsportal Bad Kohlgrub', ['buergerbeteiligung'], 'NETWORK');
    await publish(mainz, 'Entwurf aus Mainz', ['buergerbeteiligung'], 'PUBLIC', 'DRAFT');
  });
  afterAll(() => gw.close());

  it('ranks the same district first, then shared topics, kind and state; one per municipality, never its own, only published and visible', async () => {
    const anonymous = await similar();
    expect(anonymous.map((s) => [s.caseStudy.title, s.reason])).toEqual([
      ['Glasfaser Enkenbach', 'aus dem gleichen Landkreis · ebenfalls eine Gemeinde'],
      ['Ratsinformationssystem Altleiningen', 'gleiche Themen: Bürgerbeteiligung · ebenfalls eine Gemeinde · aus Rheinland-Pfalz'],
      ['WLAN am Wurstmarkt', 'aus Rheinland-Pfalz'],
    ]);
    expect(anonymous[1]).toMatchObject({ reasons: ['SHARED_TOPICS', 'SAME_KIND', 'SAME_STATE'], sharedTopics: [{ slug: 'buergerbeteiligung' }] });
  });

  it('shows NETWORK practices to signed-in readers only', async () => {
    const signedIn = await similar(member.token);
    expect(signedIn.map((s) => s.caseStudy.title)).toEqual([
      'Glasfaser Enkenbach',
      'Ratsinformationssystem Altleiningen',
      'Beteiligungsportal Bad Kohlgrub',
      'WLAN am Wurstmarkt',
    ]);
    expect(signedIn[2].reason).toBe('gleiche Themen: Bürgerbeteiligung · ebenfalls eine Gemeinde');
  });

  it('gives the first n, reasons in English on request, and refuses more than 10 as BAD_USER_INPUT', async () => {
    expect((await similar(undefined, 1, 'en')).map((s) => s.reason)).toEqual(['from the same district · also a municipality']);
    const res = await gw.gql(SIMILAR, { s: bann.slug, first: 11, locale: 'de' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('suggests nothing to a municipality when no published practice compares', async () => {
    const berlin = await makeMunicipality(gw.app, '11000000');
    const res = await gw.gql<{ municipality: { similarPractices: unknown[] } }>(SIMILAR, { s: berlin.slug, first: 3, locale: 'de' });
    expect(res.data?.municipality.similarPractices).toEqual([]);
  });
});

import FeedParser from 'feedparser';
import { Readable } from 'node:stream';
import type { MunicipalityEntity } from '@ikone/membership';
import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';
import { countSql } from '../support/sql-counter';

const CREATE = `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id slug status revision } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateCaseStudyInput!) { updateCaseStudy(id: $id, input: $i) { id status revision } }`;
const SUBMIT = `mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`;

const practice = {
  title: 'Digitale Bürgerbeteiligung im Ortsgemeinderat',
  summary: 'Ortsgemeinderäte beteiligen Bürgerinnen und Bürger online an Entscheidungen.',
  problem: 'Sitzungen waren schlecht besucht; Rückmeldungen kamen **zu spät**.',
  solution: 'Eine Beteiligungsplattform mit [offenem Quellcode](https://beteiligung.example.de).',
  results: 'Dreimal so viele Rückmeldungen wie zuvor.',
  lessonsLearned: 'Früh mit dem Datenschutz sprechen.',
  maturity: 'PILOT',
  costOneOff: 12000,
  costYearly: 2400.5,
  fundingProgramme: 'Modellprojekte Smart Cities',
  partners: ['Hochschule Kaiserslautern'],
  topicSlugs: ['buergerbeteiligung'],
  tags: ['Beteiligung', 'Ortsgemeinde'],
  links: [{ label: 'Projektseite', url: 'https://otterbach-otterberg.example/beteiligung' }],
  visibility: 'PUBLIC',
};

describe('case studies', () => {
  let gw: TestGateway;
  let otterbach: MunicipalityEntity;
  let mainz: MunicipalityEntity;
  let officer: string;
  let officerId: string;
  let mainzOfficer: string;
  let coordinator: string;
  let member: string;

  beforeAll(async () => {
    gw = await startTestGateway();
    otterbach = await makeMunicipality(gw.app, '07335034');
    mainz = await makeMunicipality(gw.app, '07315000');
    const olga = await makeUser(gw.app, { role: 'OFFICER', municipality: otterbach, displayName: 'Olga Otter' });
    officer = olga.token;
    officerId = olga.user.id;
    mainzOfficer = (await makeUser(gw.app, { role: 'OFFICER', municipality: mainz, displayName: 'Max Mainz' })).token;
    coordinator = (await makeUser(gw.app, { role: 'COORDINATOR' })).token;
    member = (await makeUser(gw.app, { role: 'MEMBER', municipality: mainz })).token;
  });
  afterAll(() => gw.close());

  async function publishedCaseStudy(overrides: Record<string, unknown> = {}, by = coordinator) {
    const created = await gw.gql<{ createCaseStudy: { id: string; slug: string } }>(
      CREATE,
      { i: { ...practice, title: `Praxis ${Math.random().toString(36).slice(2, 8)}`, ...(by === coordinator ? { municipalityId: otterbach.id } : {}), ...overrides } },
      by,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createCaseStudy.id;
    const submitted = await gw.gql(SUBMIT, { id }, by);
    expect(submitted.errors).toBeUndefined();
    return created.data!.createCaseStudy;
  }

  it('journey 2: draft, changes requested with a comment, edit, resubmit, approve — published once', async () => {
    const created = await gw.gql<{ createCaseStudy: { id: string; slug: string; status: string; revision: number } }>(CREATE, { i: practice }, officer);
    expect(created.errors).toBeUndefined();
    const { id, slug } = created.data!.createCaseStudy;
    expect(created.data!.createCaseStudy).toMatchObject({ status: 'DRAFT', revision: 1 });

    // A draft is invisible to anyone but its owners and coordinators.
    expect((await gw.gql(`query($s: String!) { caseStudy(slug: $s) { id } }`, { s: slug })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    expect((await gw.gql<{ submitCaseStudy: { status: string } }>(SUBMIT, { id }, officer)).data?.submitCaseStudy.status).toBe('IN_REVIEW');
    const queue = await gw.gql<{ reviewQueue: { edges: { node: { subjectId: string; changedFields: string[] | null; municipality: { name: string } } }[] } }>(
      `{ reviewQueue { totalCount edges { node { subjectType subjectId title changedFields lastComment municipality { name } } } } }`,
      {},
      coordinator,
    );
    expect(queue.data?.reviewQueue.edges[0].node).toMatchObject({ subjectId: id, changedFields: null, municipality: { name: 'Otterbach' } });

    const sentBack = await gw.gql(`mutation($id: ID!) { requestChanges(subjectId: $id, comment: "Bitte die Kosten je Ortsgemeinde angeben.") { subjectType } }`, { id }, coordinator);
    expect(sentBack.errors).toBeUndefined();
    const mine = await gw.gql<{ caseStudy: { status: string; reviewDecisions: { decision: string; comment: string }[] } }>(
      `query($s: String!) { caseStudy(slug: $s) { status reviewDecisions { decision comment } } }`,
      { s: slug },
      officer,
    );
    expect(mine.data?.caseStudy.status).toBe('CHANGES_REQUESTED');
    expect(mine.data?.caseStudy.reviewDecisions.at(-1)).toEqual({ decision: 'CHANGES_REQUESTED', comment: 'Bitte die Kosten je Ortsgemeinde angeben.' });

    const edited = await gw.gql<{ updateCaseStudy: { revision: number } }>(UPDATE, { id, i: { costYearly: 150, results: 'Dreimal so viele Rückmeldungen; 150 € im Jahr je Ortsgemeinde.' } }, officer);
    expect(edited.data?.updateCaseStudy.revision).toBe(2);
    await gw.gql(SUBMIT, { id }, officer);
    const again = await gw.gql<{ reviewQueue: { edges: { node: { changedFields: string[]; lastComment: string } }[] } }>(
      `{ reviewQueue { edges { node { changedFields lastComment } } } }`,
      {},
      coordinator,
    );
    expect(again.data?.reviewQueue.edges[0].node).toEqual({ changedFields: ['costYearly', 'results'], lastComment: 'Bitte die Kosten je Ortsgemeinde angeben.' });

    expect((await gw.gql(`mutation($id: ID!) { approve(subjectId: $id) { subjectType } }`, { id }, coordinator)).errors).toBeUndefined();
    const published = await gw.gql<{ caseStudy: Record<string, unknown> }>(
      `query($s: String!) { caseStudy(slug: $s) { status title problemHtml solutionHtml costs { oneOff yearly currency } municipality { name } topics { slug name } contact { displayName email } } }`,
      { s: slug },
    );
    expect(published.data?.caseStudy).toMatchObject({
      status: 'PUBLISHED',
      problemHtml: '<p>Sitzungen waren schlecht besucht; Rückmeldungen kamen <strong>zu spät</strong>.</p>',
      solutionHtml: expect.stringContaining('<a href="https://beteiligung.example.de" rel="noopener noreferrer nofollow">'),
      costs: { oneOff: 12000, yearly: 150, currency: 'EUR' },
      municipality: { name: 'Otterbach' },
      topics: [{ slug: 'buergerbeteiligung', name: 'Bürgerbeteiligung' }],
      contact: { displayName: 'Olga Otter', email: null },
    });
    const events = await gw.db.query(`select payload from outbox_event where type = 'knowledge.case-study-published' and payload->>'caseStudyId' = $1`, [id]);
    expect(events).toHaveLength(1);
    const reviewed = await gw.db.query(`select payload->>'decision' as d from outbox_event where type = 'knowledge.content-reviewed' and payload->>'subjectId' = $1 order by id`, [id]);
    expect(reviewed.map((r: { d: string }) => r.d)).toEqual(['CHANGES_REQUESTED', 'APPROVED']);

    // Edits while published stay live, bump the revision and keep the history; no second publication event.
    const live = await gw.gql<{ updateCaseStudy: { status: string; revision: number } }>(UPDATE, { id, i: { maturity: 'ROLLOUT' } }, officer);
    expect(live.data?.updateCaseStudy).toMatchObject({ status: 'PUBLISHED', revision: 3 });
    const history = await gw.gql<{ caseStudy: { revisions: { revision: number; snapshot: string }[] } }>(
      `query($s: String!) { caseStudy(slug: $s) { revisions { revision snapshot } } }`,
      { s: slug },
      officer,
    );
    expect(history.data?.caseStudy.revisions.map((r) => r.revision)).toEqual([3, 2, 1]);
    expect(JSON.parse(history.data!.caseStudy.revisions[1].snapshot).maturity).toBe('PILOT');
    expect((await gw.gql(`query($s: String!) { caseStudy(slug: $s) { revisions { revision } } }`, { s: slug })).data).toEqual({ caseStudy: { revisions: [] } });
    expect(await gw.db.query(`select 1 from outbox_event where type = 'knowledge.case-study-published' and payload->>'caseStudyId' = $1`, [id])).toHaveLength(1);
  });

  it("a coordinator's own submission publishes at once", async () => {
    const created = await gw.gql<{ createCaseStudy: { id: string } }>(CREATE, { i: { ...practice, title: 'Netzwerkweite Vorlage', municipalityId: mainz.id } }, coordinator);
    const submitted = await gw.gql<{ submitCaseStudy: { status: string } }>(SUBMIT, { id: created.data!.createCaseStudy.id }, coordinator);
    expect(submitted.data?.submitCaseStudy.status).toBe('PUBLISHED');
  });

  it('journey 3: reuse request from Mainz, IN_TALKS, ADOPTED, shown as reused by Mainz and counted', async () => {
    const study = await publishedCaseStudy();
    const requested = await gw.gql<{ requestReuse: { id: string; status: string; municipality: { name: string } } }>(
      `mutation($id: ID!) { requestReuse(caseStudyId: $id, message: "Wir würden das gern in Mainz nachnutzen.") { id status municipality { name } } }`,
      { id: study.id },
      mainzOfficer,
    );
    expect(requested.data?.requestReuse).toMatchObject({ status: 'REQUESTED', municipality: { name: 'Mainz' } });
    const duplicate = await gw.gql(`mutation($id: ID!) { requestReuse(caseStudyId: $id, message: "Nochmal") { id } }`, { id: study.id }, mainzOfficer);
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'caseStudyId' });
    const own = await gw.gql(`mutation($id: ID!) { requestReuse(caseStudyId: $id, message: "Eigenes") { id } }`, { id: study.id }, officer);
    expect(own.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const reuseId = requested.data!.requestReuse.id;
    expect((await gw.db.query(`select 1 from outbox_event where type = 'knowledge.reuse-requested' and payload->>'reuseRequestId' = $1`, [reuseId])).length).toBe(1);

    // The requester cannot decide its own request.
    const self = await gw.gql(`mutation($id: ID!) { updateReuseRequest(id: $id, status: ADOPTED) { status } }`, { id: reuseId }, mainzOfficer);
    expect(self.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const status of ['IN_TALKS', 'ADOPTED']) {
      const moved = await gw.gql(`mutation($id: ID!, $s: ReuseStatus!) { updateReuseRequest(id: $id, status: $s) { status } }`, { id: reuseId, s: status }, officer);
      expect(moved.errors).toBeUndefined();
    }
    const back = await gw.gql(`mutation($id: ID!) { updateReuseRequest(id: $id, status: IN_TALKS) { status } }`, { id: reuseId }, officer);
    expect(back.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const shown = await gw.gql<{ caseStudy: { reusedBy: { name: string }[] } }>(`query($s: String!) { caseStudy(slug: $s) { reusedBy { name } } }`, { s: study.slug });
    expect(shown.data?.caseStudy.reusedBy).toEqual([{ name: 'Mainz' }]);
    const stats = await gw.gql<{ networkStats: { name: string; reuseRequestsSent: number; reuseRequestsReceived: number; reusesAdopted: number }[] }>(
      `query($f: DateTime!, $t: DateTime!) { networkStats(from: $f, to: $t) { name caseStudies reuseRequestsSent reuseRequestsReceived reusesAdopted } }`,
      { f: new Date(Date.now() - 86_400_000).toISOString(), t: new Date(Date.now() + 86_400_000).toISOString() },
      coordinator,
    );
    expect(stats.data?.networkStats.find((s) => s.name === 'Mainz')).toMatchObject({ reuseRequestsSent: 1 });
    expect(stats.data?.networkStats.find((s) => s.name === 'Otterbach')).toMatchObject({ reuseRequestsReceived: 1, reusesAdopted: 1 });

    const csv = await fetch(`${gw.url}/stats/network.csv?from=2020-01-01&to=2100-01-01`, { headers: { authorization: `Bearer ${coordinator}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, so spreadsheet software reads umlauts
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe('Kommune;Bundesland;Praxisbeispiele;Veranstaltungen;Mitglieder;Nachnutzungsanfragen gesendet;Nachnutzungsanfragen erhalten;Nachnutzungen;Partnerbeteiligungen');
    expect(text).toMatch(/\r\nMainz;RP;\d+;\d+;\d+;1;0;0;0\r\n/);
    expect((await fetch(`${gw.url}/stats/network.csv?from=2020-01-01&to=2100-01-01`)).status).toBe(401);
    expect((await fetch(`${gw.url}/stats/network.csv?from=2020-01-01&to=2100-01-01`, { headers: { authorization: `Bearer ${member}` } })).status).toBe(403);
  });

  it('journey 5: a member reports a case study as INCORRECT; a coordinator archives it; the audit log tells who, when and why', async () => {
    const study = await publishedCaseStudy();
    const reported = await gw.gql<{ reportContent: { id: string; status: string } }>(
      `mutation($id: ID!) { reportContent(subjectId: $id, reason: INCORRECT, note: "Die Kosten stimmen nicht.") { id status } }`,
      { id: study.id },
      member,
    );
    expect(reported.data?.reportContent.status).toBe('OPEN');
    expect((await gw.db.query(`select 1 from outbox_event where type = 'moderation.report-filed'`)).length).toBeGreaterThan(0);
    const open = await gw.gql<{ reports: { edges: { node: { subjectId: string; reason: string; reporter: { displayName: string } } }[] } }>(
      `{ reports(status: OPEN) { edges { node { subjectId reason note reporter { displayName } } } } }`,
      {},
      coordinator,
    );
    expect(open.data?.reports.edges.map((e) => e.node.subjectId)).toContain(study.id);
    const resolved = await gw.gql<{ resolveReport: { status: string } }>(
      `mutation($id: ID!) { resolveReport(id: $id, action: ARCHIVE, note: "Zahlen veraltet, archiviert.") { status } }`,
      { id: reported.data!.reportContent.id },
      coordinator,
    );
    expect(resolved.data?.resolveReport.status).toBe('RESOLVED');
    const archived = await gw.gql<{ caseStudy: { status: string } }>(`query($s: String!) { caseStudy(slug: $s) { status } }`, { s: study.slug });
    expect(archived.data?.caseStudy.status).toBe('ARCHIVED');
    const listed = await gw.gql<{ caseStudies: { edges: { node: { id: string } }[] } }>(`{ caseStudies(first: 100) { edges { node { id } } } }`);
    expect(listed.data?.caseStudies.edges.map((e) => e.node.id)).not.toContain(study.id);
    const audit = await gw.gql<{ auditLog: { edges: { node: { action: string; actorLabel: string; details: string; at: string } }[] } }>(
      `query($id: String!) { auditLog(filter: { subjectId: $id }) { edges { node { action actorLabel details at } } } }`,
      { id: study.id },
      coordinator,
    );
    const actions = audit.data!.auditLog.edges.map((e) => e.node);
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['report.filed', 'content.archived', 'report.resolved-archived']));
    expect(JSON.parse(actions.find((a) => a.action === 'content.archived')!.details)).toEqual({ reason: 'Zahlen veraltet, archiviert.' });
  });

  it('never lists what the single query denies: NETWORK content and drafts', async () => {
    const network = await publishedCaseStudy({ visibility: 'NETWORK', title: 'Nur im Netzwerk' });
    await gw.gql(CREATE, { i: { ...practice, title: 'Entwurf aus Mainz' } }, mainzOfficer);
    const lists = {
      anonymous: await gw.gql<{ caseStudies: { edges: { node: { slug: string; visibility: string; status: string } }[] } }>(`{ caseStudies(first: 100, filter: { status: [DRAFT, PUBLISHED, IN_REVIEW, ARCHIVED] }) { edges { node { slug visibility status } } } }`),
      member: await gw.gql<{ caseStudies: { edges: { node: { slug: string; visibility: string; status: string } }[] } }>(`{ caseStudies(first: 100, filter: { status: [DRAFT, PUBLISHED, IN_REVIEW, ARCHIVED] }) { edges { node { slug visibility status } } } }`, {}, member),
      officer: await gw.gql<{ caseStudies: { edges: { node: { slug: string; visibility: string; status: string } }[] } }>(`{ caseStudies(first: 100, filter: { status: [DRAFT, PUBLISHED, IN_REVIEW, ARCHIVED] }) { edges { node { slug visibility status } } } }`, {}, officer),
    };
    const tokens = { anonymous: undefined, member, officer };
    for (const [role, res] of Object.entries(lists)) {
      for (const { node } of res.data!.caseStudies.edges) {
        const single = await gw.gql(`query($s: String!) { caseStudy(slug: $s) { id } }`, { s: node.slug }, tokens[role as keyof typeof tokens]);
        expect(single.errors).toBeUndefined();
      }
    }
    const anonymousSlugs = lists.anonymous.data!.caseStudies.edges.map((e) => e.node.slug);
    expect(anonymousSlugs).not.toContain(network.slug);
    expect(lists.anonymous.data!.caseStudies.edges.every((e) => e.node.visibility === 'PUBLIC' && e.node.status !== 'DRAFT')).toBe(true);
    expect(lists.member.data!.caseStudies.edges.map((e) => e.node.slug)).toContain(network.slug);
    expect(lists.officer.data!.caseStudies.edges.some((e) => e.node.status === 'DRAFT' && e.node.slug.startsWith('entwurf-aus-mainz'))).toBe(false);
    expect((await gw.gql(`query($s: String!) { caseStudy(slug: $s) { id } }`, { s: network.slug })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('filters by topic, municipality and maturity, and pages with cursors', async () => {
    await publishedCaseStudy({ topicSlugs: ['open-data'], maturity: 'OPERATIONAL', title: 'Offene Haushaltsdaten' });
    const byTopic = await gw.gql<{ caseStudies: { totalCount: number; edges: { node: { title: string } }[] } }>(
      `{ caseStudies(filter: { topicSlugs: ["open-data"], maturity: [OPERATIONAL], municipalitySlugs: ["${otterbach.slug}"] }) { totalCount edges { node { title } } } }`,
    );
    expect(byTopic.data?.caseStudies).toEqual({ totalCount: 1, edges: [{ node: { title: 'Offene Haushaltsdaten' } }] });
    const all: string[] = [];
    let after: string | null = null;
    for (;;) {
      type PageResult = { caseStudies: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
      const page: { data?: PageResult | null } = await gw.gql<PageResult>(`query($a: String) { caseStudies(first: 2, after: $a) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`, { a: after });
      all.push(...page.data!.caseStudies.edges.map((e) => e.node.id));
      if (!page.data!.caseStudies.pageInfo.hasNextPage) {
        expect(all).toHaveLength(page.data!.caseStudies.totalCount);
        break;
      }
      after = page.data!.caseStudies.pageInfo.endCursor;
    }
    expect(new Set(all).size).toBe(all.length);
  });

  it('lists with a constant number of SQL statements (≤ 5) whatever the page size', async () => {
    for (let i = 0; i < 25; i++) {
      await publishedCaseStudy({ title: `Serie ${i}`, topicSlugs: ['smart-city', 'mobilitaet'], coOwnerIds: [mainz.id], contactId: officerId });
    }
    const counter = countSql(gw.db);
    const query = `query($n: Int!) { caseStudies(first: $n, filter: { topicSlugs: ["mobilitaet"] }) { totalCount edges { node { id title summary municipality { name } topics { name } contact { displayName } } } } }`;
    const counts: number[] = [];
    for (const n of [20, 100]) {
      counter.reset();
      const res = await gw.gql<{ caseStudies: { edges: unknown[] } }>(query, { n });
      expect(res.errors).toBeUndefined();
      expect(res.data!.caseStudies.edges.length).toBeGreaterThanOrEqual(Math.min(n, 25));
      counts.push(counter.count());
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(5);

    // The long texts are not on the list rows: asked for, they come in one more statement for the
    // whole page, with their real content (not the empty strings the list once returned).
    counter.reset();
    const long = await gw.gql<{ caseStudies: { edges: Array<{ node: Record<string, string | null> }> } }>(
      `{ caseStudies(first: 20, filter: { topicSlugs: ["mobilitaet"] }) { edges { node { id title summary municipality { name } topics { name } contact { displayName }
          problem solution results lessonsLearned problemHtml publiccodeYml } } } }`,
    );
    expect(long.errors).toBeUndefined();
    expect(counter.count()).toBe(counts[0] + 1);
    counter.restore();
    for (const { node } of long.data!.caseStudies.edges) {
      expect(node).toMatchObject({ problem: practice.problem, solution: practice.solution, results: practice.results, lessonsLearned: practice.lessonsLearned, publiccodeYml: null });
      expect(node.problemHtml).toContain('<strong>zu spät</strong>');
    }
  });

  it('refuses a forged cursor before the list reaches PostgreSQL', async () => {
    const counter = countSql(gw.db);
    const forged = Buffer.from(JSON.stringify(["2026-01-01'; select pg_sleep(1); --", '6f1c1c4e-8b1a-4c7e-9a55-0d2b4e6f7a81'])).toString('base64url');
    const res = await gw.gql(`query($a: String) { caseStudies(first: 2, after: $a) { totalCount } }`, { a: forged });
    const statements = counter.statements();
    counter.restore();
    expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'after']]);
    expect(statements.filter((q) => /case_study/.test(q))).toEqual([]);
  });

  it('publishes an Atom feed of public case studies per topic that a feed parser reads', async () => {
    await publishedCaseStudy({ topicSlugs: ['klima-umwelt'], title: 'Klimaanpassung mit Sensoren & <Daten>' });
    await publishedCaseStudy({ topicSlugs: ['klima-umwelt'], title: 'Interne Klimadaten', visibility: 'NETWORK' });
    const res = await fetch(`${gw.url}/topics/klima-umwelt/feed.atom`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/atom\+xml/);
    const items: Array<{ title: string; link: string; categories: string[] }> = [];
    await new Promise<void>((resolve, reject) => {
      const parser = new FeedParser({});
      parser.on('error', reject);
      parser.on('readable', function (this: FeedParser) {
        let item;
        while ((item = this.read())) items.push(item as never);
      });
      parser.on('end', resolve);
      res.text().then((body) => Readable.from([body]).pipe(parser), reject);
    });
    expect(items.map((i) => i.title)).toEqual(['Klimaanpassung mit Sensoren & <Daten>']);
    expect(items[0].link).toMatch(/\/praxisbeispiele\/klimaanpassung-mit-sensoren-daten$/);
    expect((await fetch(`${gw.url}/topics/gibt-es-nicht/feed.atom`)).status).toBe(404);
  });
});

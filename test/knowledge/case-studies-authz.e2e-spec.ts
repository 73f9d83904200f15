import { randomUUID } from 'node:crypto';
import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway } from '../support/gateway';
import { publiccodeFixture } from '../support/publiccode';
import { WRITABLE_TABLES } from '../support/snapshot';
import { Cast, cells, FORBID, HIDDEN, nothing, OK, RoleName, row, runCell, UNAUTH } from '../support/matrix';

const unique = () => randomUUID().slice(0, 8);
let cast: Cast;
/** An officer of a third municipality C, for requests that A's and B's people have nothing to do with. */
let officerC: string;

type Status = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED';
type Study = { id: string; slug: string };
const base = { summary: 'Termine per Video.', maturity: 'PILOT', visibility: 'PUBLIC', topicSlugs: ['verwaltungsdigitalisierung'] };

/** A case study of A (made by its officer), taken to `status`. */
const create = async (status: Status, extra: Record<string, unknown> = {}): Promise<Study> => {
  const res = await cast.gw.gql<{ createCaseStudy: Study }>(
    `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id slug } }`,
    { i: { ...base, title: `Fall ${unique()}`, ...extra } },
    cast.people.officerA.token,
  );
  const study = res.data!.createCaseStudy;
  if (status !== 'DRAFT') await cast.gw.gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id: study.id }, cast.people.officerA.token);
  if (status === 'PUBLISHED') await cast.gw.gql(`mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, { id: study.id }, cast.people.coordinator.token);
  return study;
};
const made = (status: Status, extra?: Record<string, unknown>) => async () => {
  const study = await create(status, extra);
  return { variables: { id: study.id, s: study.slug }, state: study };
};
/** A case study of the suspended municipality S, published by a coordinator before the suspension mattered. */
const publishedOfS = async (): Promise<Study> => {
  const { createCaseStudy: study } = await cast.read<{ createCaseStudy: Study }>(
    `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id slug } }`, { i: { ...base, title: `Fall von S ${unique()}`, municipalityId: cast.s.id } },
  );
  await cast.read(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id: study.id });
  return study;
};
/** A reuse request for a published case study (of A unless `of` says otherwise), sent by B's officer (or `token`'s). */
const reuseRequest = async (token = cast.people.officerB.token, of = () => create('PUBLISHED')): Promise<{ id: string; study: Study }> => {
  const study = await of();
  const res = await cast.gw.gql<{ requestReuse: { id: string } }>(`mutation($id: ID!) { requestReuse(caseStudyId: $id, message: "Gern") { id } }`, { id: study.id }, token);
  return { id: res.data!.requestReuse.id, study };
};
const report = async (): Promise<string> => {
  const study = await create('PUBLISHED');
  const res = await cast.gw.gql<{ reportContent: { id: string } }>(`mutation($id: ID!) { reportContent(subjectId: $id, reason: SPAM) { id } }`, { id: study.id }, cast.people.member.token);
  return res.data!.reportContent.id;
};

interface Read {
  status: string; title: string; revision: number; publishedAt: string | null; municipality: { id: string };
  reviewDecisions: Array<{ decision: string; comment: string | null }>; reuseRequests: Array<{ id: string; status: string }>;
}
/** The case study as a coordinator reads it back. */
const readBack = async (slug: string): Promise<Read> =>
  (await cast.read<{ caseStudy: Read }>(
    `query($s: String!) { caseStudy(slug: $s) { status title revision publishedAt municipality { id } reviewDecisions { decision comment } reuseRequests { id status } } }`,
    { s: slug },
  )).caseStudy;
const lastDecision = async (slug: string) => (await readBack(slug)).reviewDecisions.at(-1);
const reuseIds = async (direction: 'RECEIVED' | 'SENT', role: RoleName) =>
  (await cast.read<{ reuseRequests: { edges: Array<{ node: { id: string } }> } }>(
    `query($d: ReuseDirection!) { reuseRequests(direction: $d, first: 100) { edges { node { id } } } }`, { d: direction }, role,
  )).reuseRequests.edges.map((e) => e.node.id);
const reportIds = async (status: 'OPEN' | 'DISMISSED') =>
  (await cast.read<{ reports: { edges: Array<{ node: { id: string } }> } }>(`query($s: ReportStatus) { reports(status: $s, first: 100) { edges { node { id } } } }`, { s: status }))
    .reports.edges.map((e) => e.node.id);

const PUBLICCODE = publiccodeFixture('publiccode.minimal-0.4.yml');
const UPDATE_SOFTWARE = `mutation($id: ID!, $y: String!) {
  updateCaseStudy(id: $id, input: { publiccodeYml: $y, repositoryUrl: "https://gitlab.opencode.de/a/medusa" }) { id }
}`;
const withYml = (yml: string) => async () => {
  const study = await create('PUBLISHED');
  return { variables: { id: study.id, y: yml }, state: study };
};
const readSoftware = async (slug: string) =>
  (await cast.read<{ caseStudy: { revision: number; software: { name: string; platform: string } | null } }>(
    `query($s: String!) { caseStudy(slug: $s) { revision software { name platform } } }`, { s: slug },
  )).caseStudy;
const BY_SLUG = `query($s: String!) { caseStudy(slug: $s) { id } }`;
const CREATE = `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { slug } }`;
type Slugs = { caseStudies: { edges: Array<{ node: { slug: string } }> } };
/** Who reads the drafts of A: its officers and the coordinators (ADR 0008). */
const readsDraftsOfA = (role: RoleName) => role === 'officerA' || role === 'coordinator';

/**
 * Every operation of the knowledge issue (case studies, review, reuse, reports, statistics,
 * search) × every role. Topics are in the membership matrix, events in their own.
 * Answers in the order of ROLES: anonymous, member, officerA, officerB, officerS, coordinator, disabled.
 */
const ROWS = [
  row<Slugs, Study>({
    name: 'caseStudies', document: `{ caseStudies(first: 50) { edges { node { slug } } } }`, answers: [OK, OK, OK, OK, OK, OK, UNAUTH], setup: made('PUBLISHED'),
    then: (d, study) => expect(d.caseStudies.edges.map((e) => e.node.slug)).toContain(study.slug),
  }),
  row<Slugs, Study>({
    // Lists widen to drafts only within what the caller may read: the others get a list without it.
    name: 'caseStudies (status: DRAFT)', document: `{ caseStudies(first: 50, filter: { status: [DRAFT] }) { edges { node { slug } } } }`,
    answers: [OK, OK, OK, OK, OK, OK, UNAUTH], setup: made('DRAFT'),
    then: (d, study, role) => expect(d.caseStudies.edges.map((e) => e.node.slug).includes(study.slug)).toBe(readsDraftsOfA(role)),
  }),
  ...(
    [
      ['caseStudy (PUBLIC)', [OK, OK, OK, OK, OK, OK, UNAUTH], made('PUBLISHED')],
      ['caseStudy (NETWORK)', [HIDDEN, OK, OK, OK, OK, OK, UNAUTH], made('PUBLISHED', { visibility: 'NETWORK' })],
      ['caseStudy (draft of A)', [HIDDEN, HIDDEN, OK, HIDDEN, HIDDEN, OK, UNAUTH], made('DRAFT')],
    ] as const
  ).map(([name, answers, setup]) =>
    row<{ caseStudy: { id: string } }, Study>({ name, answers, setup, document: BY_SLUG, then: (d, study) => expect(d.caseStudy.id).toBe(study.id) }),
  ),
  row<{ createCaseStudy: { slug: string } }>({
    // A coordinator belongs to no municipality, so must name one (the next row); S is suspended.
    name: 'createCaseStudy (own municipality)', document: CREATE, answers: [UNAUTH, FORBID, OK, OK, FORBID, 'BAD_USER_INPUT', UNAUTH],
    setup: async () => ({ variables: { i: { ...base, title: `Eigener Fall ${unique()}` } }, state: undefined }),
    then: async (d, _s, role) =>
      expect(await readBack(d.createCaseStudy.slug)).toMatchObject({ status: 'DRAFT', municipality: { id: role === 'officerB' ? cast.b.id : cast.a.id } }),
  }),
  row<{ createCaseStudy: { slug: string } }>({
    name: 'createCaseStudy (for A)', document: CREATE, answers: [UNAUTH, FORBID, OK, FORBID, FORBID, OK, UNAUTH],
    setup: async () => ({ variables: { i: { ...base, title: `Fall für A ${unique()}`, municipalityId: cast.a.id } }, state: undefined }),
    then: async (d) => expect(await readBack(d.createCaseStudy.slug)).toMatchObject({ status: 'DRAFT', municipality: { id: cast.a.id } }),
  }),
  row<unknown, Study>({
    // B's officer cannot read A's draft: it does not exist for them (ADR 0017).
    name: 'updateCaseStudy (draft of A)', document: `mutation($id: ID!) { updateCaseStudy(id: $id, input: { title: "Neu" }) { id } }`,
    answers: [UNAUTH, FORBID, OK, HIDDEN, HIDDEN, OK, UNAUTH], setup: made('DRAFT'),
    then: async (_d, study) => expect(await readBack(study.slug)).toMatchObject({ title: 'Neu', status: 'DRAFT', revision: 1 }),
  }),
  row<unknown, Study>({
    name: 'updateCaseStudy (published of A)', document: `mutation($id: ID!) { updateCaseStudy(id: $id, input: { title: "Neu" }) { id } }`,
    answers: [UNAUTH, FORBID, OK, FORBID, FORBID, OK, UNAUTH], setup: made('PUBLISHED'),
    then: async (_d, study) => expect(await readBack(study.slug)).toMatchObject({ title: 'Neu', status: 'PUBLISHED', revision: 2 }),
  }),
  row<unknown, Study>({
    name: 'updateCaseStudy (publiccode.yml on published of A)', document: UPDATE_SOFTWARE,
    answers: [UNAUTH, FORBID, OK, FORBID, FORBID, OK, UNAUTH], setup: withYml(PUBLICCODE),
    then: async (_d, study) => expect(await readSoftware(study.slug)).toMatchObject({ software: { name: 'Medusa', platform: 'OPEN_CODE' }, revision: 2 }),
  }),
  row<unknown, Study>({
    // Refusals come before the file is read: only those who may edit learn what is wrong with it.
    name: 'updateCaseStudy (bad publiccode.yml on published of A)', document: UPDATE_SOFTWARE,
    answers: [UNAUTH, FORBID, 'BAD_USER_INPUT', FORBID, FORBID, 'BAD_USER_INPUT', UNAUTH], setup: withYml(PUBLICCODE.replace('AGPL-3.0-or-later', 'frei')),
  }),
  row<unknown, Study>({
    // A suspended municipality's published content stays, but its officers may no longer change it.
    name: 'updateCaseStudy (published of S)', document: `mutation($id: ID!) { updateCaseStudy(id: $id, input: { title: "Neu" }) { id } }`,
    answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH],
    setup: async () => {
      const study = await publishedOfS();
      return { variables: { id: study.id }, state: study };
    },
    then: async (_d, study) => expect(await readBack(study.slug)).toMatchObject({ title: 'Neu', status: 'PUBLISHED', municipality: { id: cast.s.id } }),
  }),
  row<unknown, Study>({
    name: 'submitCaseStudy (draft of A)', document: `mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`,
    answers: [UNAUTH, FORBID, OK, HIDDEN, HIDDEN, OK, UNAUTH], setup: made('DRAFT'),
    // A coordinator's own submission publishes at once (SPEC §3).
    then: async (_d, study, role) =>
      expect(await readBack(study.slug)).toMatchObject(role === 'coordinator' ? { status: 'PUBLISHED', publishedAt: expect.any(String) } : { status: 'IN_REVIEW', publishedAt: null }),
  }),
  row<unknown, Study>({
    name: 'archiveCaseStudy (published of A)', document: `mutation($id: ID!) { archiveCaseStudy(id: $id) { status } }`,
    answers: [UNAUTH, FORBID, OK, FORBID, FORBID, OK, UNAUTH], setup: made('PUBLISHED'),
    then: async (_d, study) => expect((await readBack(study.slug)).status).toBe('ARCHIVED'),
  }),
  row<{ reviewQueue: { edges: Array<{ node: { subjectId: string } }> } }, Study>({
    name: 'reviewQueue', document: `{ reviewQueue(first: 100) { edges { node { subjectId } } } }`, answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH], setup: made('IN_REVIEW'),
    then: (d, study) => expect(d.reviewQueue.edges.map((e) => e.node.subjectId)).toContain(study.id),
  }),
  row<unknown, Study>({
    name: 'approve', document: `mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH], setup: made('IN_REVIEW'),
    then: async (_d, study) => {
      expect(await readBack(study.slug)).toMatchObject({ status: 'PUBLISHED', publishedAt: expect.any(String) });
      expect(await lastDecision(study.slug)).toEqual({ decision: 'APPROVED', comment: null });
    },
  }),
  ...(
    [
      ['requestChanges', 'CHANGES_REQUESTED', 'Bitte ergänzen'],
      ['reject', 'REJECTED', 'Kein Praxisbeispiel'],
    ] as const
  ).map(([operation, status, comment]) =>
    row<unknown, Study>({
      name: operation, document: `mutation($id: ID!) { ${operation}(subjectId: $id, comment: "${comment}") { subjectId } }`,
      answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH], setup: made('IN_REVIEW'),
      then: async (_d, study) => {
        expect(await readBack(study.slug)).toMatchObject({ status, publishedAt: null });
        expect(await lastDecision(study.slug)).toEqual({ decision: status, comment });
      },
    }),
  ),
  row<{ requestReuse: { id: string } }, Study>({
    // A owns it: a rule about this item, not about the role (CONFLICT, ADR 0008); S may not write.
    name: 'requestReuse', document: `mutation($id: ID!) { requestReuse(caseStudyId: $id, message: "Bitte") { id } }`,
    answers: [UNAUTH, FORBID, 'CONFLICT', OK, FORBID, FORBID, UNAUTH], setup: made('PUBLISHED'),
    then: async (d, study) => {
      expect((await readBack(study.slug)).reuseRequests).toEqual([{ id: d.requestReuse.id, status: 'REQUESTED' }]);
      expect(await reuseIds('RECEIVED', 'officerA')).toContain(d.requestReuse.id);
    },
  }),
  row<never, Study>({
    // Archived case studies stay readable by link but are no offer to reuse (CONFLICT, for the owner too).
    name: 'requestReuse (archived of A)', document: `mutation($id: ID!) { requestReuse(caseStudyId: $id, message: "Bitte") { id } }`,
    answers: [UNAUTH, FORBID, 'CONFLICT', 'CONFLICT', FORBID, FORBID, UNAUTH],
    setup: async () => {
      const study = await create('PUBLISHED');
      await cast.read(`mutation($id: ID!) { archiveCaseStudy(id: $id) { status } }`, { id: study.id });
      return { variables: { id: study.id }, state: study };
    },
  }),
  ...(
    [
      // B asked: B sees its request but only A decides. C asked: for B it does not exist.
      ['updateReuseRequest (B asks A)', [UNAUTH, FORBID, OK, FORBID, HIDDEN, OK, UNAUTH], () => reuseRequest()],
      ['updateReuseRequest (C asks A)', [UNAUTH, FORBID, OK, HIDDEN, HIDDEN, OK, UNAUTH], () => reuseRequest(officerC)],
      // S is suspended: its officers see the request but no longer decide it.
      ['updateReuseRequest (B asks S)', [UNAUTH, FORBID, HIDDEN, FORBID, FORBID, OK, UNAUTH], () => reuseRequest(undefined, publishedOfS)],
    ] as const
  ).map(([name, answers, request]) =>
    row<unknown, { id: string; study: Study }>({
      name, answers, document: `mutation($id: ID!) { updateReuseRequest(id: $id, status: IN_TALKS) { status } }`,
      setup: async () => {
        const r = await request();
        return { variables: { id: r.id }, state: r };
      },
      then: async (_d, r) => expect((await readBack(r.study.slug)).reuseRequests).toEqual([{ id: r.id, status: 'IN_TALKS' }]),
    }),
  ),
  ...(
    [
      // Each officer sees their municipality's requests; a coordinator without one sees all.
      ['RECEIVED', ['officerA', 'coordinator']],
      ['SENT', ['officerB', 'coordinator']],
    ] as const
  ).map(([direction, sees]) =>
    row<{ reuseRequests: { edges: Array<{ node: { id: string } }> } }, string>({
      name: `reuseRequests (${direction})`, document: `{ reuseRequests(direction: ${direction}, first: 100) { edges { node { id } } } }`,
      answers: [UNAUTH, FORBID, OK, OK, OK, OK, UNAUTH],
      setup: async () => ({ state: (await reuseRequest()).id }),
      then: (d, id, role) => expect(d.reuseRequests.edges.map((e) => e.node.id).includes(id)).toBe((sees as readonly RoleName[]).includes(role)),
    }),
  ),
  ...(
    [
      ['reportContent (published)', [UNAUTH, OK, OK, OK, OK, OK, UNAUTH], made('PUBLISHED')],
      ['reportContent (draft of A)', [UNAUTH, HIDDEN, OK, HIDDEN, HIDDEN, OK, UNAUTH], made('DRAFT')],
    ] as const
  ).map(([name, answers, setup]) =>
    row<{ reportContent: { id: string } }, Study>({
      name, answers, setup, document: `mutation($id: ID!) { reportContent(subjectId: $id, reason: INCORRECT, note: "Veraltet") { id } }`,
      then: async (d) => expect(await reportIds('OPEN')).toContain(d.reportContent.id),
    }),
  ),
  row<{ reports: { edges: Array<{ node: { id: string } }> } }, string>({
    name: 'reports', document: `{ reports(first: 100) { edges { node { id } } } }`, answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH],
    setup: async () => ({ state: await report() }),
    then: (d, id) => expect(d.reports.edges.map((e) => e.node.id)).toContain(id),
  }),
  row<unknown, string>({
    name: 'resolveReport', document: `mutation($id: ID!) { resolveReport(id: $id, action: DISMISS) { status } }`, answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH],
    setup: async () => {
      const id = await report();
      return { variables: { id }, state: id };
    },
    then: async (_d, id) => {
      expect(await reportIds('DISMISSED')).toContain(id);
      expect(await reportIds('OPEN')).not.toContain(id);
    },
  }),
  row<{ networkStats: Array<{ slug: string; caseStudies: number }> }>({
    name: 'networkStats', document: `{ networkStats(from: "2020-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z") { slug caseStudies } }`,
    answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH], setup: nothing,
    then: (d) => expect(d.networkStats.find((m) => m.slug === cast.a.slug)?.caseStudies).toBeGreaterThan(0),
  }),
  row<{ networkStatsTotals: { municipalities: number; caseStudies: number } }>({
    name: 'networkStatsTotals', document: `{ networkStatsTotals(from: "2020-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z") { municipalities caseStudies } }`,
    answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH], setup: nothing,
    then: (d) => expect(d.networkStatsTotals).toMatchObject({ municipalities: expect.any(Number), caseStudies: expect.any(Number) }),
  }),
  row<{ search: { edges: Array<{ node: { id: string } }> } }, Study>({
    name: 'search', document: `{ search(query: "Videosprechstunde", first: 50) { edges { node { ... on CaseStudy { id } } } } }`,
    answers: [OK, OK, OK, OK, OK, OK, UNAUTH], setup: made('PUBLISHED', { title: `Videosprechstunde ${unique()}` }),
    then: (d, study) => expect(d.search.edges.map((e) => e.node.id)).toContain(study.id),
  }),
];

describe('authorization matrix (case studies, review, reuse, moderation)', () => {
  beforeAll(async () => {
    cast = await Cast.assemble(await startTestGateway(), '07335034', '07315000');
    officerC = (await makeUser(cast.gw.app, { role: 'OFFICER', municipality: await makeMunicipality(cast.gw.app, '07211000') })).token;
  });
  afterAll(() => cast.gw.close());

  it.each(cells(ROWS))('$name as $role → $answer', ({ row: r, role, answer }) => runCell(cast, r, role, answer, WRITABLE_TABLES));
});

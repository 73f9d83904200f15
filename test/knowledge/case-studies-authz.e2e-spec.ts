import { randomUUID } from 'node:crypto';
import { AuthService, MunicipalityEntity, UserService } from '@ikone/membership';
import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';
import { snapshot } from '../support/snapshot';

type RoleName = 'anonymous' | 'member' | 'officerA' | 'officerB' | 'coordinator' | 'disabled';
const ROLES: RoleName[] = ['anonymous', 'member', 'officerA', 'officerB', 'coordinator', 'disabled'];
const EVERYONE: RoleName[] = ['anonymous', 'member', 'officerA', 'officerB', 'coordinator'];
const SIGNED_IN: RoleName[] = ['member', 'officerA', 'officerB', 'coordinator'];
const TABLES = [
  'case_study', 'case_study_topic', 'case_study_co_owner', 'content_revision', 'review_decision', 'reuse_request', 'report',
  'audit_entry', 'outbox_event', 'topic',
];

interface Operation {
  name: string;
  document: string;
  allowed: RoleName[];
  /** Denied cells for signed-in roles answer NOT_FOUND instead of FORBIDDEN (the item is invisible to them). */
  hiddenFrom?: RoleName[];
  /** Cells refused by a business rule rather than by role, with the code they answer. */
  ruleFor?: Partial<Record<RoleName, string>>;
  setup: () => Promise<Record<string, unknown>>;
}

const base = {
  title: 'Digitale Sprechstunde', summary: 'Termine per Video.', maturity: 'PILOT', visibility: 'PUBLIC', topicSlugs: ['verwaltungsdigitalisierung'],
};

/**
 * Every operation of the knowledge issue (case studies, review, reuse, reports, statistics,
 * search, topics) × every role: allowed cells succeed, refused cells are denied and change nothing.
 */
describe('authorization matrix (case studies, review, reuse, moderation)', () => {
  let gw: TestGateway;
  let a: MunicipalityEntity;
  let b: MunicipalityEntity;
  const tokens: Partial<Record<RoleName, string>> = {};
  const operations: Operation[] = [];

  beforeAll(async () => {
    gw = await startTestGateway();
    a = await makeMunicipality(gw.app, '07335034');
    b = await makeMunicipality(gw.app, '07315000');
    for (const [role, options] of [
      ['member', { role: 'MEMBER', municipality: a }],
      ['officerA', { role: 'OFFICER', municipality: a }],
      ['officerB', { role: 'OFFICER', municipality: b }],
      ['coordinator', { role: 'COORDINATOR' }],
      ['disabled', { role: 'OFFICER', municipality: a }],
    ] as const) {
      const made = await makeUser(gw.app, options);
      tokens[role] = made.token;
      if (role === 'disabled') {
        const coordinator = await gw.app.get(AuthService).resolveActor(JSON.parse(Buffer.from(tokens.coordinator!.split('.')[1], 'base64url').toString()));
        await gw.app.get(UserService).disable(coordinator, made.user.id);
      }
    }
    const unique = () => randomUUID().slice(0, 8);
    const create = async (status: 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED', extra: Record<string, unknown> = {}) => {
      const res = await gw.gql<{ createCaseStudy: { id: string; slug: string } }>(
        `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id slug } }`,
        { i: { ...base, title: `Fall ${unique()}`, ...extra } },
        tokens.officerA,
      );
      const { id, slug } = res.data!.createCaseStudy;
      if (status !== 'DRAFT') await gw.gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id }, tokens.officerA);
      if (status === 'PUBLISHED') await gw.gql(`mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, { id }, tokens.coordinator);
      return { id, slug };
    };
    const reuseRequest = async () => {
      const study = await create('PUBLISHED');
      const res = await gw.gql<{ requestReuse: { id: string } }>(
        `mutation($id: ID!) { requestReuse(caseStudyId: $id, message: "Gern") { id } }`,
        { id: study.id },
        tokens.officerB,
      );
      return res.data!.requestReuse.id;
    };
    const report = async () => {
      const study = await create('PUBLISHED');
      const res = await gw.gql<{ reportContent: { id: string } }>(
        `mutation($id: ID!) { reportContent(subjectId: $id, reason: SPAM) { id } }`,
        { id: study.id },
        tokens.member,
      );
      return res.data!.reportContent.id;
    };

    operations.push(
      { name: 'caseStudies', document: `{ caseStudies { totalCount } }`, allowed: EVERYONE, setup: async () => ({}) },
      { name: 'caseStudy (public)', document: `query($s: String!) { caseStudy(slug: $s) { id } }`, allowed: EVERYONE, setup: async () => ({ s: (await create('PUBLISHED')).slug }) },
      {
        name: 'caseStudy (network)', document: `query($s: String!) { caseStudy(slug: $s) { id } }`, allowed: SIGNED_IN,
        setup: async () => ({ s: (await create('PUBLISHED', { visibility: 'NETWORK' })).slug }),
      },
      {
        name: 'caseStudy (draft of A)', document: `query($s: String!) { caseStudy(slug: $s) { id } }`, allowed: ['officerA', 'coordinator'],
        hiddenFrom: ['member', 'officerB'], setup: async () => ({ s: (await create('DRAFT')).slug }),
      },
      {
        name: 'createCaseStudy', document: `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id } }`,
        allowed: ['officerA', 'officerB'],
        ruleFor: { coordinator: 'BAD_USER_INPUT' }, // a coordinator without a municipality must name one
        setup: async () => ({ i: { ...base, municipalityId: undefined } }),
      },
      {
        name: 'createCaseStudy (for another municipality)', document: `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id } }`,
        allowed: ['officerA', 'coordinator'],
        setup: async () => ({ i: { ...base, municipalityId: a.id } }),
      },
      {
        name: 'updateCaseStudy', document: `mutation($id: ID!) { updateCaseStudy(id: $id, input: { title: "Neu" }) { id } }`,
        allowed: ['officerA', 'coordinator'], setup: async () => ({ id: (await create('DRAFT')).id }),
      },
      {
        name: 'submitCaseStudy', document: `mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`,
        allowed: ['officerA', 'coordinator'], setup: async () => ({ id: (await create('DRAFT')).id }),
      },
      {
        name: 'archiveCaseStudy', document: `mutation($id: ID!) { archiveCaseStudy(id: $id) { status } }`,
        allowed: ['officerA', 'coordinator'], setup: async () => ({ id: (await create('PUBLISHED')).id }),
      },
      { name: 'reviewQueue', document: `{ reviewQueue { totalCount } }`, allowed: ['coordinator'], setup: async () => ({}) },
      {
        name: 'approve', document: `mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, allowed: ['coordinator'],
        setup: async () => ({ id: (await create('IN_REVIEW')).id }),
      },
      {
        name: 'requestChanges', document: `mutation($id: ID!) { requestChanges(subjectId: $id, comment: "Bitte ergänzen") { subjectId } }`,
        allowed: ['coordinator'], setup: async () => ({ id: (await create('IN_REVIEW')).id }),
      },
      {
        name: 'reject', document: `mutation($id: ID!) { reject(subjectId: $id, comment: "Kein Praxisbeispiel") { subjectId } }`,
        allowed: ['coordinator'], setup: async () => ({ id: (await create('IN_REVIEW')).id }),
      },
      {
        name: 'requestReuse', document: `mutation($id: ID!) { requestReuse(caseStudyId: $id, message: "Bitte") { id } }`,
        allowed: ['officerB'], ruleFor: { officerA: 'CONFLICT' }, // A owns it
        setup: async () => ({ id: (await create('PUBLISHED')).id }),
      },
      {
        name: 'updateReuseRequest', document: `mutation($id: ID!) { updateReuseRequest(id: $id, status: IN_TALKS) { status } }`,
        allowed: ['officerA', 'coordinator'], setup: async () => ({ id: await reuseRequest() }),
      },
      {
        name: 'reuseRequests (received)', document: `{ reuseRequests(direction: RECEIVED) { totalCount edges { node { id caseStudy { id } } } } }`,
        allowed: ['officerA', 'officerB', 'coordinator'], setup: async () => {
          await reuseRequest();
          return {};
        },
      },
      {
        name: 'reuseRequests (sent)', document: `{ reuseRequests(direction: SENT) { totalCount } }`,
        allowed: ['officerA', 'officerB', 'coordinator'], setup: async () => ({}),
      },
      {
        name: 'reportContent', document: `mutation($id: ID!) { reportContent(subjectId: $id, reason: INCORRECT, note: "Veraltet") { id } }`,
        allowed: SIGNED_IN, setup: async () => ({ id: (await create('PUBLISHED')).id }),
      },
      { name: 'reports', document: `{ reports { totalCount } }`, allowed: ['coordinator'], setup: async () => ({}) },
      {
        name: 'resolveReport', document: `mutation($id: ID!) { resolveReport(id: $id, action: DISMISS) { status } }`,
        allowed: ['coordinator'], setup: async () => ({ id: await report() }),
      },
      {
        name: 'networkStats', document: `{ networkStats(from: "2020-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z") { name } }`,
        allowed: ['coordinator'], setup: async () => ({}),
      },
      {
        name: 'networkStatsTotals', document: `{ networkStatsTotals(from: "2020-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z") { municipalities } }`,
        allowed: ['coordinator'], setup: async () => ({}),
      },
      { name: 'search', document: `{ search(query: "Sprechstunde") { totalCount } }`, allowed: EVERYONE, setup: async () => ({}) },
      {
        name: 'createTopic', document: `mutation($i: CreateTopicInput!) { createTopic(input: $i) { id } }`, allowed: ['coordinator'],
        setup: async () => ({ i: { slug: `thema-${unique()}`, name: 'Thema', nameEn: 'Topic' } }),
      },
    );
  });
  afterAll(() => gw.close());

  it.each(ROLES)('as %s: allowed cells succeed, refused cells change nothing', async (role) => {
    const failures: string[] = [];
    for (const op of operations) {
      const variables = await op.setup();
      const before = await snapshot(gw.db, TABLES);
      const res = await gw.gql(op.document, variables, tokens[role]);
      if (op.allowed.includes(role)) {
        if (res.errors) failures.push(`${op.name}: expected success, got ${JSON.stringify(res.errors[0])}`);
        continue;
      }
      const rule = op.ruleFor?.[role];
      const expected = rule ? [rule] : role === 'anonymous' || role === 'disabled' ? ['UNAUTHENTICATED', 'NOT_FOUND'] : op.hiddenFrom?.includes(role) ? ['NOT_FOUND'] : ['FORBIDDEN', 'NOT_FOUND'];
      const code = res.errors?.[0]?.extensions?.code;
      if (role === 'disabled' ? code !== 'UNAUTHENTICATED' : !expected.includes(code as string)) {
        failures.push(`${op.name}: expected ${expected.join('|')}, got ${JSON.stringify(res.errors ?? res.data)}`);
      }
      if (JSON.stringify(await snapshot(gw.db, TABLES)) !== JSON.stringify(before)) failures.push(`${op.name}: refused but the database changed`);
    }
    expect(failures).toEqual([]);
  });
});

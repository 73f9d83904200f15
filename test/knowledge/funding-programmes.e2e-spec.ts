import { randomUUID } from 'node:crypto';
import { startTestGateway } from '../support/gateway';
import { snapshot, WRITABLE_TABLES } from '../support/snapshot';
import { Cast, cells, FORBID, nothing, OK, row, runCell, UNAUTH } from '../support/matrix';

const unique = () => randomUUID().slice(0, 8);
let cast: Cast;

type Programme = { id: string; name: string; provider: string; url: string | null; deadline: string | null; topics: Array<{ slug: string }> };
const FIELDS = `id name provider url deadline topics { slug }`;
const CREATE = `mutation($i: FundingProgrammeInput!) { createFundingProgramme(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: FundingProgrammeInput!) { updateFundingProgramme(id: $id, input: $i) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteFundingProgramme(id: $id) }`;
const LIST = `query($t: String, $d: Int) { fundingProgrammes(topicSlug: $t, deadlineWithinDays: $d) { ${FIELDS} } }`;

/** An ISO date `days` from today (UTC; the tests stay clear of midnight by using whole weeks). */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const input = (extra: Record<string, unknown> = {}) => ({
  name: `Digitale Dörfer ${unique()}`, provider: 'Land Rheinland-Pfalz', url: 'https://www.digitale-doerfer.de/', deadline: inDays(14),
  topicSlugs: ['verwaltungsdigitalisierung'], ...extra,
});
const made = async (extra: Record<string, unknown> = {}): Promise<Programme> =>
  (await cast.read<{ createFundingProgramme: Programme }>(CREATE, { i: input(extra) })).createFundingProgramme;
const all = async (): Promise<Programme[]> => (await cast.read<{ fundingProgrammes: Programme[] }>(LIST, {}, 'anonymous')).fundingProgrammes;

/** Reading is public; every write is the coordination office's (SPEC §2, §4a). */
const ROWS = [
  row<{ fundingProgrammes: Programme[] }, Programme>({
    name: 'fundingProgrammes', document: LIST, answers: [OK, OK, OK, OK, OK, OK, UNAUTH],
    setup: async () => ({ state: await made() }),
    then: (d, p) => expect(d.fundingProgrammes.map((x) => x.id)).toContain(p.id),
  }),
  row<{ createFundingProgramme: Programme }>({
    name: 'createFundingProgramme', document: CREATE, answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH],
    setup: async () => ({ variables: { i: input() }, state: undefined }),
    then: async (d) => expect((await all()).find((p) => p.id === d.createFundingProgramme.id)).toMatchObject({ provider: 'Land Rheinland-Pfalz' }),
  }),
  row<{ updateFundingProgramme: Programme }, Programme>({
    name: 'updateFundingProgramme', document: UPDATE, answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH],
    setup: async () => {
      const p = await made();
      return { variables: { id: p.id, i: input({ name: `Umbenannt ${unique()}`, deadline: null, topicSlugs: ['open-data'] }) }, state: p };
    },
    then: async (d, p) => {
      const read = (await all()).find((x) => x.id === p.id);
      expect(read).toMatchObject({ name: d.updateFundingProgramme.name, deadline: null, topics: [{ slug: 'open-data' }] });
    },
  }),
  row<{ deleteFundingProgramme: string }, Programme>({
    name: 'deleteFundingProgramme', document: DELETE, answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH],
    setup: async () => {
      const p = await made();
      return { variables: { id: p.id }, state: p };
    },
    then: async (d, p) => {
      expect(d.deleteFundingProgramme).toBe(p.id);
      expect((await all()).map((x) => x.id)).not.toContain(p.id);
    },
  }),
  row<{ fundingProgrammes: Programme[] }>({
    name: 'fundingProgrammes (deadline window)', document: `{ fundingProgrammes(deadlineWithinDays: 30) { id deadline } }`,
    answers: [OK, OK, OK, OK, OK, OK, UNAUTH], setup: nothing,
    then: (d) => d.fundingProgrammes.forEach((p) => expect(p.deadline! >= inDays(-1) && p.deadline! <= inDays(31)).toBe(true)),
  }),
];

describe('funding programmes', () => {
  beforeAll(async () => {
    cast = await Cast.assemble(await startTestGateway(), '07335034', '07315000');
  });
  afterAll(() => cast.gw.close());

  describe('authorization matrix', () => {
    it.each(cells(ROWS))('$name as $role → $answer', ({ row: r, role, answer }) => runCell(cast, r, role, answer, WRITABLE_TABLES));
  });

  describe('bad input', () => {
    const cases: Array<{ name: string; document: string; variables: () => Promise<Record<string, unknown>> | Record<string, unknown>; code: string; field: string }> = [
      { name: 'create: empty name', document: CREATE, variables: () => ({ i: input({ name: '' }) }), code: 'BAD_USER_INPUT', field: 'input.name' },
      { name: 'create: name too long', document: CREATE, variables: () => ({ i: input({ name: 'x'.repeat(201) }) }), code: 'BAD_USER_INPUT', field: 'input.name' },
      { name: 'create: link not a URL', document: CREATE, variables: () => ({ i: input({ url: 'kein link' }) }), code: 'BAD_USER_INPUT', field: 'input.url' },
      { name: 'create: javascript link', document: CREATE, variables: () => ({ i: input({ url: 'javascript:alert(1)' }) }), code: 'BAD_USER_INPUT', field: 'input.url' },
      { name: 'create: deadline in German format', document: CREATE, variables: () => ({ i: input({ deadline: '31.03.2027' }) }), code: 'BAD_USER_INPUT', field: 'input.deadline' },
      { name: 'create: deadline not a day', document: CREATE, variables: () => ({ i: input({ deadline: '2027-02-30' }) }), code: 'BAD_USER_INPUT', field: 'input.deadline' },
      { name: 'create: unknown topic', document: CREATE, variables: () => ({ i: input({ topicSlugs: ['gibt-es-nicht'] }) }), code: 'BAD_USER_INPUT', field: 'input.topicSlugs' },
      { name: 'update: unknown topic', document: UPDATE, variables: async () => ({ id: (await made()).id, i: input({ topicSlugs: ['open-data', 'gibt-es-nicht'] }) }), code: 'BAD_USER_INPUT', field: 'input.topicSlugs' },
      { name: 'update: bad deadline', document: UPDATE, variables: async () => ({ id: (await made()).id, i: input({ deadline: '2027-13-01' }) }), code: 'BAD_USER_INPUT', field: 'input.deadline' },
      { name: 'update: id not a uuid', document: UPDATE, variables: () => ({ id: '42', i: input() }), code: 'BAD_USER_INPUT', field: 'id' },
      { name: 'update: unknown id', document: UPDATE, variables: () => ({ id: randomUUID(), i: input() }), code: 'NOT_FOUND', field: 'id' },
      { name: 'delete: unknown id', document: DELETE, variables: () => ({ id: randomUUID() }), code: 'NOT_FOUND', field: 'id' },
      { name: 'list: window over a year', document: LIST, variables: () => ({ d: 400 }), code: 'BAD_USER_INPUT', field: 'deadlineWithinDays' },
      {
        name: 'case study: unknown programme', document: `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id } }`,
        variables: () => ({ i: { title: 'Fall', summary: 'S', maturity: 'PILOT', visibility: 'PUBLIC', topicSlugs: ['open-data'], fundingProgrammeId: randomUUID(), municipalityId: cast.a.id } }),
        code: 'BAD_USER_INPUT', field: 'input.fundingProgrammeId',
      },
    ];

    it.each(cases)('$name → $code naming $field, nothing stored', async (c) => {
      const variables = await c.variables();
      const before = await snapshot(cast.gw.db, WRITABLE_TABLES);
      const res = await cast.gw.gql(c.document, variables, cast.people.coordinator.token);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: c.code, field: c.field });
      expect(res.errors?.[0]?.message).toMatch(/\S/);
      expect(await snapshot(cast.gw.db, WRITABLE_TABLES)).toEqual(before);
    });
  });

  describe('case studies refer to a programme', () => {
    const STUDY = `fundingProgramme fundingUrl fundedBy { id name deadline }`;

    it('an officer picks a programme; readers see it; deleting the programme leaves its name as free text', async () => {
      const programme = await made({ name: `Smarte Region ${unique()}`, url: 'https://example.org/smarte-region' });
      const created = await cast.gw.gql<{ createCaseStudy: { id: string; slug: string } }>(
        `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id slug } }`,
        { i: { title: `Gefördert ${unique()}`, summary: 'S', maturity: 'PILOT', visibility: 'PUBLIC', topicSlugs: ['open-data'], fundingProgrammeId: programme.id } },
        cast.people.officerA.token,
      );
      expect(created.errors).toBeUndefined();
      const { id, slug } = created.data!.createCaseStudy;
      await cast.read(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id }, 'officerA');
      await cast.read(`mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, { id });
      const read = async () => (await cast.read<{ caseStudy: Record<string, unknown> }>(`query($s: String!) { caseStudy(slug: $s) { ${STUDY} } }`, { s: slug }, 'anonymous')).caseStudy;
      expect(await read()).toMatchObject({ fundingProgramme: null, fundedBy: { id: programme.id, name: programme.name, deadline: programme.deadline } });

      // The list reads the programme for a whole page at once.
      const list = await cast.read<{ caseStudies: { edges: Array<{ node: { id: string; fundedBy: { id: string } | null } }> } }>(
        `{ caseStudies(first: 50) { edges { node { id fundedBy { id } } } } }`, {}, 'anonymous');
      expect(list.caseStudies.edges.find((e) => e.node.id === id)?.node.fundedBy).toEqual({ id: programme.id });

      // Taking it off again through an edit.
      await cast.read(`mutation($id: ID!) { updateCaseStudy(id: $id, input: { fundingProgrammeId: null }) { id } }`, { id }, 'officerA');
      expect((await read()).fundedBy).toBeNull();
      await cast.read(`mutation($id: ID!, $p: ID) { updateCaseStudy(id: $id, input: { fundingProgrammeId: $p }) { id } }`, { id, p: programme.id }, 'officerA');
      expect((await read()).fundedBy).toMatchObject({ id: programme.id });

      await cast.read(DELETE, { id: programme.id });
      expect(await read()).toMatchObject({ fundedBy: null, fundingProgramme: programme.name, fundingUrl: 'https://example.org/smarte-region' });
    });

    it('lists by topic and by deadline window, soonest deadline first, and records each write in the audit log', async () => {
      const topic = 'mobilitaet';
      const later = await made({ topicSlugs: [topic], deadline: inDays(21) });
      const sooner = await made({ topicSlugs: [topic, 'open-data'], deadline: inDays(7) });
      const far = await made({ topicSlugs: [topic], deadline: inDays(70) });
      const past = await made({ topicSlugs: [topic], deadline: inDays(-7) });
      const none = await made({ topicSlugs: [topic], deadline: null });
      const other = await made({ topicSlugs: ['open-data'], deadline: inDays(3) });
      const byTopic = (await cast.read<{ fundingProgrammes: Programme[] }>(LIST, { t: topic }, 'anonymous')).fundingProgrammes.map((p) => p.id);
      expect(byTopic.filter((id) => [later.id, sooner.id, far.id, past.id, none.id].includes(id))).toEqual([past.id, sooner.id, later.id, far.id, none.id]);
      expect(byTopic).not.toContain(other.id);
      const soon = (await cast.read<{ fundingProgrammes: Programme[] }>(LIST, { t: topic, d: 30 }, 'member')).fundingProgrammes.map((p) => p.id);
      expect(soon).toEqual(expect.arrayContaining([sooner.id, later.id]));
      expect(soon).not.toEqual(expect.arrayContaining([far.id]));
      expect(soon.some((id) => [far.id, past.id, none.id, other.id].includes(id))).toBe(false);
      await cast.read(UPDATE, { id: sooner.id, i: input({ name: 'Neuer Name' }) });
      const audit = await cast.read<{ auditLog: { edges: Array<{ node: { action: string; actorId: string } }> } }>(
        `query($id: String!) { auditLog(filter: { subjectId: $id }, first: 10) { edges { node { action actorId } } } }`, { id: sooner.id });
      expect(audit.auditLog.edges.map((e) => e.node.action).sort()).toEqual(['funding-programme.created', 'funding-programme.updated']);
      expect(audit.auditLog.edges.every((e) => e.node.actorId === cast.people.coordinator.id)).toBe(true);
    });
  });
});

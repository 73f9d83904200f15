import { randomUUID } from 'node:crypto';
import type { MunicipalityEntity } from '@ikone/membership';
import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';
import { snapshot } from '../support/snapshot';

const TABLES = ['case_study', 'case_study_topic', 'case_study_co_owner', 'content_revision', 'review_decision', 'reuse_request', 'report', 'audit_entry', 'outbox_event'];
const base = { title: 'Digitale Sprechstunde', summary: 'Termine per Video.', maturity: 'PILOT', visibility: 'PUBLIC', topicSlugs: ['verwaltungsdigitalisierung'] };

/** Bad input on every knowledge mutation: BAD_USER_INPUT (or CONFLICT/NOT_FOUND) naming the field; nothing stored. */
describe('bad input (case studies, review, reuse, reports)', () => {
  let gw: TestGateway;
  let a: MunicipalityEntity;
  let officer: string;
  let coordinator: string;
  let published: { id: string };
  let draft: { id: string };
  let foreign: { officer: string; municipality: string };
  let coordinatorId: string;

  beforeAll(async () => {
    gw = await startTestGateway();
    a = await makeMunicipality(gw.app, '07335034');
    officer = (await makeUser(gw.app, { role: 'OFFICER', municipality: a })).token;
    const coordinatorUser = await makeUser(gw.app, { role: 'COORDINATOR' });
    coordinator = coordinatorUser.token;
    coordinatorId = coordinatorUser.user.id;
    const b = await makeMunicipality(gw.app, '07315000');
    foreign = { officer: (await makeUser(gw.app, { role: 'OFFICER', municipality: b })).user.id, municipality: b.id };
    const make = async () =>
      (await gw.gql<{ createCaseStudy: { id: string } }>(`mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id } }`, { i: base }, officer)).data!
        .createCaseStudy;
    draft = await make();
    published = await make();
    await gw.gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id: published.id }, officer);
    await gw.gql(`mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, { id: published.id }, coordinator);
  });
  afterAll(() => gw.close());

  const create = `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id } }`;
  const update = `mutation($id: ID!, $i: UpdateCaseStudyInput!) { updateCaseStudy(id: $id, input: $i) { id } }`;
  const cases: Array<{ name: string; document: string; variables: () => Record<string, unknown>; as?: 'coordinator'; code: string; field: string }> = [
    { name: 'create: no topic', document: create, variables: () => ({ i: { ...base, topicSlugs: [] } }), code: 'BAD_USER_INPUT', field: 'input.topicSlugs' },
    { name: 'create: unknown topic', document: create, variables: () => ({ i: { ...base, topicSlugs: ['gibt-es-nicht'] } }), code: 'BAD_USER_INPUT', field: 'input.topicSlugs' },
    { name: 'create: summary over 300 characters', document: create, variables: () => ({ i: { ...base, summary: 'x'.repeat(301) } }), code: 'BAD_USER_INPUT', field: 'input.summary' },
    { name: 'create: empty title', document: create, variables: () => ({ i: { ...base, title: '' } }), code: 'BAD_USER_INPUT', field: 'input.title' },
    { name: 'create: negative costs', document: create, variables: () => ({ i: { ...base, costOneOff: -5 } }), code: 'BAD_USER_INPUT', field: 'input.costOneOff' },
    { name: 'create: unknown maturity', document: create, variables: () => ({ i: { ...base, maturity: 'GREAT' } }), code: 'BAD_USER_INPUT', field: 'i.maturity' },
    { name: 'create: javascript link', document: create, variables: () => ({ i: { ...base, links: [{ label: 'x', url: 'javascript:alert(1)' }] } }), code: 'BAD_USER_INPUT', field: 'input.links.0.url' },
    { name: 'create: funding link not http', document: create, variables: () => ({ i: { ...base, fundingUrl: 'ftp://example.org' } }), code: 'BAD_USER_INPUT', field: 'input.fundingUrl' },
    { name: 'create: unknown contact', document: create, variables: () => ({ i: { ...base, contactId: randomUUID() } }), code: 'BAD_USER_INPUT', field: 'input.contactId' },
    { name: 'create: contact of another municipality', document: create, variables: () => ({ i: { ...base, contactId: foreign.officer } }), code: 'BAD_USER_INPUT', field: 'input.contactId' },
    { name: 'create: a coordinator as contact', document: create, variables: () => ({ i: { ...base, contactId: coordinatorId } }), code: 'BAD_USER_INPUT', field: 'input.contactId' },
    { name: 'update: contact of another municipality', document: update, variables: () => ({ id: draft.id, i: { contactId: foreign.officer } }), code: 'BAD_USER_INPUT', field: 'input.contactId' },
    { name: 'update: foreign contact while setting no co-owners', document: update, variables: () => ({ id: draft.id, i: { contactId: foreign.officer, coOwnerIds: [] } }), code: 'BAD_USER_INPUT', field: 'input.contactId' },
    { name: 'create: unknown co-owner', document: create, variables: () => ({ i: { ...base, coOwnerIds: [randomUUID()] } }), code: 'BAD_USER_INPUT', field: 'input.coOwnerIds' },
    { name: 'create: status is not an input', document: `mutation { createCaseStudy(input: { title: "T", summary: "S", maturity: IDEA, visibility: PUBLIC, topicSlugs: ["open-data"], status: PUBLISHED }) { id } }`, variables: () => ({}), code: 'BAD_USER_INPUT', field: 'status' },
    { name: 'update: title too long', document: update, variables: () => ({ id: draft.id, i: { title: 'x'.repeat(201) } }), code: 'BAD_USER_INPUT', field: 'input.title' },
    { name: 'update: id not a uuid', document: update, variables: () => ({ id: '42', i: { title: 'x' } }), code: 'BAD_USER_INPUT', field: 'id' },
    { name: 'update: unknown id', document: update, variables: () => ({ id: randomUUID(), i: { title: 'x' } }), code: 'NOT_FOUND', field: 'id' },
    { name: 'submit: already published', document: `mutation($id: ID!) { submitCaseStudy(id: $id) { id } }`, variables: () => ({ id: published.id }), code: 'CONFLICT', field: 'id' },
    { name: 'archive: a draft', document: `mutation($id: ID!) { archiveCaseStudy(id: $id) { id } }`, variables: () => ({ id: draft.id }), code: 'CONFLICT', field: 'id' },
    { name: 'approve: not in review', document: `mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, as: 'coordinator', variables: () => ({ id: draft.id }), code: 'CONFLICT', field: 'subjectId' },
    { name: 'approve: unknown', document: `mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, as: 'coordinator', variables: () => ({ id: randomUUID() }), code: 'NOT_FOUND', field: 'subjectId' },
    { name: 'requestChanges: empty comment', document: `mutation($id: ID!) { requestChanges(subjectId: $id, comment: "") { subjectId } }`, as: 'coordinator', variables: () => ({ id: draft.id }), code: 'BAD_USER_INPUT', field: 'comment' },
    { name: 'reject: comment too long', document: `mutation($id: ID!, $c: String!) { reject(subjectId: $id, comment: $c) { subjectId } }`, as: 'coordinator', variables: () => ({ id: draft.id, c: 'x'.repeat(4001) }), code: 'BAD_USER_INPUT', field: 'comment' },
    { name: 'requestReuse: empty message', document: `mutation($id: ID!) { requestReuse(caseStudyId: $id, message: "") { id } }`, variables: () => ({ id: published.id }), code: 'BAD_USER_INPUT', field: 'message' },
    { name: 'requestReuse: unknown case study', document: `mutation($id: ID!) { requestReuse(caseStudyId: $id, message: "x") { id } }`, variables: () => ({ id: randomUUID() }), code: 'NOT_FOUND', field: 'caseStudyId' },
    { name: 'updateReuseRequest: REQUESTED is not a move', document: `mutation($id: ID!) { updateReuseRequest(id: $id, status: REQUESTED) { id } }`, variables: () => ({ id: randomUUID() }), code: 'BAD_USER_INPUT', field: 'status' },
    { name: 'reportContent: unknown reason', document: `mutation($id: ID!) { reportContent(subjectId: $id, reason: BORING) { id } }`, variables: () => ({ id: published.id }), code: 'BAD_USER_INPUT', field: 'reason' },
    { name: 'reportContent: unknown subject', document: `mutation($id: ID!) { reportContent(subjectId: $id, reason: SPAM) { id } }`, variables: () => ({ id: randomUUID() }), code: 'NOT_FOUND', field: 'subjectId' },
    { name: 'resolveReport: unknown', document: `mutation($id: ID!) { resolveReport(id: $id, action: DISMISS) { id } }`, as: 'coordinator', variables: () => ({ id: randomUUID() }), code: 'NOT_FOUND', field: 'id' },
    { name: 'networkStats: to before from', document: `{ networkStats(from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z") { name } }`, as: 'coordinator', variables: () => ({}), code: 'BAD_USER_INPUT', field: 'to' },
    { name: 'createTopic: name too long', document: `mutation($n: String!) { createTopic(input: { slug: "neu", name: $n, nameEn: "x" }) { id } }`, as: 'coordinator', variables: () => ({ n: 'x'.repeat(101) }), code: 'BAD_USER_INPUT', field: 'input.name' },
  ];

  it.each(cases)('$name → $code naming $field, nothing stored', async (c) => {
    const before = await snapshot(gw.db, TABLES);
    const res = await gw.gql(c.document, c.variables(), c.as === 'coordinator' ? coordinator : officer);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: c.code, field: c.field });
    expect(await snapshot(gw.db, TABLES)).toEqual(before);
  });

  it('accepts a contact of a co-owning municipality', async () => {
    const res = await gw.gql<{ createCaseStudy: { id: string } }>(create, { i: { ...base, coOwnerIds: [foreign.municipality], contactId: foreign.officer } }, officer);
    expect(res.errors).toBeUndefined();
    const updated = await gw.gql(update, { id: res.data!.createCaseStudy.id, i: { contactId: foreign.officer } }, officer);
    expect(updated.errors).toBeUndefined();
  });
});

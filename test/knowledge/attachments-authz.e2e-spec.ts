import { randomUUID } from 'node:crypto';
import { AttachmentService, CaseStudyService, EventService } from '@ikone/knowledge';
import type { Actor } from '@ikone/membership';
import { startTestGateway } from '../support/gateway';
import { WRITABLE_TABLES } from '../support/snapshot';
import { Cast, cells, FORBID, HIDDEN, OK, RoleName, ROLES, row, runCell, UNAUTH } from '../support/matrix';

let cast: Cast;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

const caseStudies = () => cast.gw.app.get(CaseStudyService);
const attachments = () => cast.gw.app.get(AttachmentService);
const newCaseStudy = (actor: Actor, extra: Record<string, unknown> = {}) =>
  caseStudies().create(actor, { title: `Anhang ${randomUUID().slice(0, 6)}`, summary: 'Kurz', maturity: 'PILOT', topicSlugs: ['open-data'], visibility: 'PUBLIC', ...extra });
/** A case study of A: its officer's draft, or published by a coordinator (of A, or of S). */
const draft = async () => (await newCaseStudy(cast.people.officerA.actor)).id;
const published = async (visibility: 'PUBLIC' | 'NETWORK' = 'PUBLIC', municipalityId = cast.a.id) => {
  const cs = await newCaseStudy(cast.people.coordinator.actor, { municipalityId, visibility });
  await caseStudies().submit(cast.people.coordinator.actor, cs.id);
  return cs.id;
};
const eventDraft = async () =>
  (await cast.gw.app.get(EventService).create(cast.people.officerA.actor, {
    title: 'Treffen', description: 'Treffen', startsAt: new Date('2030-05-05T08:00:00Z'), endsAt: new Date('2030-05-05T10:00:00Z'),
    format: 'ONLINE', onlineUrl: 'https://meet.example/raum', topicSlugs: ['open-data'], visibility: 'PUBLIC',
  })).id;
/** An attachment uploaded through the real path (upload URL, then the bytes) by a coordinator. */
const attached = async (itemId: string) => {
  const issued = await attachments().requestUpload(cast.people.coordinator.actor, { itemId, title: 'Bericht', licence: 'CC_BY_4_0', fileName: 'bericht.pdf', contentType: 'application/pdf', size: PDF.length });
  await attachments().receive(issued.token, PDF);
  return issued.attachment.id;
};
const titles = async (itemId: string): Promise<string[]> => (await attachments().forItems([itemId]))[0].map((a) => a.title);

const REQUEST = `mutation($i: RequestAttachmentUploadInput!) { requestAttachmentUpload(input: $i) { uploadUrl attachmentId } }`;
const requestFor = (make: () => Promise<string>) => async () => {
  const itemId = await make();
  return { variables: { i: { itemId, title: 'Plan', licence: 'CC0_1_0', fileName: 'plan.pdf', contentType: 'application/pdf', size: PDF.length } }, state: itemId };
};
/** An allowed request: the URL it hands out takes the bytes, and the attachment is listed. */
const uploadsAndLists = async (d: { requestAttachmentUpload: { uploadUrl: string } }, itemId: string) => {
  const put = await fetch(`${cast.gw.url}${new URL(d.requestAttachmentUpload.uploadUrl).pathname}`, { method: 'PUT', body: new Uint8Array(PDF) });
  expect(put.status).toBe(201);
  expect(await titles(itemId)).toEqual(['Plan']);
};
const removeFor = (make: () => Promise<string>) => async () => {
  const itemId = await make();
  return { variables: { id: await attached(itemId) }, state: itemId };
};
const REMOVE = `mutation($id: ID!) { removeAttachment(id: $id) }`;

/** Answers in the order of ROLES: anonymous, member, officerA, officerB, officerS, coordinator, disabled. */
const ROWS = [
  row<{ requestAttachmentUpload: { uploadUrl: string } }, string>({
    name: 'requestAttachmentUpload (draft of A)', document: REQUEST, answers: [UNAUTH, FORBID, OK, HIDDEN, HIDDEN, OK, UNAUTH], setup: requestFor(draft), then: uploadsAndLists,
  }),
  row<{ requestAttachmentUpload: { uploadUrl: string } }, string>({
    name: 'requestAttachmentUpload (published of A)', document: REQUEST, answers: [UNAUTH, FORBID, OK, FORBID, FORBID, OK, UNAUTH], setup: requestFor(() => published()), then: uploadsAndLists,
  }),
  row<{ requestAttachmentUpload: { uploadUrl: string } }, string>({
    // A suspended municipality's officers write nothing, attachments included.
    name: 'requestAttachmentUpload (published of S)', document: REQUEST, answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH],
    setup: requestFor(() => published('PUBLIC', cast.s.id)), then: uploadsAndLists,
  }),
  row<{ requestAttachmentUpload: { uploadUrl: string } }, string>({
    name: 'requestAttachmentUpload (event draft of A)', document: REQUEST, answers: [UNAUTH, FORBID, OK, HIDDEN, HIDDEN, OK, UNAUTH], setup: requestFor(eventDraft), then: uploadsAndLists,
  }),
  row<{ removeAttachment: string }, string>({
    name: 'removeAttachment (draft of A)', document: REMOVE, answers: [UNAUTH, FORBID, OK, HIDDEN, HIDDEN, OK, UNAUTH], setup: removeFor(draft),
    then: async (d, itemId) => {
      expect(d.removeAttachment).toBe(itemId);
      expect(await titles(itemId)).toEqual([]);
    },
  }),
  row<{ removeAttachment: string }, string>({
    name: 'removeAttachment (published of A)', document: REMOVE, answers: [UNAUTH, FORBID, OK, FORBID, FORBID, OK, UNAUTH], setup: removeFor(() => published()),
    then: async (_d, itemId) => expect(await titles(itemId)).toEqual([]),
  }),
  row<{ caseStudies: { edges: Array<{ node: { id: string; attachments: Array<{ title: string }> } }> } }, string>({
    // Attachments are read with their item: a NETWORK item (and so its files) is not listed for anonymous callers.
    name: 'CaseStudy.attachments (NETWORK)', document: `{ caseStudies(first: 100) { edges { node { id attachments { title } } } } }`,
    answers: [OK, OK, OK, OK, OK, OK, UNAUTH],
    setup: async () => {
      const id = await published('NETWORK');
      await attached(id);
      return { state: id };
    },
    then: (d, id, role) => {
      const node = d.caseStudies.edges.find((e) => e.node.id === id)?.node;
      expect(node?.attachments ?? null).toEqual(role === 'anonymous' ? null : [{ title: 'Bericht' }]);
    },
  }),
];

describe('authorization matrix (attachments)', () => {
  beforeAll(async () => {
    cast = await Cast.assemble(await startTestGateway(), '07312000', '07315000');
  });
  afterAll(() => cast.gw.close());

  it('covers every attachment operation', () => {
    expect([...new Set(ROWS.map((r) => r.name.split(' ')[0]))].sort()).toEqual(['CaseStudy.attachments', 'removeAttachment', 'requestAttachmentUpload']);
  });

  it.each(cells(ROWS))('$name as $role → $answer', ({ row: r, role, answer }) => runCell(cast, r, role, answer, WRITABLE_TABLES));

  /** GET /attachments/{id}/file per role: 200, or 404 as for an unknown id, or 401 for a token that stopped working. */
  it.each([
    ['draft of A', draft, [404, 404, 200, 404, 404, 200, 401]],
    ['published NETWORK of A', () => published('NETWORK'), [404, 200, 200, 200, 200, 200, 401]],
    ['published PUBLIC of A', () => published('PUBLIC'), [200, 200, 200, 200, 200, 200, 401]],
  ] as const)('download of a file of a %s', async (_name, make, expected) => {
    const id = await attached(await make());
    const answers: number[] = [];
    for (const role of ROLES) {
      const token = cast.token(role as RoleName);
      answers.push((await fetch(`${cast.gw.url}/attachments/${id}/file`, { headers: token ? { authorization: `Bearer ${token}` } : {} })).status);
    }
    expect(answers).toEqual(expected);
  });
});

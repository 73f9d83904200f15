import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import sharp from 'sharp';
import { CaseStudyService, EventService, UploadTokens } from '@ikone/knowledge';
import type { MunicipalityEntity } from '@ikone/membership';
import { actorOf as actorOfToken, makeMunicipality, makeUser, TEST_PASSWORD } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';

/** Attachments of case studies and events through the API and the upload URL (ADR 0022). */
describe('attachments', () => {
  let gw: TestGateway;
  let kl: MunicipalityEntity;
  let officer: Awaited<ReturnType<typeof makeUser>>;
  let officerB: Awaited<ReturnType<typeof makeUser>>;
  let member: Awaited<ReturnType<typeof makeUser>>;
  let coordinator: Awaited<ReturnType<typeof makeUser>>;

  const REQUEST = `mutation($i: RequestAttachmentUploadInput!) { requestAttachmentUpload(input: $i) { uploadUrl expiresAt maxBytes attachmentId } }`;

  beforeAll(async () => {
    gw = await startTestGateway({ ATTACHMENT_MAX_MB: '1', ATTACHMENTS_PER_ITEM: '3' });
    kl = await makeMunicipality(gw.app, '07312000');
    const b = await makeMunicipality(gw.app, '07315000');
    officer = await makeUser(gw.app, { role: 'OFFICER', municipality: kl });
    officerB = await makeUser(gw.app, { role: 'OFFICER', municipality: b });
    member = await makeUser(gw.app, { role: 'MEMBER', municipality: kl });
    coordinator = await makeUser(gw.app, { role: 'COORDINATOR' });
  });
  afterAll(() => gw.close());

  const actorOf = (token: string) => actorOfToken(gw.app, token);
  const draft = async (visibility: 'PUBLIC' | 'NETWORK' = 'PUBLIC') =>
    gw.app.get(CaseStudyService).create(await actorOf(officer.token), {
      title: `Fundbüro ${Math.random().toString(36).slice(2, 8)}`, summary: 'Fundsachen online', maturity: 'PILOT', topicSlugs: ['open-data'], visibility,
    });
  const publish = async (visibility: 'PUBLIC' | 'NETWORK' = 'PUBLIC') => {
    const cs = await draft(visibility);
    await gw.app.get(CaseStudyService).submit(await actorOf(coordinator.token), cs.id);
    return cs;
  };

  const png = (exif = true) =>
    sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 20, g: 90, b: 160 } } })
      .withExif(exif ? { IFD0: { Copyright: 'Geheime Kamera', Artist: 'Petra Privat' } } : {})
      .png()
      .toBuffer();
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

  const request = async (itemId: string, bytes: Buffer, overrides: Record<string, unknown> = {}, token = officer.token) =>
    gw.gql<{ requestAttachmentUpload: { uploadUrl: string; expiresAt: string; maxBytes: number; attachmentId: string } }>(
      REQUEST,
      { i: { itemId, title: 'Plakat', licence: 'CC_BY_4_0', fileName: 'plakat.png', contentType: 'image/png', size: bytes.length, ...overrides } },
      token,
    );
  /** PUT to the upload URL, on the test gateway's address. */
  const put = async (uploadUrl: string, bytes: Buffer) => {
    const response = await fetch(`${gw.url}${new URL(uploadUrl).pathname}`, { method: 'PUT', headers: { 'content-type': 'application/octet-stream' }, body: new Uint8Array(bytes) });
    return { status: response.status, body: (await response.json().catch(() => null)) as { reason?: string; scanStatus?: string; message?: string } | null };
  };
  const upload = async (itemId: string, bytes: Buffer, overrides: Record<string, unknown> = {}) => {
    const res = await request(itemId, bytes, overrides);
    expect(res.errors).toBeUndefined();
    const answer = await put(res.data!.requestAttachmentUpload.uploadUrl, bytes);
    expect(answer.status).toBe(201);
    return res.data!.requestAttachmentUpload.attachmentId;
  };
  const download = (path: string, token?: string) => fetch(`${gw.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const listed = async (slug: string, token?: string) =>
    (await gw.gql<{ caseStudy: { attachments: Array<{ id: string; title: string; licenceName: string; licenceUrl: string | null; contentType: string; scanStatus: string; downloadUrl: string | null; previewUrl: string | null; width: number | null }> } }>(
      `query($s: String!) { caseStudy(slug: $s) { attachments { id title licenceName licenceUrl contentType scanStatus downloadUrl previewUrl width } } }`,
      { s: slug },
      token,
    )).data?.caseStudy.attachments;

  it('stores an image without its metadata, with a preview, licence shown, visible only to the draft’s owners and coordinators', async () => {
    const cs = await draft();
    const original = await png();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const issued = await request(cs.id, original);
    expect(issued.errors).toBeUndefined();
    const { uploadUrl, maxBytes, attachmentId, expiresAt } = issued.data!.requestAttachmentUpload;
    expect(maxBytes).toBe(1_048_576);
    expect(new Date(expiresAt).getTime() - Date.now()).toBeGreaterThan(500_000);
    // Not listed before the bytes arrive.
    expect(await listed(cs.slug, officer.token)).toEqual([]);
    expect(await put(uploadUrl, original)).toEqual({ status: 201, body: expect.objectContaining({ id: attachmentId, contentType: 'image/png', scanStatus: 'NOT_SCANNED' }) });

    const [a] = (await listed(cs.slug, officer.token))!;
    expect(a).toMatchObject({ id: attachmentId, title: 'Plakat', licenceName: 'CC BY 4.0', licenceUrl: 'https://creativecommons.org/licenses/by/4.0/deed.de', contentType: 'image/png', width: 800 });
    const path = new URL(a.downloadUrl!).pathname;
    expect(path).toBe(`/attachments/${attachmentId}/file`);

    const file = await download(path, officer.token);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('cache-control')).toBe('private, no-store');
    const stored = Buffer.from(await file.arrayBuffer());
    const meta = await sharp(stored).metadata();
    expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(['png', 800, 600, undefined]);
    expect(stored.includes(Buffer.from('Petra Privat'))).toBe(false);

    const preview = await download(new URL(a.previewUrl!).pathname, officer.token);
    expect(preview.headers.get('content-type')).toBe('image/webp');
    expect(await sharp(Buffer.from(await preview.arrayBuffer())).metadata()).toMatchObject({ format: 'webp', width: 480, height: 360 });

    // A draft's files: its owners and the coordinators; everyone else as if there were none.
    expect((await download(path, coordinator.token)).status).toBe(200);
    for (const token of [undefined, member.token, officerB.token]) expect((await download(path, token)).status).toBe(404);
    expect((await download(`/attachments/00000000-0000-4000-8000-000000000000/file`)).status).toBe(404);
  });

  it('follows the item: PUBLIC files for anyone, NETWORK files for signed-in members only', async () => {
    const open = await publish('PUBLIC');
    const network = await publish('NETWORK');
    const openId = await upload(open.id, PDF, { fileName: 'Bericht.pdf', contentType: 'application/pdf', licence: 'DL_DE_BY_2_0' });
    const networkId = await upload(network.id, PDF, { fileName: 'intern.pdf', contentType: 'application/pdf', licence: 'ALL_RIGHTS_RESERVED' });

    const publicFile = await download(`/attachments/${openId}/file`);
    expect(publicFile.status).toBe(200);
    expect(publicFile.headers.get('content-disposition')).toBe(`attachment; filename="Bericht.pdf"; filename*=UTF-8''Bericht.pdf`);
    expect(publicFile.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(publicFile.headers.get('cache-control')).toBe('public, max-age=300');
    expect(Buffer.from(await publicFile.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await listed(open.slug))![0]).toMatchObject({ licenceName: 'DL-DE BY 2.0', previewUrl: null });

    expect((await download(`/attachments/${networkId}/file`)).status).toBe(404);
    expect(await listed(network.slug)).toBeUndefined(); // the item itself is NOT_FOUND for anonymous callers
    const asMember = await download(`/attachments/${networkId}/file`, member.token);
    expect(asMember.status).toBe(200);
    expect(asMember.headers.get('cache-control')).toBe('private, no-store');
    expect((await listed(network.slug, member.token))![0]).toMatchObject({ licenceName: 'Alle Rechte vorbehalten', licenceUrl: null });
    // A token that does not verify is refused, not treated as anonymous.
    expect((await download(`/attachments/${openId}/file`, 'kaputt')).status).toBe(401);
  });

  it('sniffs the type from the bytes: an .exe named .png, SVG and a PNG announced as PDF are refused', async () => {
    const cs = await draft();
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(400, 1)]);
    exe.writeUInt32LE(64, 60);
    const svg = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

    const refusedSvg = await request(cs.id, svg, { fileName: 'logo.svg', contentType: 'image/svg+xml' });
    expect(refusedSvg.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.contentType' });

    for (const [bytes, overrides] of [
      [exe, { fileName: 'foto.png' }],
      [svg, { fileName: 'logo.png' }],
      [await png(false), { fileName: 'bericht.pdf', contentType: 'application/pdf' }],
      [Buffer.from('\x89PNG\r\n\x1a\n kaputt kaputt kaputt kaputt kaputt kaputt'), { fileName: 'kaputt.png' }],
    ] as const) {
      const res = await request(cs.id, bytes, overrides);
      expect(res.errors).toBeUndefined();
      const answer = await put(res.data!.requestAttachmentUpload.uploadUrl, bytes);
      expect(answer).toMatchObject({ status: 415, body: { reason: 'CONTENT_MISMATCH' } });
      // The refused URL is used up.
      expect((await put(res.data!.requestAttachmentUpload.uploadUrl, bytes)).status).toBe(403);
    }
    expect(await listed(cs.slug, officer.token)).toEqual([]);
    expect(await gw.db.query(`select count(*)::int as n from attachment where case_study_id = $1 and state = 'STORED'`, [cs.id])).toEqual([{ n: 0 }]);
  });

  it('limits size (announced and sent) and count per item', async () => {
    const cs = await draft();
    const tooBig = await request(cs.id, Buffer.alloc(1_048_577));
    expect(tooBig.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.size' });

    // Announced small, sent large: the upload route stops reading at the limit.
    const small = await request(cs.id, PDF, { contentType: 'application/pdf', fileName: 'a.pdf' });
    const big = Buffer.concat([PDF, Buffer.alloc(1_048_576)]);
    expect((await put(small.data!.requestAttachmentUpload.uploadUrl, big)).status).toBe(413);
    // Sent other than announced.
    const other = await request(cs.id, PDF, { contentType: 'application/pdf', fileName: 'b.pdf' });
    expect(await put(other.data!.requestAttachmentUpload.uploadUrl, Buffer.concat([PDF, Buffer.from('x')]))).toMatchObject({ status: 400, body: { reason: 'SIZE_MISMATCH' } });

    // Three per item here (ATTACHMENTS_PER_ITEM=3); a refused upload frees its place, an unused URL
    // holds one until it expires.
    await upload(cs.id, PDF, { contentType: 'application/pdf', fileName: 'c.pdf' });
    await upload(cs.id, PDF, { contentType: 'application/pdf', fileName: 'd.pdf' });
    await request(cs.id, PDF, { contentType: 'application/pdf', fileName: 'e.pdf' });
    const fourth = await request(cs.id, PDF, { contentType: 'application/pdf', fileName: 'f.pdf' });
    expect(fourth.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.itemId' });
  });

  it('upload URLs are single-use, cannot be altered and expire', async () => {
    const cs = await draft();
    const bytes = await png(false);
    const first = (await request(cs.id, bytes)).data!.requestAttachmentUpload;
    const token = new URL(first.uploadUrl).pathname.split('/').pop()!;
    const [id, expiry, mac] = token.split('.');

    // Altered: another expiry, another id, another signature, garbage.
    const later = `${id}.${Number(expiry) + 3600}.${mac}`;
    const otherId = `${(await request(cs.id, bytes)).data!.requestAttachmentUpload.attachmentId}.${expiry}.${mac}`;
    const flipped = `${id}.${expiry}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [later, otherId, flipped, 'nichts']) {
      expect(await put(`http://x/attachments/uploads/${bad}`, bytes)).toMatchObject({ status: 403, body: { reason: 'UPLOAD_TOKEN_INVALID' } });
    }

    expect((await put(first.uploadUrl, bytes)).status).toBe(201);
    expect(await put(first.uploadUrl, bytes)).toMatchObject({ status: 409, body: { reason: 'UPLOAD_USED' } });
    expect((await listed(cs.slug, officer.token))!.length).toBe(1);

    // Expired: the clock moves past the URL's lifetime (600 s by default).
    const third = (await request(cs.id, bytes)).data!.requestAttachmentUpload;
    jest.useFakeTimers({ now: Date.now() + 601_000, doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] });
    try {
      expect(await put(third.uploadUrl, bytes)).toMatchObject({ status: 410, body: { reason: 'UPLOAD_EXPIRED' } });
    } finally {
      jest.useRealTimers();
    }
    // A token we signed ourselves for a past time is refused the same way (the expiry is in the signature).
    const past = new UploadTokens(gw.config.secrets.token).sign(third.attachmentId, new Date(Date.now() - 1000));
    expect(await put(`http://x/attachments/uploads/${past}`, bytes)).toMatchObject({ status: 410, body: { reason: 'UPLOAD_EXPIRED' } });
    expect((await listed(cs.slug, officer.token))!.length).toBe(1);
  });

  it('owners remove attachments: gone from the list, the download and the storage folder', async () => {
    const cs = await draft();
    const id = await upload(cs.id, await png(false));
    const folder = join(gw.dataDir, 'attachments', id);
    expect(readdirSync(folder).length).toBe(1);
    const refused = await gw.gql(`mutation($id: ID!) { removeAttachment(id: $id) }`, { id }, officerB.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const removed = await gw.gql<{ removeAttachment: string }>(`mutation($id: ID!) { removeAttachment(id: $id) }`, { id }, officer.token);
    expect(removed.data?.removeAttachment).toBe(cs.id);
    expect(await listed(cs.slug, officer.token)).toEqual([]);
    expect((await download(`/attachments/${id}/file`, officer.token)).status).toBe(404);
    expect(existsSync(folder)).toBe(false);
  });

  it('events carry attachments too', async () => {
    const event = await gw.app.get(EventService).create(await actorOf(officer.token), {
      title: 'Netzwerktreffen', description: 'Treffen', startsAt: new Date('2030-05-05T08:00:00Z'), endsAt: new Date('2030-05-05T10:00:00Z'),
      format: 'ON_SITE', location: 'Rathaus', topicSlugs: ['open-data'], visibility: 'PUBLIC',
    });
    const id = await upload(event.id, PDF, { fileName: 'Programm.pdf', contentType: 'application/pdf', licence: 'CC0_1_0' });
    const read = await gw.gql<{ event: { attachments: Array<{ id: string; licenceName: string }> } }>(`query($id: ID!) { event(id: $id) { attachments { id licenceName } } }`, { id: event.id }, officer.token);
    expect(read.data?.event.attachments).toEqual([{ id, licenceName: 'CC0 1.0' }]);
    expect((await download(`/attachments/${id}/file`)).status).toBe(404); // still a draft
  });

  it('the data export lists what a person uploaded; after account deletion the files stay with the content', async () => {
    const leaving = await makeUser(gw.app, { role: 'OFFICER', municipality: kl });
    const cs = await gw.app.get(CaseStudyService).create(await actorOf(leaving.token), {
      title: 'Bürgerbüro digital', summary: 'Termine online', maturity: 'PILOT', topicSlugs: ['open-data'], visibility: 'PUBLIC',
    });
    const res = await request(cs.id, PDF, { fileName: 'Ablauf.pdf', contentType: 'application/pdf', title: 'Ablauf' }, leaving.token);
    expect((await put(res.data!.requestAttachmentUpload.uploadUrl, PDF)).status).toBe(201);
    const exported = JSON.parse((await gw.gql<{ exportMyData: string }>(`{ exportMyData }`, {}, leaving.token)).data!.exportMyData);
    expect(exported.anhaengeHochgeladen).toEqual([
      { title: 'Ablauf', fileName: 'Ablauf.pdf', contentType: 'application/pdf', size: PDF.length, licence: 'CC_BY_4_0', item: 'Bürgerbüro digital', createdAt: expect.any(String) },
    ]);
    expect((await gw.gql(`mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: TEST_PASSWORD }, leaving.token)).errors).toBeUndefined();
    const [a] = (await listed(cs.slug, coordinator.token))!;
    expect(a.title).toBe('Ablauf');
    expect((await download(new URL(a.downloadUrl!).pathname, coordinator.token)).status).toBe(200);
  });
});

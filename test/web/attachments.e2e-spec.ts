import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { makeMunicipality, makeUser, TEST_PASSWORD } from '../support/factories';
import { csrfOf, publishAsCoordinator } from './support/content';
import { axeViolations, screenshot, signIn, startWebPlatform, visible, WebPlatform } from './support/web-platform';

type Person = Awaited<ReturnType<typeof makeUser>>;

/** Attachments in the browser: officers attach files in the editor (with and without JavaScript), visitors see and download them. */
describe('web: attachments', () => {
  let p: WebPlatform;
  let officer: Person;
  let member: Person;
  let coordinator: Person;
  let open: { id: string; slug: string };
  let network: { id: string; slug: string };

  const photo = () =>
    sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 200, g: 60, b: 40 } } })
      .withExif({ IFD0: { Artist: 'Olga Offizier', Copyright: 'Kamera im Rathaus' } })
      .png()
      .toBuffer();
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

  beforeAll(async () => {
    p = await startWebPlatform({ LOGIN_ATTEMPTS_PER_MINUTE: '200', LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '1000' });
    const kl = await makeMunicipality(p.gw.app, '07312000');
    officer = await makeUser(p.gw.app, { role: 'OFFICER', municipality: kl, displayName: 'Olga Offizier' });
    member = await makeUser(p.gw.app, { role: 'MEMBER', municipality: kl });
    coordinator = await makeUser(p.gw.app, { role: 'COORDINATOR', municipality: kl });
    open = await publishAsCoordinator(p.gw, coordinator.token, { title: 'Mängelmelder mit Fotos', topicSlugs: ['open-data'], municipalityId: kl.id });
    network = await publishAsCoordinator(p.gw, coordinator.token, { title: 'Interne Checkliste', topicSlugs: ['open-data'], municipalityId: kl.id, visibility: 'NETWORK' });
  });
  afterAll(async () => {
    await p?.close();
  });

  const signedIn = async (person: Person, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> => {
    const page = await (await p.newContext(options)).newPage();
    await signIn(page, person.email, TEST_PASSWORD);
    return page;
  };
  const editor = (slug: string) => `/meine-kommune/praxisbeispiele/${slug}/bearbeiten`;
  const section = (page: Page) => page.getByRole('region', { name: 'Anhänge' });

  it('an officer attaches a PNG with a licence in the editor by clicking; visitors see the preview and the licence and download it without metadata', async () => {
    const page = await signedIn(officer);
    await page.goto(editor(open.slug));
    await page.getByLabel('Titel des Anhangs').fill('Foto eines Schlaglochs');
    await page.getByLabel('Lizenz').selectOption({ label: 'CC BY 4.0 (Namensnennung)' });
    await page.getByLabel('Datei').setInputFiles({ name: 'schlagloch.png', mimeType: 'image/png', buffer: await photo() });
    await page.getByRole('button', { name: 'Anhang hochladen' }).click();
    await visible(page.getByText('Anhang „Foto eines Schlaglochs“ hochgeladen.'));
    expect(new URL(page.url()).pathname).toBe(editor(open.slug));
    await visible(section(page).getByRole('link', { name: 'Foto eines Schlaglochs' }));
    await visible(section(page).getByRole('button', { name: '„Foto eines Schlaglochs“ entfernen' }));
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();

    const visitor = await (await p.newContext()).newPage();
    await visitor.goto(`/praxisbeispiele/${open.slug}`);
    const list = visitor.getByRole('region', { name: 'Anhänge' });
    await visible(list);
    const licence = list.getByRole('link', { name: 'CC BY 4.0' });
    expect(await licence.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/deed.de');
    expect(await licence.getAttribute('rel')).toBe('license');
    const preview = list.locator('img');
    await preview.scrollIntoViewIfNeeded();
    await visitor.waitForFunction((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0, await preview.elementHandle());
    expect(await preview.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(480);
    expect(await axeViolations(visitor)).toEqual([]);
    await screenshot(visitor, 'anhaenge');

    const [download] = await Promise.all([visitor.waitForEvent('download'), list.getByRole('link', { name: 'Foto eines Schlaglochs' }).click()]);
    expect(download.suggestedFilename()).toBe('schlagloch.png');
    const bytes = Buffer.from(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks as Buffer[])));
    const meta = await sharp(bytes).metadata();
    expect([meta.format, meta.width, meta.exif]).toEqual(['png', 640, undefined]);
    expect(bytes.includes(Buffer.from('Olga Offizier'))).toBe(false);
    await visitor.context().close();
  });

  it('works without JavaScript: upload, refusals at the field, removal', async () => {
    const page = await signedIn(officer, { javaScriptEnabled: false });
    await page.goto(editor(network.slug));
    // No file chosen: the error summary, on the attachments page of the item.
    await page.getByLabel('Titel des Anhangs').fill('Checkliste');
    await page.getByRole('button', { name: 'Anhang hochladen' }).click();
    expect(await page.title()).toMatch(/^Fehler: Anhänge: Interne Checkliste/);
    await visible(page.getByRole('alert').getByRole('link', { name: 'Datei: Bitte eine Datei auswählen.' }));
    expect(await page.getByLabel('Titel des Anhangs').inputValue()).toBe('Checkliste');

    // An .exe named .png is refused by its bytes.
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(300, 7)]);
    exe.writeUInt32LE(64, 60);
    await page.getByLabel('Datei').setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: exe });
    await page.getByRole('button', { name: 'Anhang hochladen' }).click();
    await visible(page.getByRole('alert').getByRole('link', { name: /^Datei: Der Inhalt der Datei ist kein PDF/ }));
    // SVG is not offered as an image type at all.
    await page.getByLabel('Datei').setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') });
    await page.getByRole('button', { name: 'Anhang hochladen' }).click();
    await visible(page.getByRole('alert').getByRole('link', { name: 'Datei: Erlaubt sind PDF, JPEG, PNG und WebP.' }));

    await page.getByLabel('Lizenz').selectOption('DL_DE_BY_2_0');
    await page.getByLabel('Datei').setInputFiles({ name: 'checkliste.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('button', { name: 'Anhang hochladen' }).click();
    await visible(page.getByText('Anhang „Checkliste“ hochgeladen.'));
    expect(new URL(page.url()).pathname).toBe(editor(network.slug));
    const [row] = await p.gw.db.query(`select a.title, a.licence, a.content_type from attachment a join case_study c on c.id = a.case_study_id where c.slug = $1 and a.state = 'STORED'`, [network.slug]);
    expect(row).toEqual({ title: 'Checkliste', licence: 'DL_DE_BY_2_0', content_type: 'application/pdf' });
    const [{ id }] = await p.gw.db.query(`select a.id from attachment a join case_study c on c.id = a.case_study_id where c.slug = $1 and a.state = 'STORED'`, [network.slug]);

    // Network content's files: members download them through the web, anonymous visitors get 404.
    const memberPage = await signedIn(member);
    const asMember = await memberPage.request.get(`/anhaenge/${id}/datei`);
    expect([asMember.status(), Buffer.from(await asMember.body()).equals(PDF)]).toEqual([200, true]);
    const anonymous = await (await p.newContext()).newPage();
    expect((await anonymous.request.get(`/anhaenge/${id}/datei`)).status()).toBe(404);
    await anonymous.context().close();
    await memberPage.context().close();

    // A form without the CSRF token is refused before anything happens.
    const forged = await page.request.post(`${editor(network.slug)}/anhaenge`, {
      multipart: { anhangTitel: 'Fremd', anhangLizenz: 'CC0_1_0', anhangDatei: { name: 'x.pdf', mimeType: 'application/pdf', buffer: PDF } },
    });
    expect(forged.status()).toBe(403);
    const withToken = await page.request.post(`${editor(network.slug)}/anhaenge`, {
      multipart: { _csrf: await csrfOf(page), anhangTitel: 'Zweite', anhangLizenz: 'CC0_1_0', anhangDatei: { name: 'y.pdf', mimeType: 'application/pdf', buffer: PDF } },
      maxRedirects: 0,
    });
    expect(withToken.status()).toBe(303);

    await page.reload();
    await section(page).getByRole('button', { name: '„Checkliste“ entfernen' }).click();
    await visible(page.getByText('Anhang entfernt.'));
    expect(await section(page).getByRole('link', { name: 'Checkliste' }).count()).toBe(0);
    await page.context().close();
  });

  it('API clients upload and download through the one address (the web passes /attachments/* to the gateway)', async () => {
    // Larger than the 1 MB every other route takes.
    const big = Buffer.concat([PDF, Buffer.alloc(1_500_000, 32)]);
    const issued = await p.gw.gql<{ requestAttachmentUpload: { uploadUrl: string; attachmentId: string } }>(
      `mutation($i: RequestAttachmentUploadInput!) { requestAttachmentUpload(input: $i) { uploadUrl attachmentId } }`,
      { i: { itemId: open.id, title: 'Großer Bericht', licence: 'CC_BY_4_0', fileName: 'bericht.pdf', contentType: 'application/pdf', size: big.length } },
      officer.token,
    );
    const { uploadUrl, attachmentId } = issued.data!.requestAttachmentUpload;
    expect(uploadUrl.startsWith(`${p.url}/attachments/uploads/`)).toBe(true);
    const put = await fetch(uploadUrl, { method: 'PUT', headers: { 'content-type': 'application/octet-stream' }, body: new Uint8Array(big) });
    expect(put.status).toBe(201);
    const file = await fetch(`${p.url}/attachments/${attachmentId}/file`);
    expect([file.status, Buffer.from(await file.arrayBuffer()).equals(big)]).toEqual([200, true]);
    const [audit] = await p.gw.db.query(`select actor_label from audit_entry where action = 'attachment.added' and details->>'attachmentId' = $1`, [attachmentId]);
    expect(audit.actor_label).toBe(`Olga Offizier <${officer.email}>`);
  });

  it('the error page of the attachment form has no axe violations', async () => {
    const page = await signedIn(officer);
    await page.goto(`${editor(open.slug)}/anhaenge`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Anhänge: Mängelmelder mit Fotos');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Anhang hochladen' }).click();
    expect(await page.title()).toMatch(/^Fehler: /);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

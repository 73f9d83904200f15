import { randomUUID } from 'node:crypto';
import type { MunicipalityEntity } from '@ikone/membership';
import { makeMunicipality, makeUser, TEST_PASSWORD } from '../support/factories';
import type { TestGateway } from '../support/gateway';
import { MailPlatform, startMailPlatform } from '../notifications/mail-platform';
import { SmtpSink, waitFor } from '../notifications/smtp-sink';

type Made = Awaited<ReturnType<typeof makeUser>>;
const STUDY = `query($s: String!) { caseStudy(slug: $s) { contact { id displayName } contactRole { name holder { id } } } }`;
const ROLES = `query($s: String!) { municipality(slug: $s) { contactRoles { name holder { id } deputy { id } } } }`;

/**
 * Contacts are never orphaned (SPEC §3, ADR 0026): whoever leaves — disabled by the coordination
 * office, or deleting their own account — hands their roles to the deputy and their direct
 * contacts to the municipality's longest-serving officer, and the coordination office, the
 * municipality's officers and the new holders are told in the app and by email.
 */
describe('contacts never orphaned', () => {
  let platform: MailPlatform;
  let gw: TestGateway;
  let sink: SmtpSink;
  let coordinator: Made;

  const ok = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const res = await gw.gql<T>(query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const publish = async (officer: Made, title: string, contact: { contactId?: string; contactRoleId?: string }) => {
    const { createCaseStudy: study } = await ok<{ createCaseStudy: { id: string; slug: string } }>(
      `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id slug } }`,
      { i: { title, summary: 'Kurz erklärt.', maturity: 'PILOT', visibility: 'PUBLIC', topicSlugs: ['buergerbeteiligung'], ...contact } },
      officer.token,
    );
    await ok(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id: study.id }, officer.token);
    await ok(`mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, { id: study.id }, coordinator.token);
    return study;
  };
  const role = async (officer: Made, name: string, holderId: string, deputyId?: string) =>
    (await ok<{ createContactRole: { id: string } }>(
      `mutation($i: CreateContactRoleInput!) { createContactRole(input: $i) { id } }`, { i: { name, holderId, ...(deputyId ? { deputyId } : {}) } }, officer.token,
    )).createContactRole.id;
  /** The text of the handover email `address` got for `municipality`. */
  const handoverMail = (address: string, municipality: string) =>
    waitFor(`the handover email to ${address}`, async () => {
      for (const message of sink.to(address)) {
        const parsed = await message.parsed();
        if (parsed.subject === `Kontakte weitergegeben: ${municipality}`) return parsed.text ?? '';
      }
      return null;
    }, 30_000);
  const inApp = (token: string, municipality: string) =>
    waitFor('the in-app handover notice', async () => {
      const res = await gw.gql<{ notifications: { edges: Array<{ node: { kind: string; title: string; quote: string | null; link: string } }> } }>(
        `{ notifications(first: 20) { edges { node { kind title quote link } } } }`, {}, token,
      );
      return res.data?.notifications.edges.find((e) => e.node.kind === 'CONTACT_HANDED_OVER' && e.node.title === municipality)?.node;
    }, 30_000);
  const people = async (municipality: MunicipalityEntity, prefix: string) => {
    // Created in this order: the first officer is the longest-serving one.
    const senior = await makeUser(gw.app, { role: 'OFFICER', municipality, displayName: `${prefix} Dienstälteste`, email: `${prefix.toLowerCase()}-senior-${randomUUID().slice(0, 6)}@example.org` });
    const leaving = await makeUser(gw.app, { role: 'OFFICER', municipality, displayName: `${prefix} Geht` });
    const deputy = await makeUser(gw.app, { role: 'MEMBER', municipality, displayName: `${prefix} Vertretung`, email: `${prefix.toLowerCase()}-deputy-${randomUUID().slice(0, 6)}@example.org` });
    return { senior, leaving, deputy };
  };

  beforeAll(async () => {
    platform = await startMailPlatform();
    ({ gw, sink } = platform);
    coordinator = await makeUser(gw.app, { role: 'COORDINATOR', email: `koordination-${randomUUID().slice(0, 6)}@example.org` });
  }, 90_000);
  afterAll(() => platform?.close());

  it('disableUser: the deputy takes over the role, the longest-serving officer the direct contact; everyone concerned is told', async () => {
    const bann = await makeMunicipality(gw.app, '07335002');
    const { senior, leaving, deputy } = await people(bann, 'Bann');
    const roleId = await role(leaving, 'Digitalbeauftragte/r', leaving.user.id, deputy.user.id);
    const direct = await publish(leaving, 'Digitaler Gemeinderat Bann', { contactId: leaving.user.id });
    const viaRole = await publish(leaving, 'Bürgerhaushalt Bann', { contactRoleId: roleId });

    await ok(`mutation($id: ID!) { disableUser(id: $id) { status } }`, { id: leaving.user.id }, coordinator.token);

    expect((await ok<{ caseStudy: unknown }>(STUDY, { s: direct.slug })).caseStudy).toEqual({ contact: { id: senior.user.id, displayName: senior.user.displayName }, contactRole: null });
    expect((await ok<{ caseStudy: unknown }>(STUDY, { s: viaRole.slug })).caseStudy).toEqual({
      contact: { id: deputy.user.id, displayName: deputy.user.displayName }, contactRole: { name: 'Digitalbeauftragte/r', holder: { id: deputy.user.id } },
    });
    expect((await ok<{ municipality: { contactRoles: unknown[] } }>(ROLES, { s: bann.slug })).municipality.contactRoles).toEqual([
      { name: 'Digitalbeauftragte/r', holder: { id: deputy.user.id }, deputy: null },
    ]);

    for (const address of [coordinator.email, senior.email, deputy.email]) {
      const text = await handoverMail(address, 'Bann');
      expect(text).toContain('Eine Kontaktperson von Bann wurde gesperrt.');
      expect(text).toContain('Kontaktrolle „Digitalbeauftragte/r“ → Bann Vertretung');
      expect(text).toContain('„Digitaler Gemeinderat Bann“ → Bann Dienstälteste');
    }
    expect(await inApp(coordinator.token, 'Bann')).toMatchObject({ link: `/kommunen/${bann.slug}`, quote: expect.stringContaining('Bann Dienstälteste') });
    expect(await inApp(senior.token, 'Bann')).toBeTruthy();
    // The person who left hears nothing (their account is disabled).
    expect(sink.to(leaving.email).filter((m) => m.raw.toString().includes('Kontakte weitergegeben'))).toEqual([]);
  });

  it('deleteMyAccount: a role without deputy passes to the longest-serving officer, in the same step as the deletion', async () => {
    const erz = await makeMunicipality(gw.app, '07335005');
    const { senior, leaving } = await people(erz, 'Erzenhausen');
    await role(leaving, 'Datenschutz', leaving.user.id);
    const direct = await publish(leaving, 'Online-Terminvergabe Erzenhausen', { contactId: leaving.user.id });
    // The data export names the roles a person holds (DSGVO Art. 15).
    const exported = JSON.parse((await ok<{ exportMyData: string }>(`{ exportMyData }`, {}, leaving.token)).exportMyData);
    expect(exported.kontaktrollen).toEqual([{ name: 'Datenschutz', municipality: 'Erzenhausen', als: 'Inhaber/in' }]);

    await ok(`mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: TEST_PASSWORD }, leaving.token);

    expect((await ok<{ caseStudy: { contact: { id: string } } }>(STUDY, { s: direct.slug })).caseStudy.contact.id).toBe(senior.user.id);
    expect((await ok<{ municipality: { contactRoles: unknown[] } }>(ROLES, { s: erz.slug })).municipality.contactRoles).toEqual([
      { name: 'Datenschutz', holder: { id: senior.user.id }, deputy: null },
    ]);
    const text = await handoverMail(senior.email, 'Erzenhausen');
    expect(text).toContain('Eine Kontaktperson von Erzenhausen hat ihr Konto gelöscht.');
    expect(text).toContain('Kontaktrolle „Datenschutz“ → Erzenhausen Dienstälteste');
    await handoverMail(coordinator.email, 'Erzenhausen');
    // The handover and the deletion committed together: the event is in the outbox, the account erased.
    const [{ n }] = await gw.db.query(`select count(*)::int as n from outbox_event where type = 'knowledge.contacts-handed-over' and payload->>'userId' = $1`, [leaving.user.id]);
    expect(n).toBe(1);
    const [{ status }] = await gw.db.query(`select status from app_user where id = $1`, [leaving.user.id]);
    expect(status).toBe('DELETED');
  });

  it('a deputy who leaves stops being deputy, and the officers are told the role has none', async () => {
    const eul = await makeMunicipality(gw.app, '07335006');
    const { senior, deputy } = await people(eul, 'Eulenbis');
    await role(senior, 'Breitband', senior.user.id, deputy.user.id);
    await ok(`mutation($id: ID!) { disableUser(id: $id) { status } }`, { id: deputy.user.id }, coordinator.token);
    expect((await ok<{ municipality: { contactRoles: unknown[] } }>(ROLES, { s: eul.slug })).municipality.contactRoles).toEqual([
      { name: 'Breitband', holder: { id: senior.user.id }, deputy: null },
    ]);
    expect(await handoverMail(senior.email, 'Eulenbis')).toContain('Kontaktrolle „Breitband“ → Eulenbis Dienstälteste');
  });

  it('when nobody is left in the municipality, the contact stays as "ehemaliges Mitglied" and the coordination office is told to find someone', async () => {
    const mainz = await makeMunicipality(gw.app, '07315000');
    const last = await makeUser(gw.app, { role: 'OFFICER', municipality: mainz, displayName: 'Letzte Mainz' });
    const direct = await publish(last, 'Smarte Parkplätze Mainz', { contactId: last.user.id });
    await ok(`mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: TEST_PASSWORD }, last.token);
    expect((await ok<{ caseStudy: unknown }>(STUDY, { s: direct.slug })).caseStudy).toEqual({ contact: { id: null, displayName: 'ehemaliges Mitglied' }, contactRole: null });
    expect(await handoverMail(coordinator.email, 'Mainz')).toContain('„Smarte Parkplätze Mainz“ → niemand – bitte neu besetzen');
  });

  it('disabling someone who is nobody’s contact tells nobody', async () => {
    const frk = await makeMunicipality(gw.app, '07335010');
    const { leaving } = await people(frk, 'Frankenstein');
    await ok(`mutation($id: ID!) { disableUser(id: $id) { status } }`, { id: leaving.user.id }, coordinator.token);
    const [{ n }] = await gw.db.query(`select count(*)::int as n from outbox_event where type = 'knowledge.contacts-handed-over' and payload->>'userId' = $1`, [leaving.user.id]);
    expect(n).toBe(0);
  });
});

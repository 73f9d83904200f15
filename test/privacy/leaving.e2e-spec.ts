import { actorOf, makeMunicipality, makePartner, makeUser, TEST_PASSWORD } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';

/** Journey 6: a member downloads their data, then deletes their account. */
describe('leaving the network (DSGVO)', () => {
  let gw: TestGateway;
  let coordinator: string;

  beforeAll(async () => {
    gw = await startTestGateway();
    coordinator = (await makeUser(gw.app, { role: 'COORDINATOR' })).token;
  });
  afterAll(() => gw.close());

  it('exports everything, then erases the person while their case study stays with the municipality', async () => {
    const kl = await makeMunicipality(gw.app, '07312000');
    const officer = await makeUser(gw.app, { role: 'OFFICER', municipality: kl, displayName: 'Petra Privat', email: 'petra.privat@kaiserslautern.example' });
    const created = await gw.gql<{ createCaseStudy: { id: string; slug: string } }>(
      `mutation { createCaseStudy(input: { title: "Digitales Fundbüro", summary: "Fundsachen online melden.", maturity: OPERATIONAL, visibility: PUBLIC, topicSlugs: ["verwaltungsdigitalisierung"] }) { id slug } }`,
      {},
      officer.token,
    );
    const { id, slug } = created.data!.createCaseStudy;
    await gw.gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id }, officer.token);
    await gw.gql(`mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, { id }, coordinator);

    const exported = await gw.gql<{ exportMyData: string }>(`{ exportMyData }`, {}, officer.token);
    expect(exported.errors).toBeUndefined();
    const data = JSON.parse(exported.data!.exportMyData);
    expect(data.profil).toMatchObject({ email: 'petra.privat@kaiserslautern.example', displayName: 'Petra Privat', municipality: 'Kaiserslautern' });
    expect(data.praxisbeispieleAlsKontakt).toEqual([{ title: 'Digitales Fundbüro', slug, status: 'PUBLISHED' }]);
    expect(data.protokoll.map((p: { action: string }) => p.action)).toContain('case-study.created');

    const wrong = await gw.gql(`mutation { deleteMyAccount(password: "falsch-falsch") }`, {}, officer.token);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });

    const deleted = await gw.gql(`mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: TEST_PASSWORD }, officer.token);
    expect(deleted.errors).toBeUndefined();

    // Tokens stop at once, and the old address cannot sign in.
    expect((await gw.gql(`{ me { id } }`, {}, officer.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const login = await gw.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: officer.email, p: TEST_PASSWORD });
    expect(login.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // The case study stays, shown as by "ehemaliges Mitglied" of the municipality.
    const study = await gw.gql<{ caseStudy: { title: string; status: string; municipality: { name: string }; contact: { displayName: string; id: null } } }>(
      `query($s: String!) { caseStudy(slug: $s) { title status municipality { name } contact { id displayName } } }`,
      { s: slug },
    );
    expect(study.data?.caseStudy).toEqual({
      title: 'Digitales Fundbüro',
      status: 'PUBLISHED',
      municipality: { name: 'Kaiserslautern' },
      contact: { id: null, displayName: 'ehemaliges Mitglied' },
    });

    // No personal data is left in the account row.
    const [row] = await gw.db.query(`select email, display_name, password_hash, status from app_user where id = $1`, [officer.user.id]);
    expect(row).toEqual({ email: `geloescht-${officer.user.id}@ikone.invalid`, display_name: 'ehemaliges Mitglied', password_hash: null, status: 'DELETED' });
    expect(JSON.stringify(await gw.db.query(`select * from app_user where id = $1`, [officer.user.id]))).not.toMatch(/petra/i);

    // The audit log keeps who (id), what and when of their decisions, under a pseudonym (ADR 0007).
    const entries = (await gw.db.query(`select actor_label as label, action from audit_entry where actor_id = $1 order by id`, [officer.user.id])) as Array<{ label: string; action: string }>;
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['case-study.created', 'case-study.submitted', 'account.deleted']));
    expect(new Set(entries.map((e) => e.label))).toEqual(new Set(['ehemaliges Mitglied (Kaiserslautern)']));
    expect(JSON.stringify(await gw.db.query(`select actor_label, details from audit_entry`))).not.toMatch(/petra/i);
  });

  it('exports the partner organisation a person belongs to and their role in it; none for municipal accounts', async () => {
    const { officer } = await makePartner(gw.app, await actorOf(gw.app, coordinator), { name: 'Technische Universität Kaiserslautern-Landau', kind: 'UNIVERSITY' });
    const exported = JSON.parse((await gw.gql<{ exportMyData: string }>(`{ exportMyData }`, {}, officer.token)).data!.exportMyData);
    expect(exported.partnerorganisation).toEqual({ name: 'Technische Universität Kaiserslautern-Landau', kind: 'UNIVERSITY', role: 'OFFICER' });
    const municipal = await makeUser(gw.app, { municipality: await makeMunicipality(gw.app, '07312000') });
    expect(JSON.parse((await gw.gql<{ exportMyData: string }>(`{ exportMyData }`, {}, municipal.token)).data!.exportMyData).partnerorganisation).toBeNull();
  });

  it('keeps the audit log append-only outside the pseudonymisation, and the pseudonymisation to label and details', async () => {
    await expect(gw.db.query(`update audit_entry set actor_label = 'jemand' where id = (select max(id) from audit_entry)`)).rejects.toThrow(/append-only/);
    await expect(gw.db.query(`delete from audit_entry where id = (select max(id) from audit_entry)`)).rejects.toThrow(/append-only/);
    await expect(
      gw.db.transaction(async (m) => {
        await m.query(`select set_config('ikone.audit_pseudonymise', 'on', true)`);
        await m.query(`update audit_entry set action = 'anders' where id = (select max(id) from audit_entry)`);
      }),
    ).rejects.toThrow(/append-only/);
  });

  it('refuses anonymous callers', async () => {
    expect((await gw.gql(`{ exportMyData }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gw.gql(`mutation { deleteMyAccount(password: "x") }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

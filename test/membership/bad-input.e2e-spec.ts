import { randomUUID } from 'node:crypto';
import { InvitationService, MunicipalityEntity, TokenCodec } from '@ikone/membership';
import { makeMunicipality, makeUser, TEST_PASSWORD } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';
import { snapshot } from '../support/snapshot';

interface BadCase {
  name: string;
  document: string;
  variables: Record<string, unknown> | (() => Promise<Record<string, unknown>> | Record<string, unknown>);
  as?: 'coordinator' | 'officer' | 'anonymous';
  code: 'BAD_USER_INPUT' | 'CONFLICT' | 'NOT_FOUND';
  /** The field path the error must name. */
  field: string;
}

/** Bad input on every mutation: a clear error naming the field, never INTERNAL, nothing stored. */
describe('bad input', () => {
  let gw: TestGateway;
  let a: MunicipalityEntity;
  let coordinator: string;
  let officer: string;
  let existingEmail: string;
  const long = (n: number) => 'x'.repeat(n);

  beforeAll(async () => {
    gw = await startTestGateway();
    a = await makeMunicipality(gw.app, '07315000');
    coordinator = (await makeUser(gw.app, { role: 'COORDINATOR' })).token;
    const off = await makeUser(gw.app, { role: 'OFFICER', municipality: a });
    officer = off.token;
    existingEmail = off.email;
  });
  afterAll(() => gw.close());

  const apply = `mutation($i: ApplyForMembershipInput!) { applyForMembership(input: $i) { id } }`;
  const invite = `mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`;
  const accept = `mutation($t: String!, $n: String!, $p: String!) { acceptInvitation(token: $t, displayName: $n, password: $p) { accessToken } }`;
  const validApplication = { name: 'Zweckverband Digitale Westpfalz', kind: 'OTHER', state: 'RP', applicantName: 'Anna Antrag', applicantEmail: 'anna@example.org', motivation: 'Austausch' };
  const invitationToken = async (expired = false, used = false) => {
    const inv = await gw.db.transaction((m) =>
      gw.app.get(InvitationService).create(m, { email: `t-${randomUUID().slice(0, 6)}@example.org`, role: 'MEMBER', municipalityId: a.id }, null),
    );
    if (expired) await gw.db.query(`update invitation set expires_at = now() - interval '1 minute' where id = $1`, [inv.id]);
    if (used) await gw.db.query(`update invitation set accepted_at = now() where id = $1`, [inv.id]);
    return gw.app.get(TokenCodec).encode('invitation', inv.id);
  };

  const cases: BadCase[] = [
    { name: 'apply: missing applicant email', document: apply, variables: { i: { ...validApplication, applicantEmail: undefined } }, code: 'BAD_USER_INPUT', field: 'i' },
    { name: 'apply: malformed email', document: apply, variables: { i: { ...validApplication, applicantEmail: 'kein-at-zeichen' } }, code: 'BAD_USER_INPUT', field: 'input.applicantEmail' },
    { name: 'apply: motivation too long', document: apply, variables: { i: { ...validApplication, motivation: long(4001) } }, code: 'BAD_USER_INPUT', field: 'input.motivation' },
    { name: 'apply: empty name', document: apply, variables: { i: { ...validApplication, applicantName: '' } }, code: 'BAD_USER_INPUT', field: 'input.applicantName' },
    { name: 'apply: unknown AGS', document: apply, variables: { i: { ...validApplication, name: null, kind: null, state: null, ags: '99999999' } }, code: 'BAD_USER_INPUT', field: 'input.ags' },
    { name: 'apply: malformed AGS', document: apply, variables: { i: { ...validApplication, ags: '12ab' } }, code: 'BAD_USER_INPUT', field: 'input.ags' },
    { name: 'apply: no directory entry and no state', document: apply, variables: { i: { ...validApplication, state: null } }, code: 'BAD_USER_INPUT', field: 'input.state' },
    { name: 'apply: unknown state', document: apply, variables: { i: { ...validApplication, state: 'XX' } }, code: 'BAD_USER_INPUT', field: 'input.state' },
    { name: 'apply: website not http', document: apply, variables: { i: { ...validApplication, website: 'javascript:alert(1)' } }, code: 'BAD_USER_INPUT', field: 'input.website' },
    { name: 'apply: email has an account', document: apply, variables: () => ({ i: { ...validApplication, applicantEmail: existingEmail } }), code: 'CONFLICT', field: 'input.applicantEmail' },
    { name: 'apply: already a member', document: apply, variables: { i: { ...validApplication, name: null, kind: null, state: null, ags: '07315000' } }, code: 'CONFLICT', field: 'input.ags' },
    { name: 'invite: malformed email', document: invite, as: 'coordinator', variables: { i: { email: 'a@', role: 'MEMBER', municipalityId: null } }, code: 'BAD_USER_INPUT', field: 'input.email' },
    { name: 'invite: duplicate email', document: invite, as: 'coordinator', variables: () => ({ i: { email: existingEmail.toUpperCase(), role: 'MEMBER' } }), code: 'CONFLICT', field: 'input.email' },
    { name: 'invite: unknown role', document: invite, as: 'coordinator', variables: { i: { email: 'neu@example.org', role: 'KING' } }, code: 'BAD_USER_INPUT', field: 'i.role' },
    { name: 'invite: officer without municipality', document: invite, as: 'coordinator', variables: { i: { email: 'neu@example.org', role: 'OFFICER' } }, code: 'BAD_USER_INPUT', field: 'input.municipalityId' },
    { name: 'invite: municipality id not a uuid', document: invite, as: 'coordinator', variables: { i: { email: 'neu@example.org', role: 'MEMBER', municipalityId: 'abc' } }, code: 'BAD_USER_INPUT', field: 'input.municipalityId' },
    { name: 'invite: unknown municipality', document: invite, as: 'coordinator', variables: { i: { email: 'neu@example.org', role: 'MEMBER', municipalityId: randomUUID() } }, code: 'NOT_FOUND', field: 'input.municipalityId' },
    { name: 'accept: garbage token', document: accept, variables: { t: 'abc', n: 'Name', p: TEST_PASSWORD }, code: 'BAD_USER_INPUT', field: 'token' },
    { name: 'accept: expired invitation', document: accept, variables: async () => ({ t: await invitationToken(true), n: 'Name', p: TEST_PASSWORD }), code: 'BAD_USER_INPUT', field: 'token' },
    { name: 'accept: used invitation', document: accept, variables: async () => ({ t: await invitationToken(false, true), n: 'Name', p: TEST_PASSWORD }), code: 'CONFLICT', field: 'token' },
    { name: 'accept: password too short', document: accept, variables: async () => ({ t: await invitationToken(), n: 'Name', p: 'kurz' }), code: 'BAD_USER_INPUT', field: 'password' },
    { name: 'accept: password too common', document: accept, variables: async () => ({ t: await invitationToken(), n: 'Name', p: 'password123' }), code: 'BAD_USER_INPUT', field: 'password' },
    { name: 'accept: password too long', document: accept, variables: async () => ({ t: await invitationToken(), n: 'Name', p: long(129) }), code: 'BAD_USER_INPUT', field: 'password' },
    { name: 'accept: empty display name', document: accept, variables: async () => ({ t: await invitationToken(), n: '', p: TEST_PASSWORD }), code: 'BAD_USER_INPUT', field: 'displayName' },
    { name: 'reset: garbage token', document: `mutation { resetPassword(token: "x.y", password: "Neues-Passwort-2026") }`, variables: {}, code: 'BAD_USER_INPUT', field: 'token' },
    { name: 'request reset: malformed email', document: `mutation { requestPasswordReset(email: "nope") }`, variables: {}, code: 'BAD_USER_INPUT', field: 'email' },
    { name: 'decide: id not a uuid', document: `mutation { decideMembershipApplication(id: "1", approve: true) { id } }`, as: 'coordinator', variables: {}, code: 'BAD_USER_INPUT', field: 'id' },
    { name: 'decide: unknown application', document: `mutation($id: ID!) { decideMembershipApplication(id: $id, approve: true) { id } }`, as: 'coordinator', variables: { id: randomUUID() }, code: 'NOT_FOUND', field: 'id' },
    { name: 'suspend: empty reason', document: `mutation($id: ID!) { suspendMunicipality(id: $id, reason: "") { id } }`, as: 'coordinator', variables: () => ({ id: a.id }), code: 'BAD_USER_INPUT', field: 'reason' },
    { name: 'setUserRole: unknown user', document: `mutation($id: ID!) { setUserRole(id: $id, role: MEMBER) { id } }`, as: 'coordinator', variables: { id: randomUUID() }, code: 'NOT_FOUND', field: 'id' },
    { name: 'disableUser: id not a uuid', document: `mutation { disableUser(id: "'; drop table app_user; --") { id } }`, as: 'coordinator', variables: {}, code: 'BAD_USER_INPUT', field: 'id' },
    { name: 'createTopic: bad slug', document: `mutation { createTopic(input: { slug: "Bürger Beteiligung", name: "X", nameEn: "X" }) { id } }`, as: 'coordinator', variables: {}, code: 'BAD_USER_INPUT', field: 'input.slug' },
    { name: 'createTopic: taken slug', document: `mutation { createTopic(input: { slug: "buergerbeteiligung", name: "X", nameEn: "X" }) { id } }`, as: 'coordinator', variables: {}, code: 'CONFLICT', field: 'input.slug' },
    { name: 'login: email too long', document: `mutation($e: String!) { login(email: $e, password: "x") { accessToken } }`, variables: { e: long(300) }, code: 'BAD_USER_INPUT', field: 'email' },
    { name: 'list: page size too large', document: `{ directory(first: 1000) { totalCount } }`, variables: {}, code: 'BAD_USER_INPUT', field: 'first' },
    { name: 'list: malformed cursor', document: `{ directory(after: "%%%") { totalCount } }`, variables: {}, code: 'BAD_USER_INPUT', field: 'after' },
  ];

  it.each(cases)('$name → $code naming $field, nothing stored', async (c) => {
    const variables = typeof c.variables === 'function' ? await c.variables() : c.variables;
    const token = c.as === 'coordinator' ? coordinator : c.as === 'officer' ? officer : undefined;
    const before = await snapshot(gw.db);
    const res = await gw.gql(c.document, variables, token);
    const error = res.errors?.[0];
    expect(error?.extensions?.code).toBe(c.code);
    expect(error?.extensions?.field).toBe(c.field);
    expect(error?.message).toMatch(/[a-zäöü]/i);
    expect(await snapshot(gw.db)).toEqual(before);
  });

  it('tells the user in German which field is wrong, with an English message beside it', async () => {
    const res = await gw.gql(apply, { i: { ...validApplication, applicantEmail: 'kein-at-zeichen', motivation: long(4001) } });
    const ext = res.errors?.[0]?.extensions as { fields: Array<{ path: string; message: string; messageEn: string }> };
    expect(ext.fields).toEqual(
      expect.arrayContaining([
        { path: 'input.applicantEmail', message: 'muss eine gültige E-Mail-Adresse sein', messageEn: 'must be a valid email address' },
        { path: 'input.motivation', message: 'darf höchstens 4000 Zeichen lang sein', messageEn: 'must be at most 4000 characters long' },
      ]),
    );
    expect(res.errors?.[0]?.message).toMatch(/^Ungültige Eingabe/);
  });
});

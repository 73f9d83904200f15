import { randomUUID } from 'node:crypto';
import { AuthService, InvitationService, MembershipApplicationService, MunicipalityService, PasswordResetEntity, ProvisioningService, TokenCodec } from '@ikone/membership';
import { TEST_PASSWORD } from '../support/factories';
import { startTestGateway } from '../support/gateway';
import { WRITABLE_TABLES } from '../support/snapshot';
import { Cast, cells, FORBID, HIDDEN, nothing, OK, RoleName, row, runCell, UNAUTH } from '../support/matrix';

const unique = () => randomUUID().slice(0, 8);
let cast: Cast;

const ME = `{ me { id email role status } }`;
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`;
const MUNICIPALITY = `query($s: String!) { municipality(slug: $s) { name status } }`;
const USER = `query($s: String!, $st: UserStatus) { users(filter: { search: $s, status: $st }) { edges { node { id role status } } } }`;
const AUDIT = `query($a: String!, $s: String!) { auditLog(filter: { action: $a, subjectId: $s }) { totalCount } }`;

/** A fresh MEMBER of A, not one of the cast: for cells that act on an account. */
const freshUser = () =>
  cast.gw.app.get(ProvisioningService).createUser({
    email: `x-${unique()}@example.org`, displayName: 'Frische Person', password: TEST_PASSWORD, role: 'MEMBER', municipalityId: cast.a.id,
  });
/** A member municipality from the directory that no other cell uses. */
const freshMunicipality = async () => {
  const [{ ags }] = await cast.gw.db.query(`select ags from directory_entry d where state = 'RP' and not exists (select 1 from municipality m where m.ags = d.ags) limit 1`);
  return cast.gw.app.get(ProvisioningService).ensureMember(ags);
};
const apply = () =>
  cast.gw.app.get(MembershipApplicationService).apply({
    name: `Verbandsgemeinde ${unique()}`, kind: 'VERBANDSGEMEINDE', state: 'RP', applicantName: 'Bea Bewerbung', applicantEmail: `b-${unique()}@example.org`, motivation: 'Austausch',
  }, randomUUID());
const invite = () =>
  cast.gw.db.transaction((m) => cast.gw.app.get(InvitationService).create(m, { email: `inv-${unique()}@example.org`, role: 'MEMBER', municipalityId: cast.a.id }, null));
const invitationToken = (id: string) => cast.gw.app.get(TokenCodec).encode('invitation', id);
/** Signed-in cells that use an account up (sign out, new password, deletion) get one like the role's. */
const ownAccount = async (role: RoleName) => (role === 'anonymous' || role === 'disabled' ? undefined : cast.another(role));
const signsIn = async (email: string, password = TEST_PASSWORD) => (await cast.gw.gql(LOGIN, { e: email, p: password })).errors?.[0]?.extensions?.code ?? OK;
const meWith = async (token: string) => (await cast.gw.gql(ME, {}, token)).errors?.[0]?.extensions?.code ?? OK;
const userState = async (email: string, status = 'ACTIVE') =>
  (await cast.read<{ users: { edges: Array<{ node: { role: string; status: string } }> } }>(USER, { s: email, st: status })).users.edges.map((e) => e.node);

/**
 * Every operation of the membership issue, sign-in and the own account × every role.
 * Answers in the order of ROLES: anonymous, member, officerA, officerB, officerS, coordinator, disabled.
 */
const ROWS = [
  row<{ me: { id: string; role: string } }>({
    name: 'me', document: ME, answers: [UNAUTH, OK, OK, OK, OK, OK, UNAUTH], setup: nothing,
    then: (d, _s, role) => expect(d.me).toMatchObject({ id: cast.people[role as 'member'].id, role: cast.people[role as 'member'].actor.role }),
  }),
  row<{ municipalities: { edges: Array<{ node: { slug: string } }> } }>({
    name: 'municipalities', document: `{ municipalities(first: 100) { edges { node { slug } } } }`, answers: [OK, OK, OK, OK, OK, OK, UNAUTH], setup: nothing,
    then: (d) => expect(d.municipalities.edges.map((e) => e.node.slug)).toEqual(expect.arrayContaining([cast.a.slug, cast.b.slug])),
  }),
  row<{ municipality: { name: string; status: string } }, void>({
    name: 'municipality (ACTIVE)', document: MUNICIPALITY, answers: [OK, OK, OK, OK, OK, OK, UNAUTH],
    setup: async () => ({ variables: { s: cast.a.slug }, state: undefined }),
    then: (d) => expect(d.municipality).toEqual({ name: cast.a.name, status: 'ACTIVE' }),
  }),
  row<{ municipality: { status: string } }>({
    // ADR 0005: APPLIED and LEFT municipalities are the coordinators' business only.
    name: 'municipality (APPLIED)', document: MUNICIPALITY, answers: [HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, OK, UNAUTH],
    setup: async () => {
      const [{ slug }] = await cast.gw.db.query(`select m.slug from membership_application a join municipality m on m.id = a.municipality_id where a.id = $1`, [(await apply()).id]);
      return { variables: { s: slug }, state: undefined };
    },
    then: (d) => expect(d.municipality.status).toBe('APPLIED'),
  }),
  row<{ directory: { edges: Array<{ node: { name: string } }> } }>({
    name: 'directory', document: `{ directory(search: "Otterberg") { edges { node { name } } } }`, answers: [OK, OK, OK, OK, OK, OK, UNAUTH], setup: nothing,
    then: (d) => expect(d.directory.edges.map((e) => e.node.name)).toContain('Otterberg, Stadt'),
  }),
  row<{ topics: Array<{ slug: string }> }>({
    name: 'topics', document: `{ topics { slug } }`, answers: [OK, OK, OK, OK, OK, OK, UNAUTH], setup: nothing,
    then: (d) => expect(d.topics.map((t) => t.slug)).toContain('verwaltungsdigitalisierung'),
  }),
  row<{ membershipApplications: { edges: Array<{ node: { id: string; status: string } }> } }, string>({
    name: 'membershipApplications', document: `{ membershipApplications(first: 100) { edges { node { id status } } } }`, answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH],
    setup: async () => ({ state: (await apply()).id }),
    then: (d, id) => expect(d.membershipApplications.edges.map((e) => e.node)).toContainEqual({ id, status: 'APPLIED' }),
  }),
  row<{ users: { edges: Array<{ node: { email: string } }> } }>({
    name: 'users', document: `{ users(first: 100) { edges { node { email } } } }`, answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH], setup: nothing,
    then: (d) => expect(d.users.edges.map((e) => e.node.email)).toEqual(expect.arrayContaining([cast.people.member.email, cast.people.officerB.email])),
  }),
  row<{ auditLog: { edges: Array<{ node: { action: string; subjectId: string } }> } }>({
    name: 'auditLog', document: `{ auditLog(first: 100, filter: { action: "user.disabled" }) { edges { node { action subjectId } } } }`,
    answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH], setup: nothing,
    then: (d) => expect(d.auditLog.edges.map((e) => e.node)).toContainEqual({ action: 'user.disabled', subjectId: cast.people.disabled.id }),
  }),
  row<{ login: { accessToken: string } }, string>({
    name: 'login', document: LOGIN, answers: [OK, OK, OK, OK, OK, OK, UNAUTH],
    setup: async () => {
      const u = await freshUser();
      return { variables: { e: u.email, p: TEST_PASSWORD }, state: u.email };
    },
    then: async (d, email) => expect((await cast.gw.gql<{ me: { email: string } }>(ME, {}, d.login.accessToken)).data?.me.email).toBe(email),
  }),
  row<{ refreshSession: { accessToken: string; refreshToken: string } }, { email: string; old: string }>({
    name: 'refreshSession', document: `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`, answers: [OK, OK, OK, OK, OK, OK, UNAUTH],
    setup: async () => {
      const u = await freshUser();
      const s = await cast.gw.app.get(AuthService).login(u.email, TEST_PASSWORD, `192.0.2.${Math.floor(Math.random() * 250)}`);
      return { variables: { t: s.refreshToken }, state: { email: u.email, old: s.refreshToken } };
    },
    then: async (d, { email, old }) => {
      expect((await cast.gw.gql<{ me: { email: string } }>(ME, {}, d.refreshSession.accessToken)).data?.me.email).toBe(email);
      expect(d.refreshSession.refreshToken).not.toBe(old);
    },
  }),
  row<{ logout: boolean }, string | undefined>({
    name: 'logout', document: `mutation { logout }`, answers: [UNAUTH, OK, OK, OK, OK, OK, UNAUTH],
    setup: async (role) => {
      const own = await ownAccount(role);
      return { token: own?.token, state: own?.token };
    },
    then: async (d, token) => {
      expect(d.logout).toBe(true);
      expect(await meWith(token!)).toBe(UNAUTH);
    },
  }),
  row<{ acceptInvitation: { accessToken: string } }, string>({
    name: 'acceptInvitation',
    document: `mutation($t: String!) { acceptInvitation(token: $t, displayName: "Neue Kollegin", password: "${TEST_PASSWORD}") { accessToken } }`,
    answers: [OK, OK, OK, OK, OK, OK, UNAUTH],
    setup: async () => {
      const t = invitationToken((await invite()).id);
      return { variables: { t }, state: t };
    },
    then: async (d, t) => {
      const me = await cast.gw.gql<{ me: { role: string; status: string } }>(ME, {}, d.acceptInvitation.accessToken);
      expect(me.data?.me).toMatchObject({ role: 'MEMBER', status: 'ACTIVE' });
      // The link is used up.
      expect((await cast.gw.gql(`query($t: String!) { invitation(token: $t) { id } }`, { t })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    },
  }),
  row<{ invitation: { email: string; role: string } }, string>({
    name: 'invitation', document: `query($t: String!) { invitation(token: $t) { email role } }`, answers: [OK, OK, OK, OK, OK, OK, UNAUTH],
    setup: async () => {
      const invitation = await invite();
      return { variables: { t: invitationToken(invitation.id) }, state: invitation.email };
    },
    then: (d, email) => expect(d.invitation).toEqual({ email, role: 'MEMBER' }),
  }),
  row<{ changePassword: boolean }, string | undefined>({
    name: 'changePassword',
    document: `mutation { changePassword(currentPassword: "${TEST_PASSWORD}", newPassword: "Ganz-neues-Passwort-2026") }`,
    answers: [UNAUTH, OK, OK, OK, OK, OK, UNAUTH],
    setup: async (role) => {
      const own = await ownAccount(role);
      return { token: own?.token, state: own?.email };
    },
    then: async (_d, email) => {
      expect(await signsIn(email!, 'Ganz-neues-Passwort-2026')).toBe(OK);
      expect(await signsIn(email!)).toBe(UNAUTH);
    },
  }),
  row<{ requestPasswordReset: boolean }, string>({
    name: 'requestPasswordReset', document: `mutation($e: String!) { requestPasswordReset(email: $e) }`, answers: [OK, OK, OK, OK, OK, OK, UNAUTH],
    setup: async () => {
      const u = await freshUser();
      return { variables: { e: u.email }, state: u.id };
    },
    // The reset link goes by email only; the API has nothing to read it back with.
    then: async (d, userId) => {
      expect(d.requestPasswordReset).toBe(true);
      expect(await cast.gw.db.getRepository(PasswordResetEntity).countBy({ userId })).toBe(1);
    },
  }),
  row<{ resetPassword: boolean }, string>({
    name: 'resetPassword', document: `mutation($t: String!) { resetPassword(token: $t, password: "Neues-Passwort-2026") }`, answers: [OK, OK, OK, OK, OK, OK, UNAUTH],
    setup: async () => {
      const u = await freshUser();
      const reset = await cast.gw.db.getRepository(PasswordResetEntity).save({ userId: u.id, expiresAt: new Date(Date.now() + 3600_000) });
      return { variables: { t: cast.gw.app.get(TokenCodec).encode('password-reset', reset.id) }, state: u.email };
    },
    then: async (_d, email) => {
      expect(await signsIn(email, 'Neues-Passwort-2026')).toBe(OK);
      expect(await signsIn(email)).toBe(UNAUTH);
    },
  }),
  row<{ applyForMembership: { id: string; status: string } }>({
    name: 'applyForMembership',
    document: `mutation($i: ApplyForMembershipInput!) { applyForMembership(input: $i) { id status } }`,
    answers: [OK, OK, OK, OK, OK, OK, UNAUTH],
    setup: async () => ({
      variables: {
        i: { name: `Zweckverband ${unique()}`, kind: 'OTHER', state: 'RP', applicantName: 'Antje Antrag', applicantEmail: `a-${unique()}@example.org`, motivation: 'Wir möchten mitmachen.' },
      },
      state: undefined,
    }),
    then: async (d) => {
      const list = await cast.read<{ membershipApplications: { edges: Array<{ node: { id: string; status: string } }> } }>(
        `{ membershipApplications(first: 100) { edges { node { id status } } } }`,
      );
      expect(list.membershipApplications.edges.map((e) => e.node)).toContainEqual({ id: d.applyForMembership.id, status: 'APPLIED' });
    },
  }),
  row<{ decideMembershipApplication: { status: string; municipality: { slug: string } } }>({
    name: 'decideMembershipApplication',
    document: `mutation($id: ID!) { decideMembershipApplication(id: $id, approve: true) { status municipality { slug } } }`,
    answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH],
    setup: async () => ({ variables: { id: (await apply()).id }, state: undefined }),
    then: async (d) => {
      expect(d.decideMembershipApplication.status).toBe('APPROVED');
      // Now a member: anyone finds it in the directory of members.
      const m = await cast.read<{ municipality: { status: string } }>(MUNICIPALITY, { s: d.decideMembershipApplication.municipality.slug }, 'anonymous');
      expect(m.municipality.status).toBe('ACTIVE');
    },
  }),
  row<{ suspendMunicipality: { status: string } }, string>({
    name: 'suspendMunicipality', document: `mutation($id: ID!) { suspendMunicipality(id: $id, reason: "Beitrag offen") { status } }`,
    answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH],
    setup: async () => {
      const m = await freshMunicipality();
      return { variables: { id: m.id }, state: m.slug };
    },
    then: async (_d, slug) => expect((await cast.read<{ municipality: { status: string } }>(MUNICIPALITY, { s: slug }, 'anonymous')).municipality.status).toBe('SUSPENDED'),
  }),
  row<{ reinstateMunicipality: { status: string } }, string>({
    name: 'reinstateMunicipality', document: `mutation($id: ID!) { reinstateMunicipality(id: $id) { status } }`,
    answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH],
    setup: async () => {
      const m = await freshMunicipality();
      await cast.gw.app.get(MunicipalityService).suspend(cast.people.coordinator.actor, m.id, 'Test');
      return { variables: { id: m.id }, state: m.slug };
    },
    then: async (_d, slug) => expect((await cast.read<{ municipality: { status: string } }>(MUNICIPALITY, { s: slug }, 'anonymous')).municipality.status).toBe('ACTIVE'),
  }),
  ...(
    [
      // Officers invite into their own municipality only; coordinators anyone into any role.
      ['inviteUser (a member of A)', [UNAUTH, FORBID, OK, FORBID, FORBID, OK, UNAUTH], () => ({ role: 'MEMBER', municipalityId: cast.a.id })],
      // Without a municipality: an officer's own; a coordinator invites a member of none (a partner). S is suspended.
      ['inviteUser (a member of the own municipality)', [UNAUTH, FORBID, OK, OK, FORBID, OK, UNAUTH], () => ({ role: 'MEMBER' })],
      ['inviteUser (a coordinator)', [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH], () => ({ role: 'COORDINATOR' })],
    ] as const
  ).map(([name, answers, input]) =>
    row<{ inviteUser: { id: string; email: string; role: string; municipality: { id: string } | null } }, { email: string; role: string; municipalityId?: string }>({
      name, answers, document: `mutation($i: InviteUserInput!) { inviteUser(input: $i) { id email role municipality { id } } }`,
      setup: async () => {
        const i = { email: `neu-${unique()}@example.org`, ...input() };
        return { variables: { i }, state: i };
      },
      then: async (d, i, role) => {
        const municipalityId = i.municipalityId ?? cast.people[role as 'member'].actor.municipalityId;
        expect(d.inviteUser).toEqual({ id: expect.any(String), email: i.email, role: i.role, municipality: municipalityId ? { id: municipalityId } : null });
        // The invitation itself travels by email; the audit log shows it was sent.
        expect((await cast.read<{ auditLog: { totalCount: number } }>(AUDIT, { a: 'user.invited', s: d.inviteUser.id })).auditLog.totalCount).toBe(1);
      },
    }),
  ),
  row<{ setUserRole: { role: string } }, string>({
    name: 'setUserRole', document: `mutation($id: ID!) { setUserRole(id: $id, role: OFFICER) { role } }`,
    answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH],
    setup: async () => {
      const u = await freshUser();
      return { variables: { id: u.id }, state: u.email };
    },
    then: async (_d, email) => expect(await userState(email)).toEqual([{ id: expect.any(String), role: 'OFFICER', status: 'ACTIVE' }]),
  }),
  row<{ disableUser: { status: string } }, string>({
    name: 'disableUser', document: `mutation($id: ID!) { disableUser(id: $id) { status } }`,
    answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH],
    setup: async () => {
      const u = await freshUser();
      return { variables: { id: u.id }, state: u.email };
    },
    then: async (_d, email) => {
      expect(await userState(email, 'DISABLED')).toEqual([{ id: expect.any(String), role: 'MEMBER', status: 'DISABLED' }]);
      expect(await signsIn(email)).toBe(UNAUTH);
    },
  }),
  row<{ createTopic: { slug: string } }>({
    name: 'createTopic', document: `mutation($i: CreateTopicInput!) { createTopic(input: $i) { slug } }`,
    answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH],
    setup: async () => ({ variables: { i: { slug: `thema-${unique()}`, name: 'Neues Thema', nameEn: 'New topic' } }, state: undefined }),
    then: async (d) => expect((await cast.read<{ topics: Array<{ slug: string }> }>(`{ topics { slug } }`, {}, 'anonymous')).topics.map((t) => t.slug)).toContain(d.createTopic.slug),
  }),
  row<{ exportMyData: string }>({
    name: 'exportMyData', document: `{ exportMyData }`, answers: [UNAUTH, OK, OK, OK, OK, OK, UNAUTH], setup: nothing,
    then: (d, _s, role) => expect(JSON.parse(d.exportMyData).profil.email).toBe(cast.people[role as 'member'].email),
  }),
  row<{ deleteMyAccount: boolean }, { token: string; email: string } | undefined>({
    name: 'deleteMyAccount', document: `mutation { deleteMyAccount(password: "${TEST_PASSWORD}") }`, answers: [UNAUTH, OK, OK, OK, OK, OK, UNAUTH],
    setup: async (role) => {
      const own = await ownAccount(role);
      return { token: own?.token, state: own };
    },
    then: async (_d, own) => {
      expect(await meWith(own!.token)).toBe(UNAUTH);
      expect(await signsIn(own!.email)).toBe(UNAUTH);
    },
  }),
];

describe('authorization matrix (membership, sign-in, own account)', () => {
  beforeAll(async () => {
    cast = await Cast.assemble(await startTestGateway(), '07315000', '07211000');
  });
  afterAll(() => cast.gw.close());

  it('covers every membership, sign-in and account operation', () => {
    expect([...new Set(ROWS.map((r) => r.name.split(' ')[0]))].sort()).toEqual(
      [
        'acceptInvitation', 'applyForMembership', 'auditLog', 'changePassword', 'createTopic', 'decideMembershipApplication', 'deleteMyAccount', 'directory',
        'disableUser', 'exportMyData', 'invitation', 'inviteUser', 'login', 'logout', 'me', 'membershipApplications', 'municipalities', 'municipality',
        'refreshSession', 'reinstateMunicipality', 'requestPasswordReset', 'resetPassword', 'setUserRole', 'suspendMunicipality', 'topics', 'users',
      ].sort(),
    );
  });

  it.each(cells(ROWS))('$name as $role → $answer', ({ row: r, role, answer }) => runCell(cast, r, role, answer, WRITABLE_TABLES));
});

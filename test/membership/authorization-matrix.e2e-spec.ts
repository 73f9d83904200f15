import { randomUUID } from 'node:crypto';
import {
  AuthService,
  InvitationService,
  MembershipApplicationService,
  MunicipalityEntity,
  MunicipalityService,
  PasswordResetEntity,
  ProvisioningService,
  TokenCodec,
  UserService,
} from '@ikone/membership';
import { makeMunicipality, makeUser, TEST_PASSWORD } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';
import { snapshot } from '../support/snapshot';

type RoleName = 'anonymous' | 'member' | 'officerA' | 'officerB' | 'coordinator' | 'disabled';
const ROLES: RoleName[] = ['anonymous', 'member', 'officerA', 'officerB', 'coordinator', 'disabled'];
const EVERYONE: RoleName[] = ['anonymous', 'member', 'officerA', 'officerB', 'coordinator'];
const SIGNED_IN: RoleName[] = ['member', 'officerA', 'officerB', 'coordinator'];

interface Cell {
  variables: Record<string, unknown>;
  /** Overrides the role's token (e.g. a session of its own for logout). */
  token?: string;
}

interface Operation {
  name: string;
  document: string;
  allowed: RoleName[];
  setup: (role: RoleName) => Promise<Cell>;
}

/**
 * Every operation of the membership issue × every role. Allowed cells succeed; refused cells
 * answer UNAUTHENTICATED (anonymous, disabled) or FORBIDDEN (signed in, wrong role) and leave
 * every domain table exactly as it was.
 */
describe('authorization matrix (membership and sign-in)', () => {
  let gw: TestGateway;
  let a: MunicipalityEntity;
  let b: MunicipalityEntity;
  const tokens: Partial<Record<RoleName, string>> = {};
  const users: Partial<Record<RoleName, { id: string; email: string }>> = {};
  let agsPool: string[] = [];
  const operations: Operation[] = [];

  const freshAgs = () => {
    const ags = agsPool.shift();
    if (!ags) throw new Error('AGS pool exhausted');
    return ags;
  };

  beforeAll(async () => {
    gw = await startTestGateway();
    a = await makeMunicipality(gw.app, '07315000');
    b = await makeMunicipality(gw.app, '07211000');
    const setups: Array<[RoleName, Parameters<typeof makeUser>[1]]> = [
      ['member', { role: 'MEMBER', municipality: a }],
      ['officerA', { role: 'OFFICER', municipality: a }],
      ['officerB', { role: 'OFFICER', municipality: b }],
      ['coordinator', { role: 'COORDINATOR' }],
      ['disabled', { role: 'OFFICER', municipality: a }],
    ];
    for (const [role, options] of setups) {
      const made = await makeUser(gw.app, options);
      tokens[role] = made.token;
      users[role] = { id: made.user.id, email: made.email };
    }
    const coordinatorActor = await gw.app.get(AuthService).resolveActor(
      JSON.parse(Buffer.from(tokens.coordinator!.split('.')[1], 'base64url').toString()),
    );
    await gw.app.get(UserService).disable(coordinatorActor, users.disabled!.id);
    agsPool = (
      (await gw.db.query(`select ags from directory_entry where state = 'RP' and ags not in ('07315000','07211000') order by ags limit 400`)) as {
        ags: string;
      }[]
    ).map((r) => r.ags);

    const provisioning = gw.app.get(ProvisioningService);
    const applications = gw.app.get(MembershipApplicationService);
    const municipalities = gw.app.get(MunicipalityService);
    const invitations = gw.app.get(InvitationService);
    const codec = gw.app.get(TokenCodec);
    const auth = gw.app.get(AuthService);
    const unique = () => randomUUID().slice(0, 8);
    const none = async (): Promise<Cell> => ({ variables: {} });
    const freshUser = async () => provisioning.createUser({
      email: `x-${unique()}@example.org`, displayName: 'Frische Person', password: TEST_PASSWORD, role: 'MEMBER', municipalityId: a.id,
    });
    const coordinator = async () => auth.resolveActor(JSON.parse(Buffer.from(tokens.coordinator!.split('.')[1], 'base64url').toString()));

    operations.push(
      { name: 'me', document: `{ me { id email } }`, allowed: SIGNED_IN, setup: none },
      { name: 'municipalities', document: `{ municipalities { totalCount edges { node { slug } } } }`, allowed: EVERYONE, setup: none },
      {
        name: 'municipality', document: `query($slug: String!) { municipality(slug: $slug) { name } }`, allowed: EVERYONE,
        setup: async () => ({ variables: { slug: a.slug } }),
      },
      { name: 'directory', document: `{ directory(search: "Otter") { totalCount } }`, allowed: EVERYONE, setup: none },
      { name: 'topics', document: `{ topics { slug } }`, allowed: EVERYONE, setup: none },
      { name: 'membershipApplications', document: `{ membershipApplications { totalCount } }`, allowed: ['coordinator'], setup: none },
      { name: 'users', document: `{ users { totalCount edges { node { email } } } }`, allowed: ['coordinator'], setup: none },
      { name: 'auditLog', document: `{ auditLog(first: 5) { totalCount } }`, allowed: ['coordinator'], setup: none },
      {
        name: 'login', document: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, allowed: EVERYONE,
        setup: async () => {
          const u = await freshUser();
          return { variables: { e: u.email, p: TEST_PASSWORD } };
        },
      },
      {
        name: 'refreshSession', document: `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, allowed: EVERYONE,
        setup: async () => {
          const u = await freshUser();
          const s = await auth.login(u.email, TEST_PASSWORD, `192.0.2.${Math.floor(Math.random() * 250)}`);
          return { variables: { t: s.refreshToken } };
        },
      },
      {
        name: 'logout', document: `mutation { logout }`, allowed: SIGNED_IN,
        setup: async (role) => {
          if (role === 'anonymous' || role === 'disabled') return { variables: {} };
          const s = await auth.login(users[role]!.email, TEST_PASSWORD, `198.51.100.${Math.floor(Math.random() * 250)}`);
          return { variables: {}, token: s.accessToken };
        },
      },
      {
        name: 'acceptInvitation',
        document: `mutation($t: String!) { acceptInvitation(token: $t, displayName: "Neue Kollegin", password: "${TEST_PASSWORD}") { user { id } } }`,
        allowed: EVERYONE,
        setup: async () => {
          const invitation = await gw.db.transaction((m) =>
            invitations.create(m, { email: `inv-${unique()}@example.org`, role: 'MEMBER', municipalityId: a.id }, null),
          );
          return { variables: { t: codec.encode('invitation', invitation.id) } };
        },
      },
      {
        name: 'invitation', document: `query($t: String!) { invitation(token: $t) { email } }`, allowed: EVERYONE,
        setup: async () => {
          const invitation = await gw.db.transaction((m) =>
            invitations.create(m, { email: `open-${unique()}@example.org`, role: 'MEMBER', municipalityId: a.id }, null),
          );
          return { variables: { t: codec.encode('invitation', invitation.id) } };
        },
      },
      {
        // The same password again: the role's later cells still sign in with it.
        name: 'changePassword',
        document: `mutation { changePassword(currentPassword: "${TEST_PASSWORD}", newPassword: "${TEST_PASSWORD}") }`,
        allowed: SIGNED_IN,
        setup: none,
      },
      {
        name: 'requestPasswordReset', document: `mutation($e: String!) { requestPasswordReset(email: $e) }`, allowed: EVERYONE,
        setup: async () => ({ variables: { e: `niemand-${unique()}@example.org` } }),
      },
      {
        name: 'resetPassword', document: `mutation($t: String!) { resetPassword(token: $t, password: "Neues-Passwort-2026") }`, allowed: EVERYONE,
        setup: async () => {
          const u = await freshUser();
          const reset = await gw.db.getRepository(PasswordResetEntity).save({ userId: u.id, expiresAt: new Date(Date.now() + 3600_000) });
          return { variables: { t: codec.encode('password-reset', reset.id) } };
        },
      },
      {
        name: 'applyForMembership',
        document: `mutation($i: ApplyForMembershipInput!) { applyForMembership(input: $i) { id status } }`,
        allowed: EVERYONE,
        setup: async () => ({
          variables: {
            i: { name: `Zweckverband ${unique()}`, kind: 'OTHER', state: 'RP', applicantName: 'Antje Antrag', applicantEmail: `a-${unique()}@example.org`, motivation: 'Wir möchten mitmachen.' },
          },
        }),
      },
      {
        name: 'decideMembershipApplication',
        document: `mutation($id: ID!) { decideMembershipApplication(id: $id, approve: true) { status } }`,
        allowed: ['coordinator'],
        setup: async () => {
          const app = await applications.apply({
            name: `Verbandsgemeinde ${unique()}`, kind: 'VERBANDSGEMEINDE', state: 'RP', applicantName: 'Bea Bewerbung',
            applicantEmail: `b-${unique()}@example.org`, motivation: 'Austausch',
          }, '192.0.2.10');
          return { variables: { id: app.id } };
        },
      },
      {
        name: 'suspendMunicipality',
        document: `mutation($id: ID!) { suspendMunicipality(id: $id, reason: "Beitrag offen") { status } }`,
        allowed: ['coordinator'],
        setup: async () => ({ variables: { id: (await provisioning.ensureMember(freshAgs())).id } }),
      },
      {
        name: 'reinstateMunicipality',
        document: `mutation($id: ID!) { reinstateMunicipality(id: $id) { status } }`,
        allowed: ['coordinator'],
        setup: async () => {
          const m = await provisioning.ensureMember(freshAgs());
          await municipalities.suspend(await coordinator(), m.id, 'Test');
          return { variables: { id: m.id } };
        },
      },
      {
        name: 'inviteUser (member of A)',
        document: `mutation($i: InviteUserInput!) { inviteUser(input: $i) { id role } }`,
        allowed: ['officerA', 'coordinator'],
        setup: async () => ({ variables: { i: { email: `neu-${unique()}@example.org`, role: 'MEMBER', municipalityId: a.id } } }),
      },
      {
        name: 'inviteUser (coordinator)',
        document: `mutation($i: InviteUserInput!) { inviteUser(input: $i) { id role } }`,
        allowed: ['coordinator'],
        setup: async () => ({ variables: { i: { email: `ko-${unique()}@example.org`, role: 'COORDINATOR' } } }),
      },
      {
        name: 'setUserRole',
        document: `mutation($id: ID!) { setUserRole(id: $id, role: OFFICER) { role } }`,
        allowed: ['coordinator'],
        setup: async () => ({ variables: { id: (await freshUser()).id } }),
      },
      {
        name: 'disableUser',
        document: `mutation($id: ID!) { disableUser(id: $id) { status } }`,
        allowed: ['coordinator'],
        setup: async () => ({ variables: { id: (await freshUser()).id } }),
      },
      {
        name: 'createTopic',
        document: `mutation($i: CreateTopicInput!) { createTopic(input: $i) { slug } }`,
        allowed: ['coordinator'],
        setup: async () => ({ variables: { i: { slug: `thema-${unique()}`, name: 'Neues Thema', nameEn: 'New topic' } } }),
      },
    );
  });

  afterAll(async () => {
    await gw.close();
  });

  it('covers every operation of the issue', () => {
    expect(operations.map((o) => o.name.split(' ')[0]).sort()).toEqual(
      [
        'acceptInvitation', 'applyForMembership', 'auditLog', 'changePassword', 'createTopic', 'decideMembershipApplication', 'directory',
        'disableUser', 'invitation', 'inviteUser', 'inviteUser', 'login', 'logout', 'me', 'membershipApplications', 'municipalities',
        'municipality', 'refreshSession', 'reinstateMunicipality', 'requestPasswordReset', 'resetPassword', 'setUserRole',
        'suspendMunicipality', 'topics', 'users',
      ].sort(),
    );
  });

  it.each(ROLES)('as %s: allowed cells succeed, refused cells change nothing', async (role) => {
    const failures: string[] = [];
    for (const op of operations) {
      const cell = await op.setup(role);
      const token = cell.token ?? tokens[role];
      const before = await snapshot(gw.db);
      const res = await gw.gql(op.document, cell.variables, token, { 'x-forwarded-for': randomUUID() });
      const allowed = op.allowed.includes(role);
      if (allowed) {
        if (res.errors) failures.push(`${op.name}: expected success, got ${JSON.stringify(res.errors[0])}`);
        continue;
      }
      const expected = role === 'anonymous' || role === 'disabled' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      const code = res.errors?.[0]?.extensions?.code;
      if (code !== expected) failures.push(`${op.name}: expected ${expected}, got ${JSON.stringify(res.errors ?? res.data)}`);
      const after = await snapshot(gw.db);
      if (JSON.stringify(after) !== JSON.stringify(before)) failures.push(`${op.name}: refused but the database changed`);
    }
    expect(failures).toEqual([]);
  });
});

import { TokenCodec } from '@ikone/membership';
import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';

/**
 * Journey 1 over the API: Otterbach-Otterberg (a Verbandsgemeinde, not in the directory)
 * applies, a coordinator approves, the applicant accepts the invitation, signs in and invites
 * a colleague. The invitation link comes from the email in the notifier tests; here the token
 * is rebuilt from the stored invitation id, as the notifier does.
 */
describe('joining the network', () => {
  let gw: TestGateway;
  let coordinator: string;

  beforeAll(async () => {
    gw = await startTestGateway();
    coordinator = (await makeUser(gw.app, { role: 'COORDINATOR', displayName: 'Koordinierungsstelle KL' })).token;
  });
  afterAll(() => gw.close());

  it('goes from application to a signed-in officer who invites a colleague', async () => {
    const applied = await gw.gql<{ applyForMembership: { id: string; status: string } }>(
      `mutation($i: ApplyForMembershipInput!) { applyForMembership(input: $i) { id status municipalityName } }`,
      {
        i: {
          name: 'Otterbach-Otterberg',
          kind: 'VERBANDSGEMEINDE',
          state: 'RP',
          website: 'https://www.otterbach-otterberg.de',
          applicantName: 'Olga Otter',
          applicantEmail: 'olga.otter@otterbach-otterberg.example',
          motivation: 'Wir digitalisieren unsere Ortsgemeinderäte und möchten uns austauschen.',
        },
      },
    );
    expect(applied.errors).toBeUndefined();
    expect(applied.data?.applyForMembership.status).toBe('APPLIED');

    // The coordinators are told: an outbox event the notifier turns into emails.
    const [event] = await gw.db.query(`select type, payload from outbox_event where type = 'membership.application-received'`);
    expect(event.payload.applicationId).toBe(applied.data?.applyForMembership.id);

    // Not yet a member: anonymous visitors do not see it, coordinators see the application.
    const visible = await gw.gql<{ municipalities: { edges: { node: { name: string } }[] } }>(`{ municipalities { edges { node { name } } } }`);
    expect(visible.data?.municipalities.edges.map((e) => e.node.name)).not.toContain('Otterbach-Otterberg');
    const queue = await gw.gql<{ membershipApplications: { edges: { node: { id: string; municipality: { status: string } } }[] } }>(
      `{ membershipApplications(status: APPLIED) { edges { node { id applicantName municipality { status kind } } } } }`,
      {},
      coordinator,
    );
    expect(queue.data?.membershipApplications.edges[0].node).toMatchObject({
      id: applied.data?.applyForMembership.id,
      municipality: { status: 'APPLIED' },
    });

    const decided = await gw.gql<{ decideMembershipApplication: { status: string; municipality: { status: string; slug: string } } }>(
      `mutation($id: ID!) { decideMembershipApplication(id: $id, approve: true, comment: "Willkommen!") { status municipality { status slug } } }`,
      { id: applied.data?.applyForMembership.id },
      coordinator,
    );
    expect(decided.errors).toBeUndefined();
    expect(decided.data?.decideMembershipApplication).toMatchObject({ status: 'APPROVED', municipality: { status: 'ACTIVE', slug: 'otterbach-otterberg' } });

    const [invitation] = await gw.db.query(`select id, role from invitation where lower(email) = 'olga.otter@otterbach-otterberg.example'`);
    expect(invitation.role).toBe('OFFICER');
    const token = gw.app.get(TokenCodec).encode('invitation', invitation.id);

    const accepted = await gw.gql<{ acceptInvitation: { accessToken: string; user: { role: string; municipality: { name: string } } } }>(
      `mutation($t: String!) { acceptInvitation(token: $t, displayName: "Olga Otter", password: "Ortsgemeinderat-2026") { accessToken user { role municipality { name } } } }`,
      { t: token },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation.user).toEqual({ role: 'OFFICER', municipality: { name: 'Otterbach-Otterberg' } });

    // The token is single use.
    const again = await gw.gql(`mutation($t: String!) { acceptInvitation(token: $t, displayName: "X", password: "Ortsgemeinderat-2026") { accessToken } }`, { t: token });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'token' });

    const login = await gw.gql<{ login: { accessToken: string } }>(
      `mutation { login(email: "Olga.Otter@otterbach-otterberg.example", password: "Ortsgemeinderat-2026") { accessToken user { displayName } } }`,
    );
    expect(login.errors).toBeUndefined();
    const officer = login.data!.login.accessToken;

    const invited = await gw.gql<{ inviteUser: { role: string; municipality: { name: string } } }>(
      `mutation { inviteUser(input: { email: "kollege@otterbach-otterberg.example", role: MEMBER }) { role email municipality { name } } }`,
      {},
      officer,
    );
    expect(invited.errors).toBeUndefined();
    expect(invited.data?.inviteUser).toMatchObject({ role: 'MEMBER', municipality: { name: 'Otterbach-Otterberg' } });

    // Everything is in the audit log, newest first.
    const audit = await gw.gql<{ auditLog: { edges: { node: { action: string; actorLabel: string } }[] } }>(
      `{ auditLog(first: 10) { edges { node { action actorLabel details } } } }`,
      {},
      coordinator,
    );
    expect(audit.data?.auditLog.edges.map((e) => e.node.action)).toEqual(
      expect.arrayContaining(['membership.applied', 'membership.approved', 'invitation.accepted', 'user.invited']),
    );
    expect(audit.data?.auditLog.edges[0].node).toMatchObject({ action: 'user.invited', actorLabel: expect.stringContaining('Olga Otter') });
  });

  it('declines with a comment and frees the name for a later application', async () => {
    const input = {
      name: 'Zweckverband Test', kind: 'OTHER', state: 'RP', applicantName: 'Paul Probe', applicantEmail: 'paul@example.org', motivation: 'Test',
    };
    const first = await gw.gql<{ applyForMembership: { id: string } }>(`mutation($i: ApplyForMembershipInput!) { applyForMembership(input: $i) { id } }`, { i: input });
    const duplicate = await gw.gql(`mutation($i: ApplyForMembershipInput!) { applyForMembership(input: $i) { id } }`, { i: input });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.name' });

    const withoutComment = await gw.gql(`mutation($id: ID!) { decideMembershipApplication(id: $id, approve: false) { status } }`, { id: first.data?.applyForMembership.id }, coordinator);
    expect(withoutComment.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });

    const declined = await gw.gql<{ decideMembershipApplication: { status: string; decisionComment: string; municipality: null } }>(
      `mutation($id: ID!) { decideMembershipApplication(id: $id, approve: false, comment: "Bitte als Kommune bewerben.") { status decisionComment municipality { id } } }`,
      { id: first.data?.applyForMembership.id },
      coordinator,
    );
    expect(declined.data?.decideMembershipApplication).toEqual({ status: 'DECLINED', decisionComment: 'Bitte als Kommune bewerben.', municipality: null });
    const twice = await gw.gql(`mutation($id: ID!) { decideMembershipApplication(id: $id, approve: true) { status } }`, { id: first.data?.applyForMembership.id }, coordinator);
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const retry = await gw.gql(`mutation($i: ApplyForMembershipInput!) { applyForMembership(input: $i) { id } }`, { i: input });
    expect(retry.errors).toBeUndefined();
  });

  it('applies for a directory municipality by AGS, with the official name made readable', async () => {
    const res = await gw.gql<{ applyForMembership: { municipalityName: string } }>(
      `mutation { applyForMembership(input: { ags: "07315000", applicantName: "Max Mainz", applicantEmail: "max@mainz.example", motivation: "Nachnutzung" }) { municipalityName } }`,
    );
    expect(res.data?.applyForMembership.municipalityName).toBe('Mainz');
  });

  it('suspends a municipality: its officers can no longer invite, its listing stays', async () => {
    const speyer = await makeMunicipality(gw.app, '07318000');
    const officer = await makeUser(gw.app, { role: 'OFFICER', municipality: speyer });
    const suspended = await gw.gql(`mutation($id: ID!) { suspendMunicipality(id: $id, reason: "Mitgliedsbeitrag offen") { status } }`, { id: speyer.id }, coordinator);
    expect(suspended.errors).toBeUndefined();
    const invite = await gw.gql(`mutation { inviteUser(input: { email: "neu@speyer.example", role: MEMBER }) { id } }`, {}, officer.token);
    expect(invite.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listed = await gw.gql<{ municipality: { status: string } }>(`{ municipality(slug: "${speyer.slug}") { status } }`);
    expect(listed.data?.municipality.status).toBe('SUSPENDED');
  });

  it('resets a password: old sessions end, the new password works', async () => {
    const person = await makeUser(gw.app, { role: 'MEMBER' });
    expect((await gw.gql(`mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: person.email })).data).toEqual({ requestPasswordReset: true });
    const [reset] = await gw.db.query(`select r.id from password_reset r where r.user_id = $1`, [person.user.id]);
    const token = gw.app.get(TokenCodec).encode('password-reset', reset.id);
    const done = await gw.gql(`mutation($t: String!) { resetPassword(token: $t, password: "Frisches-Passwort-2026") }`, { t: token });
    expect(done.errors).toBeUndefined();
    expect((await gw.gql(`{ me { id } }`, {}, person.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const login = await gw.gql(`mutation($e: String!) { login(email: $e, password: "Frisches-Passwort-2026") { accessToken } }`, { e: person.email });
    expect(login.errors).toBeUndefined();
    const reused = await gw.gql(`mutation($t: String!) { resetPassword(token: $t, password: "Noch-ein-Passwort-2026") }`, { t: token });
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'token' });
  });

  it('keeps at least one coordinator', async () => {
    const only = await gw.gql<{ me: { id: string } }>(`{ me { id } }`, {}, coordinator);
    await gw.db.query(`update app_user set role = 'MEMBER' where role = 'COORDINATOR' and id <> $1`, [only.data?.me.id]);
    const demote = await gw.gql(`mutation($id: ID!) { setUserRole(id: $id, role: MEMBER) { role } }`, { id: only.data?.me.id }, coordinator);
    expect(demote.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'role' });
  });
});

import { TokenCodec } from '@ikone/membership';
import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';

const OPEN = `query($t: String!) { invitation(token: $t) { email role expiresAt municipality { name } } }`;

/** The page behind an invitation link shows the invitation, or says at once why the link is dead. */
describe('invitation(token)', () => {
  let gw: TestGateway;
  let officer: string;
  let codec: TokenCodec;

  beforeAll(async () => {
    gw = await startTestGateway();
    officer = (await makeUser(gw.app, { role: 'OFFICER', municipality: await makeMunicipality(gw.app, '07312000') })).token;
    codec = gw.app.get(TokenCodec);
  });
  afterAll(() => gw.close());

  const invite = async (email: string) => {
    const res = await gw.gql<{ inviteUser: { id: string } }>(`mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`, { i: { email, role: 'MEMBER' } }, officer);
    expect(res.errors).toBeUndefined();
    return { id: res.data!.inviteUser.id, token: codec.encode('invitation', res.data!.inviteUser.id) };
  };

  it('shows an open invitation to anyone holding the link', async () => {
    const { token } = await invite('ida.offen@example.org');
    const res = await gw.gql<{ invitation: { email: string; role: string; municipality: { name: string } } }>(OPEN, { t: token });
    expect(res.errors).toBeUndefined();
    expect(res.data?.invitation).toMatchObject({ email: 'ida.offen@example.org', role: 'MEMBER', municipality: { name: 'Kaiserslautern' } });
  });

  it('names the token when the link is invalid, used or expired', async () => {
    const garbage = await gw.gql(OPEN, { t: 'kein-token' });
    expect(garbage.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });

    const used = await invite('udo.genutzt@example.org');
    const accepted = await gw.gql(`mutation($t: String!) { acceptInvitation(token: $t, displayName: "Udo", password: "Genutzt-2026!") { accessToken } }`, { t: used.token });
    expect(accepted.errors).toBeUndefined();
    const again = await gw.gql(OPEN, { t: used.token });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'token', reason: 'TOKEN_USED' });

    const expired = await invite('ella.abgelaufen@example.org');
    await gw.db.query(`update invitation set expires_at = now() - interval '1 minute' where id = $1`, [expired.id]);
    const late = await gw.gql(OPEN, { t: expired.token });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token', reason: 'TOKEN_EXPIRED' });

    // A newer invitation to the same address supersedes the old link.
    const first = await invite('sven.ersetzt@example.org');
    await invite('sven.ersetzt@example.org');
    const superseded = await gw.gql(OPEN, { t: first.token });
    expect(superseded.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token', reason: 'TOKEN_INVALID' });
  });
});

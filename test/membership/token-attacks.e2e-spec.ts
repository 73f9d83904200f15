import { createHmac } from 'node:crypto';
import { makeUser } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

function sign(claims: object, secret: string, header: object = { alg: 'HS256', typ: 'JWT' }): string {
  const unsigned = `${b64(header)}.${b64(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

describe('token attacks', () => {
  let gw: TestGateway;
  let user: Awaited<ReturnType<typeof makeUser>>;
  let claims: Record<string, unknown>;

  beforeAll(async () => {
    gw = await startTestGateway();
    user = await makeUser(gw.app, { role: 'COORDINATOR' });
    claims = JSON.parse(Buffer.from(user.token.split('.')[1], 'base64url').toString());
  });
  afterAll(() => gw.close());

  const me = (token: string) => gw.gql(`{ me { id } }`, {}, token);
  const code = (res: { errors?: Array<{ extensions?: { code?: string } }> }) => res.errors?.[0]?.extensions?.code;

  it('accepts the genuine token (control)', async () => {
    expect((await me(user.token)).errors).toBeUndefined();
  });

  it('refuses alg: none', async () => {
    const forged = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
    expect(code(await me(forged))).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong signature and another algorithm', async () => {
    expect(code(await me(sign(claims, 'not-the-secret-not-the-secret-not-the-secret')))).toBe('UNAUTHENTICATED');
    expect(code(await me(sign(claims, gw.config.secrets.jwt, { alg: 'HS512', typ: 'JWT' })))).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = sign({ ...claims, iat: now - 3600, exp: now - 60 }, gw.config.secrets.jwt);
    expect(code(await me(expired))).toBe('UNAUTHENTICATED');
  });

  it('refuses a token for another audience or issuer, or without the access type', async () => {
    expect(code(await me(sign({ ...claims, aud: 'someone-else' }, gw.config.secrets.jwt)))).toBe('UNAUTHENTICATED');
    expect(code(await me(sign({ ...claims, iss: 'evil' }, gw.config.secrets.jwt)))).toBe('UNAUTHENTICATED');
    expect(code(await me(sign({ ...claims, typ: 'refresh' }, gw.config.secrets.jwt)))).toBe('UNAUTHENTICATED');
  });

  it('refuses a refresh token used as an access token', async () => {
    expect(code(await me(user.refreshToken))).toBe('UNAUTHENTICATED');
  });

  it('rotates refresh tokens and revokes the whole family when one is replayed', async () => {
    const victim = await makeUser(gw.app, { role: 'MEMBER' });
    const refresh = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
    const first = await gw.gql<{ refreshSession: { accessToken: string; refreshToken: string } }>(refresh, { t: victim.refreshToken });
    expect(first.errors).toBeUndefined();
    const rotated = first.data!.refreshSession;
    expect(rotated.refreshToken).not.toBe(victim.refreshToken);
    expect((await me(rotated.accessToken)).errors).toBeUndefined();

    // An attacker replays the first (already used) refresh token.
    const replay = await gw.gql(refresh, { t: victim.refreshToken });
    expect(code(replay)).toBe('UNAUTHENTICATED');
    // The family is revoked: the legitimate holder's newer tokens stop working too.
    expect(code(await gw.gql(refresh, { t: rotated.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(code(await me(rotated.accessToken))).toBe('UNAUTHENTICATED');
    expect(code(await me(victim.token))).toBe('UNAUTHENTICATED');
  });

  it('ends a session at logout: its access token stops working at once', async () => {
    const person = await makeUser(gw.app, { role: 'MEMBER' });
    expect((await gw.gql(`mutation { logout }`, {}, person.token)).errors).toBeUndefined();
    expect(code(await me(person.token))).toBe('UNAUTHENTICATED');
    expect(code(await gw.gql(`mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, { t: person.refreshToken }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('stops a disabled user at once, on access and refresh tokens', async () => {
    const person = await makeUser(gw.app, { role: 'MEMBER' });
    const res = await gw.gql(`mutation($id: ID!) { disableUser(id: $id) { status } }`, { id: person.user.id }, user.token);
    expect(res.errors).toBeUndefined();
    expect(code(await me(person.token))).toBe('UNAUTHENTICATED');
    expect(code(await gw.gql(`mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, { t: person.refreshToken }))).toBe(
      'UNAUTHENTICATED',
    );
    const login = await gw.gql(`mutation($e: String!) { login(email: $e, password: "Kaiserslautern-2026!") { accessToken } }`, { e: person.email });
    expect(code(login)).toBe('UNAUTHENTICATED');
  });

  it('issues access tokens that live at most 15 minutes', () => {
    expect((claims.exp as number) - (claims.iat as number)).toBeLessThanOrEqual(900);
  });
});

import { makeMunicipality, makeUser, TEST_PASSWORD } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';

const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`;

/** A signed-in person changes their password: the current one proves it is them. */
describe('changePassword', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  it('refuses anonymous callers with UNAUTHENTICATED', async () => {
    const res = await gw.gql(CHANGE, { c: TEST_PASSWORD, n: 'Neues-Passwort-2026' });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('names currentPassword when it is wrong, and newPassword when it is weak', async () => {
    const person = await makeUser(gw.app, { role: 'MEMBER', municipality: await makeMunicipality(gw.app) });
    const wrong = await gw.gql(CHANGE, { c: 'nicht-das-passwort', n: 'Neues-Passwort-2026' }, person.token);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const weak = await gw.gql(CHANGE, { c: TEST_PASSWORD, n: 'password' }, person.token);
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const short = await gw.gql(CHANGE, { c: TEST_PASSWORD, n: 'kurz' }, person.token);
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    // Nothing changed: the old password still signs in.
    const login = await gw.gql(LOGIN, { e: person.email, p: TEST_PASSWORD });
    expect(login.errors).toBeUndefined();
  });

  it('lets the new password sign in and not the old, keeps this session, ends the others and writes an audit entry', async () => {
    const person = await makeUser(gw.app, { role: 'OFFICER', municipality: await makeMunicipality(gw.app) });
    const other = await gw.gql<{ login: { accessToken: string } }>(LOGIN, { e: person.email, p: TEST_PASSWORD });
    expect(other.errors).toBeUndefined();

    const changed = await gw.gql<{ changePassword: boolean }>(CHANGE, { c: TEST_PASSWORD, n: 'Ortsgemeinderat-2027' }, person.token);
    expect(changed.errors).toBeUndefined();
    expect(changed.data?.changePassword).toBe(true);

    const old = await gw.gql(LOGIN, { e: person.email, p: TEST_PASSWORD });
    expect(old.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const fresh = await gw.gql(LOGIN, { e: person.email, p: 'Ortsgemeinderat-2027' });
    expect(fresh.errors).toBeUndefined();

    const here = await gw.gql<{ me: { email: string } }>(`{ me { email } }`, {}, person.token);
    expect(here.data?.me.email).toBe(person.email);
    const elsewhere = await gw.gql(`{ me { email } }`, {}, other.data!.login.accessToken);
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const audit = await gw.db.query(`select actor_id, action from audit_entry where subject_id = $1 and action = 'user.password-changed'`, [person.user.id]);
    expect(audit).toEqual([{ actor_id: person.user.id, action: 'user.password-changed' }]);
  });
});

import { makeUser, TEST_PASSWORD } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';

describe('GraphQL endpoint safety', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  const code = (res: { errors?: Array<{ extensions?: { code?: string } }> }) => res.errors?.[0]?.extensions?.code;

  it('refuses more than 15 aliases in one document', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `t${i}: topics { slug }`).join(' ');
    const res = await gw.gql(`{ ${aliases} }`);
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/Aliasse/);
    const ok = Array.from({ length: 15 }, (_, i) => `t${i}: topics { slug }`).join(' ');
    expect((await gw.gql(`{ ${ok} }`)).errors).toBeUndefined();
  });

  it('refuses a query whose cost is too high', async () => {
    const page = `(first: 100) { edges { node { ags name state member { id name slug kind state status } } } }`;
    const res = await gw.gql(`{ a: directory${page} b: directory${page} c: directory${page} d: directory${page} e: directory${page} }`);
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/aufwendig/);
  });

  it('does not run a mutation sent as GET, and answers plain GET queries only with a preflight header', async () => {
    const mutation = encodeURIComponent('mutation { requestPasswordReset(email: "a@example.org") }');
    const viaGet = await fetch(`${gw.url}/graphql?query=${mutation}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(viaGet.status).toBeGreaterThanOrEqual(400);
    const csrf = await fetch(`${gw.url}/graphql?query=${encodeURIComponent('{ topics { slug } }')}`);
    expect(csrf.status).toBe(400);
  });

  it('refuses simple cross-site POSTs (CSRF prevention)', async () => {
    const res = await fetch(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(res.status).toBe(400);
  });

  it('does not accept batched requests', async () => {
    const res = await fetch(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ topics { slug } }' }, { query: '{ topics { slug } }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('limits login attempts per account, counting every aliased login in one document', async () => {
    const { email } = await makeUser(gw.app, { role: 'MEMBER' });
    // makeUser signed in once; five aliased logins succeed, the next is over the limit of 6 a minute.
    const logins = Array.from({ length: 6 }, (_, i) => `l${i}: login(email: "${email}", password: "${TEST_PASSWORD}") { accessToken }`).join(' ');
    const res = await gw.gql(`mutation { ${logins} }`);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['RATE_LIMITED']);
    expect(res.errors?.[0]?.path).toEqual(['l5']);
    // Even the right password is refused for the rest of the minute.
    const right = await gw.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: email, p: TEST_PASSWORD });
    expect(code(right)).toBe('RATE_LIMITED');
  });

  it('limits login attempts per client address across accounts', async () => {
    const ip = { 'x-forwarded-for': '203.0.113.99' };
    const codes: unknown[] = [];
    for (let i = 0; i < 31; i++) {
      const res = await gw.gql(`mutation { login(email: "jemand${i}@example.org", password: "falsch") { accessToken } }`, {}, undefined, ip);
      codes.push(res.errors?.[0]?.extensions?.code);
    }
    expect(codes.slice(0, 30).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[30]).toBe('RATE_LIMITED');
  });

  it('answers an unknown email exactly like a wrong password', async () => {
    const { email } = await makeUser(gw.app, { role: 'MEMBER' });
    const wrong = await gw.gql(`mutation($e: String!) { login(email: $e, password: "nicht-das-passwort") { accessToken } }`, { e: email });
    const unknown = await gw.gql(`mutation { login(email: "niemand@example.org", password: "nicht-das-passwort") { accessToken } }`);
    expect({ ...wrong.errors?.[0], locations: undefined }).toEqual({ ...unknown.errors?.[0], locations: undefined });
    expect(code(wrong)).toBe('UNAUTHENTICATED');
  });

  it('hides internals: an unexpected error is INTERNAL with an errorId only', async () => {
    // Break the database for one statement: a dropped function makes directory search fail.
    await gw.db.query(`alter function ikone_fold(text) rename to ikone_fold_broken`);
    try {
      const res = await gw.gql(`{ directory(search: "Mainz") { totalCount } }`);
      const error = res.errors?.[0];
      expect(error?.extensions?.code).toBe('INTERNAL');
      expect(error?.extensions?.errorId).toMatch(/^[0-9a-f-]{36}$/);
      expect(JSON.stringify(res)).not.toMatch(/ikone_fold|function|SELECT|stack/i);
    } finally {
      await gw.db.query(`alter function ikone_fold_broken(text) rename to ikone_fold`);
    }
  });
});

describe('GraphQL in production', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://ikone.example.org',
      JWT_SECRET: 'p'.repeat(40),
      TOKEN_SECRET: 'q'.repeat(40),
    });
  });
  afterAll(() => gw.close());

  it('turns off introspection and field suggestions', async () => {
    const intro = await gw.gql(`{ __schema { types { name } } }`);
    expect(intro.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const typo = await gw.gql(`{ topic { slug } }`);
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

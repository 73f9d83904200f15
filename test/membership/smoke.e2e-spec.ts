import { startTestGateway, TestGateway } from '../support/gateway';
import { makeUser } from '../support/factories';

describe('gateway smoke', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => {
    await gw.close();
  });

  it('answers topics and the directory anonymously', async () => {
    const res = await gw.gql<{ topics: { slug: string }[]; directory: { totalCount: number; edges: { node: { name: string; member: null } }[] } }>(
      `{ topics { slug name } directory(search: "kaiserslautern", first: 5) { totalCount edges { node { ags name state member { slug } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.topics.length).toBeGreaterThan(5);
    expect(res.data?.directory.edges.map((e) => e.node.name)).toContain('Kaiserslautern, kfr. St.');
  });

  it('knows who is signed in', async () => {
    const { token, email } = await makeUser(gw.app, { role: 'COORDINATOR' });
    const res = await gw.gql<{ me: { email: string; role: string } }>(`{ me { email role municipality { name } } }`, {}, token);
    expect(res.errors).toBeUndefined();
    expect(res.data?.me).toMatchObject({ email, role: 'COORDINATOR' });
  });
});

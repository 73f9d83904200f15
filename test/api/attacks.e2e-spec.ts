import { startTestGateway, TestGateway } from '../support/gateway';

/** Findings of the outside attack test (issue #8): each stays fixed. */
describe('attacks and bad input (issue #8)', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  const codes = (res: { errors?: Array<{ extensions?: { code?: string } }> }) => res.errors?.map((e) => e.extensions?.code);

  describe('fragment chains', () => {
    const chain = (levels: number, last: string) =>
      `{ ...F0 } ` +
      Array.from({ length: levels - 1 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ') +
      ` fragment F${levels - 1} on Query { ${last} }`;

    it('refuses a 30-level doubling chain with a limit error while the gateway keeps answering', async () => {
      const attack = gw.gql(chain(30, 'topics { slug }'));
      // A generous bound: a blocked event loop would not answer this at all until the attack ends.
      const live = await fetch(`${gw.url}/health/live`, { signal: AbortSignal.timeout(15_000) });
      expect(live.status).toBe(200);
      const res = await attack;
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0]?.message).toMatch(/zu aufwendig/);
    });

    it('answers a 30-level doubling chain of __typename (cost 0)', async () => {
      const res = await gw.gql(chain(30, '__typename'));
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ __typename: 'Query' });
    });
  });
});

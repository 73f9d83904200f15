import { buildSchema, parse, validate } from 'graphql';
import { queryLimitsRule } from './validation-rules';

const schema = buildSchema(`
  type Node { id: ID! name: String parent: Node children(first: Int): [Node!]! }
  type Query { node: Node nodes(first: Int): [Node!]! }
`);
const rule = queryLimitsRule({ maxDepth: 8, maxAliases: 15, maxCost: 5000 });
const errors = (query: string) => validate(schema, parse(query), [rule]).map((e) => e.message);

describe('query limits', () => {
  it('lets a depth of 8 through and refuses 9', () => {
    expect(errors('{ node { parent { parent { parent { parent { parent { parent { id } } } } } } } }')).toEqual([]);
    expect(errors('{ node { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } }')).toEqual([
      expect.stringMatching(/zu tief verschachtelt \(9 Ebenen/),
    ]);
  });

  it('counts depth through fragments and inline fragments', () => {
    const query = `
      fragment Deep on Node { parent { parent { parent { ... on Node { parent { id } } } } } }
      { node { parent { parent { parent { ...Deep } } } } }`;
    expect(errors(query)).toEqual([expect.stringMatching(/9 Ebenen/)]);
  });

  it('does not loop on fragment cycles (graphql-js reports the cycle itself)', () => {
    const query = `fragment A on Node { parent { ...B } } fragment B on Node { parent { ...A } } { node { ...A } }`;
    expect(() => errors(query)).not.toThrow();
  });

  it('counts aliases', () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: node { id }`).join(' ')} }`;
    expect(errors(aliases(15))).toEqual([]);
    expect(errors(aliases(16))).toEqual([expect.stringMatching(/zu viele Aliasse \(16/)]);
  });

  it('multiplies the cost of lists by their page size', () => {
    // 1 + 100 × (1 + 100 × 1) = 10,101 > 5,000
    expect(errors('{ nodes(first: 100) { children(first: 100) { id } } }')).toEqual([expect.stringMatching(/zu aufwendig \(Kosten 10101/)]);
    expect(errors('{ nodes(first: 20) { children(first: 20) { id name } } }')).toEqual([]);
  });

  it('assumes 100 for a page size given as a variable', () => {
    expect(errors('query($n: Int) { nodes(first: $n) { children(first: $n) { id } } }')).toEqual([expect.stringMatching(/Kosten 10101/)]);
  });
});

describe('query limits on fragment chains', () => {
  // F0 spreads F1 twice, F1 spreads F2 twice, …: 2^levels expansions of the last fragment.
  const chain = (levels: number, last: string) =>
    `{ ...F0 } ` +
    Array.from({ length: levels - 1 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ') +
    ` fragment F${levels - 1} on Query { ${last} }`;
  const summary = buildSchema(`type Query { node: Node nodes(first: Int): [Node!]! } type Node { id: ID! }`);
  const check = (query: string) => validate(summary, parse(query), [rule]).map((e) => e.message);

  it('computes each fragment once: 30 doubling levels are refused for their cost of 2^30', () => {
    expect(check(chain(30, 'node { id }'))).toEqual([expect.stringMatching(/zu aufwendig \(Kosten 1073741824,/)]);
  });

  it('lets a doubling chain through when it selects only __typename (cost 0)', () => {
    expect(check(chain(30, '__typename'))).toEqual([]);
  });

  it('still counts aliases and depth through every spread of a shared fragment', () => {
    const query = `fragment A on Query { x: node { id } } { ...A ...A } `;
    expect(check(query)).toEqual([]);
    const many = `fragment A on Query { a1: node { id } a2: node { id } a3: node { id } a4: node { id } } ` +
      `fragment B on Query { ...A ...A } { ...B ...B }`;
    expect(check(many)).toEqual([expect.stringMatching(/zu viele Aliasse \(16,/)]);
  });
});

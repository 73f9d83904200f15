import { join } from 'node:path';
import type { BenchContext, ScenarioOutcome } from '../context';
import { atMost, equals, NotAvailableYet, reported } from '../context';
import { STEMMING_PROBE } from '../german-text';
import { graphql, GraphqlError, graphqlRequest, LoadResult, noGraphqlErrors, runLoad } from '../load';
import { startGateway } from '../processes';
import { median, table, writeResult } from '../report';

/** Fixed German queries: single words, phrases, inflected forms (stemming), a rare term. */
export const SEARCH_QUERIES = [
  'Digitalisierung',
  'Bürgerbeteiligung Ortsgemeinderat',
  'Glasfaser',
  'digitalisierte Antragsverfahren',
  'Onlinezugangsgesetz',
  'Smart City Sensoren',
  'Chatbot Bürgeranfragen',
  'Friedhofsverwaltung',
];

const SEARCH = `query Search($query: String!, $first: Int!) { search(query: $query, first: $first) { totalCount edges { node { __typename ... on CaseStudy { id title } ... on Event { id title } } } } }`;

interface SearchData {
  search: { totalCount: number; edges: Array<{ node: { __typename: string; id: string; title: string } }> };
}

/** Scenario 2: p50/p95 of `search` per query at concurrency 1 and 8, plus a German stemming probe. */
export async function searchScenario(ctx: BenchContext): Promise<ScenarioOutcome> {
  const gateway = await startGateway(ctx.db.urlFor('bench_gateway'), join(ctx.dataDir, 'gateway'));
  try {
    const totals: Record<string, number> = {};
    for (const q of SEARCH_QUERIES) {
      try {
        totals[q] = (await graphql<SearchData>(gateway.baseUrl, SEARCH, { query: q, first: 10 })).search.totalCount;
      } catch (error) {
        if (error instanceof GraphqlError) throw new NotAvailableYet(`search query fails on the gateway: ${error.message.slice(0, 300)}`);
        throw error;
      }
    }
    // "Digitalisierung" must find titles that only say "digitalisierte" (SPEC §6).
    const probe = await graphql<SearchData>(gateway.baseUrl, SEARCH, { query: STEMMING_PROBE.query, first: 50 });
    const probeFound = probe.search.edges.filter((e) => e.node.title === STEMMING_PROBE.title).length;
    ctx.log(`  stemming probe "${STEMMING_PROBE.query}": ${probeFound} of the probe case studies found (totalCount ${probe.search.totalCount})`);

    const perQuery = 16;
    const perQuerySeconds = Math.max(3, Math.round(ctx.seconds / 2));
    // --quick only checks that the harness runs: three queries suffice.
    const queries = ctx.quick ? SEARCH_QUERIES.slice(0, 3) : SEARCH_QUERIES;
    const rows: Array<{ query: string; concurrency: number; runs: LoadResult[] }> = [];
    for (const concurrency of [1, 8]) {
      for (const query of queries) {
        // Bounded by time at network scale (a slow search must not stall the harness), by count in --quick.
        const runs: LoadResult[] = [
          await runLoad({
            url: gateway.baseUrl,
            connections: concurrency,
            ...(ctx.quick ? { amount: perQuery * (concurrency === 1 ? 1 : 2) } : { duration: perQuerySeconds }),
            requests: [graphqlRequest(SEARCH, { query, first: 10 })],
            verify: noGraphqlErrors,
          }),
        ];
        rows.push({ query, concurrency, runs });
      }
    }
    const summary = rows.map((r) => ({
      query: r.query,
      concurrency: r.concurrency,
      totalCount: totals[r.query],
      requests: r.runs.reduce((a, x) => a + x.requests, 0),
      p50: median(r.runs.map((x) => x.p50 ?? NaN)),
      p95: median(r.runs.map((x) => x.p95 ?? NaN)),
      errors: r.runs.reduce((a, x) => a + x.errors, 0),
    }));
    const overall = [1, 8].map((concurrency) => {
      const s = summary.filter((x) => x.concurrency === concurrency);
      return { concurrency, worstP95: Math.max(...s.map((x) => x.p95 ?? 0)), medianP50: median(s.map((x) => x.p50 ?? NaN)) };
    });
    ctx.log(
      table(
        ['query', 'concurrency', 'totalCount', 'requests', 'p50 ms', 'p95 ms', 'errors'],
        summary.map((s) => [s.query, s.concurrency, s.totalCount, s.requests, s.p50, s.p95, s.errors]),
      ),
    );
    const file = writeResult('search', ctx.quick, {
      dataset: ctx.dataset.counts,
      settings: ctx.quick ? { requestsPerQuery: perQuery, first: 10 } : { secondsPerQueryAndConcurrency: perQuerySeconds, first: 10 },
      targets: { p95AtConcurrency8AtMostMs: 50, stemming: `"${STEMMING_PROBE.query}" finds "${STEMMING_PROBE.title}"` },
      stemmingProbe: { query: STEMMING_PROBE.query, found: probeFound, totalCount: probe.search.totalCount },
      summary,
      overall,
      runs: rows,
    });
    return {
      scenario: 'search',
      status: 'ran',
      file,
      figures: [
        atMost('search p95 ms at c=8, worst of all queries', overall[1].worstP95, 50),
        reported('search p50 ms at c=8, median of queries', overall[1].medianP50),
        reported('search p95 ms at c=1, worst of all queries', overall[0].worstP95),
        equals('stemming: "Digitalisierung Friedhofsverwaltung" finds the "Digitalisierte …" probe', probeFound > 0, true),
      ],
    };
  } finally {
    await gateway.stop();
  }
}

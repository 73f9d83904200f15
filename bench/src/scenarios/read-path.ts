import { join } from 'node:path';
import type { BenchContext, ScenarioOutcome } from '../context';
import { atLeast, atMost, NotAvailableYet, reported } from '../context';
import { statementCount } from '../database';
import { graphql, GraphqlError, graphqlRequest, LoadResult, noGraphqlErrors, runLoad } from '../load';
import { ServerProcess, startGateway } from '../processes';
import { median, sleep, table, writeResult } from '../report';

const NODE_FIELDS = 'id slug title summary maturity publishedAt';
const FULL_NODE = `${NODE_FIELDS} municipality { id name slug } topics { id slug name } contact { id displayName }`;

/** The contract query of SPEC §4/§6; fallbacks drop what the gateway lacks (reported). */
export function caseStudiesQuery(node = FULL_NODE): string {
  return `query Page($first: Int!) { caseStudies(first: $first) { totalCount edges { cursor node { ${node} } } pageInfo { hasNextPage endCursor } } }`;
}

interface PageData {
  caseStudies: { totalCount: number; edges: Array<{ cursor: string; node: { id: string } }>; pageInfo: { hasNextPage: boolean } };
}

/** Finds the richest variant of the query the gateway answers; throws NotAvailableYet when none. */
export async function workingCaseStudiesQuery(baseUrl: string): Promise<{ query: string; adapted: string | null }> {
  const variants: Array<[string, string | null]> = [
    [FULL_NODE, null],
    [`${NODE_FIELDS} municipality { id name slug } topics { id slug name }`, 'without contact'],
    [`${NODE_FIELDS} municipality { id name slug }`, 'without topics and contact'],
  ];
  let lastError = '';
  for (const [node, adapted] of variants) {
    try {
      await graphql<PageData>(baseUrl, caseStudiesQuery(node), { first: 2 });
      return { query: caseStudiesQuery(node), adapted };
    } catch (error) {
      if (!(error instanceof GraphqlError)) throw error;
      lastError = error.message;
    }
  }
  throw new NotAvailableYet(`caseStudies query fails on the gateway: ${lastError.slice(0, 300)}`);
}

interface Sample {
  target: 'graphql' | 'plain';
  first: number;
  round: number;
  load: LoadResult;
  cpuMsPerRequest: number;
  /** CPU per request less the idle background CPU of the same period. */
  netCpuMsPerRequest: number;
  statementsPerRequest: number | null;
}

async function measure(
  ctx: BenchContext,
  server: ServerProcess,
  role: 'bench_gateway' | 'bench_plain',
  run: () => Promise<LoadResult>,
): Promise<{ load: LoadResult; cpuMsPerRequest: number; statementsPerRequest: number | null }> {
  const statements0 = await statementCount(ctx.db, role);
  const cpu0 = server.cpuMs();
  const load = await run();
  const cpu1 = server.cpuMs();
  const statements1 = await statementCount(ctx.db, role);
  return {
    load,
    cpuMsPerRequest: load.requests ? (cpu1 - cpu0) / load.requests : NaN,
    // The two counting queries of this harness run as the owner role, so they are not included.
    statementsPerRequest: statements0 === null || statements1 === null || !load.requests ? null : (statements1 - statements0) / load.requests,
  };
}

/**
 * Scenario 1: `caseStudies(first: N)` over GraphQL against the gateway (child process from dist)
 * and the same page from the plain node:http + pg server, interleaved round by round.
 */
export async function readPathScenario(ctx: BenchContext): Promise<ScenarioOutcome> {
  const gateway = await startGateway(ctx.db.urlFor('bench_gateway'), join(ctx.dataDir, 'gateway'));
  let plain: ServerProcess | undefined;
  try {
    plain = await ServerProcess.start('plain', 'dist/bench/src/plain-server.js', { DATABASE_URL: ctx.db.urlFor('bench_plain') }, '/health');
    const { query, adapted } = await workingCaseStudiesQuery(gateway.baseUrl);
    if (adapted) ctx.log(`  caseStudies query adapted: ${adapted} (tell the lead)`);

    // Both servers must answer the same page.
    const viaGateway = await graphql<PageData>(gateway.baseUrl, query, { first: 20 });
    const viaPlain = (await (await fetch(`${plain.baseUrl}/case-studies?first=20`)).json()) as { data: PageData };
    const gatewayIds = viaGateway.caseStudies.edges.map((e) => e.node.id);
    const plainIds = viaPlain.data.caseStudies.edges.map((e) => e.node.id);
    const samePage =
      gatewayIds.length === plainIds.length && gatewayIds.every((id, i) => id === plainIds[i]) &&
      viaGateway.caseStudies.totalCount === viaPlain.data.caseStudies.totalCount;
    if (!samePage) {
      ctx.log(
        `  WARNING: pages differ (gateway totalCount ${viaGateway.caseStudies.totalCount}, ${gatewayIds.length} items; ` +
          `plain ${viaPlain.data.caseStudies.totalCount}, ${plainIds.length} items)`,
      );
    }

    const sizes = [20, 100];
    const connections = 8;
    const runFor = (target: 'graphql' | 'plain', first: number, seconds: number) =>
      target === 'graphql'
        ? runLoad({ url: gateway.baseUrl, connections, duration: seconds, requests: [graphqlRequest(query, { first })], verify: noGraphqlErrors })
        : runLoad({ url: plain!.baseUrl, connections, duration: seconds, requests: [{ method: 'GET', path: `/case-studies?first=${first}` }] });

    // Warm-up: JIT, connection pools, PostgreSQL buffers (--quick: the exact runs below warm up).
    for (const first of ctx.quick ? [] : sizes) {
      await runFor('graphql', first, ctx.quick ? 1 : 3);
      await runFor('plain', first, ctx.quick ? 1 : 3);
    }

    // Background CPU (queue polling, timers, GC) while idle, so CPU per request can be given net of it:
    // at a few requests a second the background would otherwise dominate.
    const idleMs = ctx.quick ? 1000 : 3000;
    const idle0 = { gateway: gateway.cpuMs(), plain: plain.cpuMs() };
    await sleep(idleMs);
    const idleCpuPerSecond = { graphql: ((gateway.cpuMs() - idle0.gateway) * 1000) / idleMs, plain: ((plain.cpuMs() - idle0.plain) * 1000) / idleMs };

    // Statements per request, exactly: a fixed number of requests, so none is in flight at either reading.
    const exactStatements: Array<{ first: number; target: 'graphql' | 'plain'; requests: number; statementsPerRequest: number | null }> = [];
    for (const first of sizes) {
      for (const target of ['graphql', 'plain'] as const) {
        const amount = 100;
        const m = await measure(ctx, target === 'graphql' ? gateway : plain, target === 'graphql' ? 'bench_gateway' : 'bench_plain', () =>
          target === 'graphql'
            ? runLoad({ url: gateway.baseUrl, connections: 4, amount, requests: [graphqlRequest(query, { first })], verify: noGraphqlErrors })
            : runLoad({ url: plain!.baseUrl, connections: 4, amount, requests: [{ method: 'GET', path: `/case-studies?first=${first}` }] }),
        );
        exactStatements.push({ first, target, requests: m.load.requests, statementsPerRequest: m.statementsPerRequest });
      }
    }

    const samples: Sample[] = [];
    for (let round = 1; round <= ctx.rounds; round++) {
      for (const first of sizes) {
        // Alternate the order so drift (thermal, caches) does not favour one side.
        const order: Array<'graphql' | 'plain'> = round % 2 ? ['graphql', 'plain'] : ['plain', 'graphql'];
        for (const target of order) {
          const m = await measure(ctx, target === 'graphql' ? gateway : plain, target === 'graphql' ? 'bench_gateway' : 'bench_plain', () =>
            runFor(target, first, ctx.seconds),
          );
          const netCpu = m.load.requests ? m.cpuMsPerRequest - (idleCpuPerSecond[target] * m.load.seconds) / m.load.requests : NaN;
          samples.push({ target, first, round, ...m, netCpuMsPerRequest: netCpu });
          ctx.log(
            `  round ${round} first=${first} ${target.padEnd(7)} ${m.load.rps.toFixed(0)} req/s, p95 ${m.load.p95?.toFixed(1)} ms, ` +
              `${m.cpuMsPerRequest.toFixed(2)} ms CPU/req, ${m.statementsPerRequest?.toFixed(2) ?? '–'} SQL/req, errors ${m.load.errors}`,
          );
        }
      }
    }

    const summary = sizes.flatMap((first) =>
      (['graphql', 'plain'] as const).map((target) => {
        const s = samples.filter((x) => x.first === first && x.target === target);
        return {
          first,
          target,
          rps: median(s.map((x) => x.load.rps)),
          p50: median(s.map((x) => x.load.p50 ?? NaN)),
          p95: median(s.map((x) => x.load.p95 ?? NaN)),
          p99: median(s.map((x) => x.load.p99 ?? NaN)),
          cpuMsPerRequest: median(s.map((x) => x.cpuMsPerRequest)),
          netCpuMsPerRequest: median(s.map((x) => x.netCpuMsPerRequest)),
          statementsPerRequest: exactStatements.find((x) => x.first === first && x.target === target)?.statementsPerRequest ?? null,
          errors: s.reduce((a, x) => a + x.load.errors, 0),
        };
      }),
    );
    const ratios = sizes.map((first) => {
      const g = summary.find((x) => x.first === first && x.target === 'graphql')!;
      const p = summary.find((x) => x.first === first && x.target === 'plain')!;
      // Ratio per round (same conditions), then the median of the ratios.
      const perRound = samples
        .filter((x) => x.first === first && x.target === 'graphql')
        .map((gs) => {
          const ps = samples.find((x) => x.first === first && x.target === 'plain' && x.round === gs.round);
          return ps ? gs.load.rps / ps.load.rps : NaN;
        });
      return { first, ratio: median(perRound), ratioOfMedians: g.rps && p.rps ? g.rps / p.rps : null };
    });

    ctx.log(
      table(
        ['first', 'server', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'CPU ms/req', 'net of idle', 'SQL/req', 'GraphQL/plain', 'errors'],
        summary.map((s) => [
          s.first,
          s.target === 'graphql' ? 'gateway (GraphQL)' : 'plain node:http+pg',
          s.rps === null ? null : Math.round(s.rps),
          s.p50, s.p95, s.p99, s.cpuMsPerRequest, s.netCpuMsPerRequest, s.statementsPerRequest,
          s.target === 'graphql' ? ratios.find((r) => r.first === s.first)?.ratio ?? null : null,
          s.errors,
        ]),
      ),
    );
    const file = writeResult('read-path', ctx.quick, {
      dataset: ctx.dataset.counts,
      idleCpuMsPerSecond: idleCpuPerSecond,
      settings: { connections, secondsPerRun: ctx.seconds, rounds: ctx.rounds, query, adapted, samePage, statementsCountable: ctx.db.statementsCountable },
      targets: { ratioAtLeast: 0.5, gatewayCpuMsPerRequestAtMost: 1.6, statementsPerRequestAtMost: 5 },
      summary,
      ratios,
      exactStatements,
      samples: samples.map((s) => ({ ...s, load: { ...s.load } })),
    });
    const g20 = summary.find((s) => s.first === 20 && s.target === 'graphql')!;
    const g100 = summary.find((s) => s.first === 100 && s.target === 'graphql')!;
    return {
      scenario: 'read-path',
      status: 'ran',
      file,
      detail: adapted ? `query adapted: ${adapted}` : samePage ? undefined : 'pages of gateway and plain server differ',
      figures: [
        atLeast('GraphQL/plain throughput, first=20', ratios[0].ratio, 0.5),
        reported('GraphQL/plain throughput, first=100', ratios[1]?.ratio ?? null),
        atMost('gateway CPU ms/req, first=20 (net of idle)', g20.netCpuMsPerRequest, 1.6),
        reported('gateway CPU ms/req, first=100 (net of idle)', g100.netCpuMsPerRequest),
        atMost('SQL statements/req, first=20', g20.statementsPerRequest, 5),
        atMost('SQL statements/req, first=100', g100.statementsPerRequest, 5),
      ],
    };
  } finally {
    await plain?.stop();
    await gateway.stop();
  }
}

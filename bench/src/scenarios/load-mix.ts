import { join } from 'node:path';
import { Client } from 'pg';
import type autocannon from 'autocannon';
import type { BenchContext, ScenarioOutcome } from '../context';
import { atMost, equals, reported } from '../context';
import { graphql, GraphqlError, graphqlRequest, noGraphqlErrors, runLoad } from '../load';
import { startGateway } from '../processes';
import { fmt, table, writeResult } from '../report';
import { BENCH_PASSWORD } from '../scale';
import { caseStudiesQuery } from './read-path';
import { SEARCH_QUERIES } from './search';

const CLIENTS = 100;
/** Lets the harness read the gateway's Prometheus metrics (memory break-down) in production mode. */
const METRICS_TOKEN = 'bench-metrics-token';

interface MemorySample {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  /** Used size per V8 heap space (new, old, code, large_object …), MB. */
  spaces: Record<string, number>;
}

/**
 * Reads the gateway's /metrics once a second and keeps the sample with the highest RSS, so the
 * peak can be split into V8 heap, external (Buffers) and the rest (native: malloc, stacks, code).
 */
function sampleMemory(baseUrl: string): { stop(): Promise<MemorySample | null> } {
  let best: MemorySample | null = null;
  let running = true;
  const mb = (v: string | undefined) => (v === undefined ? 0 : Number(v) / 2 ** 20);
  const once = async () => {
    const res = await fetch(`${baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` }, signal: AbortSignal.timeout(5000) });
    if (!res.ok) return;
    const text = await res.text();
    const value = (name: string) => new RegExp(`^ikone_gateway_${name} (\\S+)`, 'm').exec(text)?.[1];
    const spaces: Record<string, number> = {};
    for (const m of text.matchAll(/^ikone_gateway_nodejs_heap_space_size_used_bytes\{space="([a-z_]+?)(?:_space)?"\} (\S+)/gm)) spaces[m[1]] = mb(m[2]);
    const sample = {
      rss: mb(value('process_resident_memory_bytes')),
      heapUsed: mb(value('nodejs_heap_size_used_bytes')),
      heapTotal: mb(value('nodejs_heap_size_total_bytes')),
      external: mb(value('nodejs_external_memory_bytes')),
      spaces,
    };
    if (!best || sample.rss > best.rss) best = sample;
  };
  const loop = (async () => {
    while (running) {
      await once().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 1000));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return best;
    },
  };
}

interface Account {
  email: string;
  token: string;
  eventId: string;
}

/** One kind of request in the mix; `build` makes it for one account. Kinds the gateway lacks are dropped (reported). */
interface Kind {
  name: string;
  weight: number;
  mutation: boolean;
  build(account: Account, i: number): { query: string; variables: Record<string, unknown> };
}

const KINDS: Kind[] = [
  { name: 'caseStudies(first: 20)', weight: 4, mutation: false, build: () => ({ query: caseStudiesQuery(), variables: { first: 20 } }) },
  {
    name: 'caseStudies(filter: topic)',
    weight: 1,
    mutation: false,
    build: () => ({
      query: `query($first: Int!, $topics: [String!]) { caseStudies(first: $first, filter: { topicSlugs: $topics }) { totalCount edges { node { id title municipality { name } } } } }`,
      variables: { first: 20, topics: ['smart-city'] },
    }),
  },
  {
    name: 'search',
    weight: 2,
    mutation: false,
    build: (_a, i) => ({
      query: `query($q: String!) { search(query: $q, first: 10) { totalCount edges { node { __typename ... on CaseStudy { id title } ... on Event { id title } } } } }`,
      variables: { q: SEARCH_QUERIES[i % SEARCH_QUERIES.length] },
    }),
  },
  {
    name: 'events(first: 20)',
    weight: 1,
    mutation: false,
    build: () => ({ query: `{ events(first: 20) { totalCount edges { node { id title startsAt } } } }`, variables: {} }),
  },
  { name: 'topics', weight: 1, mutation: false, build: () => ({ query: `{ topics { id slug name } }`, variables: {} }) },
  { name: 'me', weight: 1, mutation: false, build: () => ({ query: `{ me { id displayName role } }`, variables: {} }) },
  {
    name: 'registerForEvent',
    weight: 1,
    mutation: true,
    build: (a) => ({ query: `mutation($id: ID!) { registerForEvent(id: $id) { status } }`, variables: { id: a.eventId } }),
  },
  {
    name: 'cancelRegistration',
    weight: 1,
    mutation: true,
    build: (a) => ({ query: `mutation($id: ID!) { cancelRegistration(id: $id) { status } }`, variables: { id: a.eventId } }),
  },
  {
    name: 'subscribe',
    weight: 1,
    mutation: true,
    build: () => ({
      query: `mutation { subscribe(target: { topicSlug: "mobilitaet" }, frequency: WEEKLY) { id } }`,
      variables: {},
    }),
  },
];

/**
 * Members with their own upcoming event (unlimited seats, not yet registered), so the
 * register/cancel pair of each client never conflicts with another client's.
 */
async function prepareAccounts(ctx: BenchContext, baseUrl: string, count: number): Promise<Account[]> {
  const client = new Client({ connectionString: ctx.db.url });
  await client.connect();
  try {
    const { rows: users } = await client.query<{ id: string; email: string }>(
      `select id, email from app_user where role = 'MEMBER' and status = 'ACTIVE' and municipality_id is not null
        order by email limit $1`,
      [count],
    );
    const { rows: events } = await client.query<{ id: string }>(
      `update event set capacity = null, registration_deadline = null
        where id in (select id from event where status = 'PUBLISHED' and starts_at > now() + interval '14 days'
                      order by id limit $1)
        returning id`,
      [count],
    );
    await client.query(`delete from registration where event_id = any($1::uuid[]) and user_id = any($2::uuid[])`, [
      events.map((e) => e.id),
      users.map((u) => u.id),
    ]);
    const accounts: Account[] = [];
    for (const [i, user] of users.entries()) {
      const data = await graphql<{ login: { accessToken: string } }>(
        baseUrl,
        `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
        { e: user.email, p: BENCH_PASSWORD },
      );
      accounts.push({ email: user.email, token: data.login.accessToken, eventId: events[i % events.length].id });
    }
    return accounts;
  } finally {
    await client.end();
  }
}

/** Scenario 5: 100 signed-in clients mixing reads, search and mutations; errors, p95, gateway peak RSS. */
export async function loadScenario(ctx: BenchContext): Promise<ScenarioOutcome> {
  const gateway = await startGateway(ctx.db.urlFor('bench_gateway'), join(ctx.dataDir, 'gateway'), { METRICS_TOKEN });
  try {
    const idleRss = gateway.rssMb();
    const accounts = await prepareAccounts(ctx, gateway.baseUrl, CLIENTS);
    const afterLoginsRss = gateway.rssMb();
    ctx.log(`  gateway RSS: ${fmt(idleRss, 0)} MB after start, ${fmt(afterLoginsRss, 0)} MB after ${CLIENTS} sign-ins (argon2id, 19 MiB each)`);
    // Keep only kinds the gateway answers; the register/cancel pair is tried twice in a row.
    const probe = accounts[0];
    const available: Kind[] = [];
    const missing: string[] = [];
    for (const kind of KINDS) {
      const { query, variables } = kind.build(probe, 0);
      try {
        await graphql(gateway.baseUrl, query, variables, probe.token);
        available.push(kind);
      } catch (error) {
        if (!(error instanceof GraphqlError)) throw error;
        missing.push(`${kind.name} (${error.message.slice(0, 120)})`);
      }
    }
    if (available.some((k) => k.name === 'registerForEvent') !== available.some((k) => k.name === 'cancelRegistration')) {
      // One without the other would fail on repetition.
      for (const name of ['registerForEvent', 'cancelRegistration']) {
        const i = available.findIndex((k) => k.name === name);
        if (i >= 0) missing.push(`${available.splice(i, 1)[0].name} (its pair is missing)`);
      }
    }
    for (const m of missing) ctx.log(`  not in the mix: ${m}`);

    // One cycle per client: reads weighted, then register … cancel, so each pair stays consistent.
    const cycle = (account: Account, index: number): autocannon.Request[] => {
      const reads = available.filter((k) => !k.mutation).flatMap((k) => Array.from({ length: k.weight }, () => k));
      const requests: autocannon.Request[] = [];
      const add = (kind: Kind, i: number) => {
        const { query, variables } = kind.build(account, i);
        requests.push(graphqlRequest(query, variables, account.token));
      };
      reads.forEach((k, i) => add(k, index + i));
      const register = available.find((k) => k.name === 'registerForEvent');
      const cancel = available.find((k) => k.name === 'cancelRegistration');
      const subscribe = available.find((k) => k.name === 'subscribe');
      if (register && cancel) {
        add(register, 0);
        reads.slice(0, 3).forEach((k, i) => add(k, index + i + 7));
        add(cancel, 0);
      }
      if (subscribe) add(subscribe, 0);
      return requests;
    };
    const mutationShare = (() => {
      const sample = cycle(accounts[0], 0);
      return sample.filter((r) => String(r.body).includes('mutation')).length / sample.length;
    })();

    gateway.startSampling();
    const cpu0 = gateway.cpuMs();
    const seconds = ctx.quick ? 3 : 60;
    const memory = sampleMemory(gateway.baseUrl);
    const snapshot = setTimeout(() => {
      if (gateway.heapSnapshot()) ctx.log('  heap snapshot requested (SIGUSR2) half-way through the load');
    }, (seconds * 1000) / 2);
    const result = await runLoad({
      url: gateway.baseUrl,
      connections: CLIENTS,
      duration: seconds,
      requests: cycle(accounts[0], 0),
      perConnection: (i) => cycle(accounts[i % accounts.length], i),
      verify: noGraphqlErrors,
    });
    const cpu1 = gateway.cpuMs();
    const peakRss = gateway.stopSampling();
    const hwm = gateway.hwmMb();
    clearTimeout(snapshot);
    const atPeak = await memory.stop();
    if (atPeak) {
      ctx.log(
        `  gateway memory at the highest RSS sample (MB): RSS ${fmt(atPeak.rss, 0)}, V8 heap used ${fmt(atPeak.heapUsed, 0)} of ${fmt(atPeak.heapTotal, 0)} ` +
          `(new space ${fmt(atPeak.spaces.new ?? null, 0)}, old space ${fmt(atPeak.spaces.old ?? null, 0)}, code ${fmt(atPeak.spaces.code ?? null, 0)}), ` +
          `external ${fmt(atPeak.external, 0)}, outside the V8 heap ${fmt(atPeak.rss - atPeak.heapTotal - atPeak.external, 0)}`,
      );
    }

    ctx.log(
      table(
        ['clients', 'seconds', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'peak RSS MB', 'CPU ms/req', 'mutations'],
        [[
          CLIENTS, seconds, result.requests, Math.round(result.rps), result.p50, result.p95, result.p99, result.errors,
          Math.round(peakRss), (cpu1 - cpu0) / Math.max(1, result.requests), `${fmt(mutationShare * 100, 0)}%`,
        ]],
      ),
    );
    const file = writeResult('load', ctx.quick, {
      dataset: ctx.dataset.counts,
      settings: { clients: CLIENTS, seconds, kinds: available.map((k) => k.name), missing, mutationShare },
      targets: { errors: 0, gatewayRssAtMostMb: 250 },
      result,
      gateway: { peakRssMbDuringLoad: peakRss, vmHwmMb: hwm, cpuMsPerRequest: (cpu1 - cpu0) / Math.max(1, result.requests), memoryAtPeakMb: atPeak, idleRssMb: idleRss, afterLoginsRssMb: afterLoginsRss },
    });
    return {
      scenario: 'load',
      status: 'ran',
      file,
      detail: missing.length ? `not in the mix: ${missing.map((m) => m.split(' (')[0]).join(', ')}` : undefined,
      figures: [
        equals('load: errors, 100 clients × 60 s', result.errors, 0),
        reported('load: p95 ms', result.p95),
        atMost('load: gateway peak RSS MB', Math.round(peakRss), 250),
      ],
    };
  } finally {
    await gateway.stop();
  }
}

import autocannon from 'autocannon';
import { percentile } from './report';

export interface LoadOptions {
  url: string;
  connections: number;
  /** Seconds; ignored when `amount` is set. */
  duration?: number;
  amount?: number;
  requests: autocannon.Request[];
  /** Different requests per connection (e.g. one signed-in account each); overrides `requests`. */
  perConnection?: (index: number) => autocannon.Request[];
  /** Counts a response as an error when this returns false (e.g. a GraphQL `errors` member). */
  verify?: (body: string) => boolean;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  rps: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
  /** Connection errors, timeouts, non-2xx and failed verifications. */
  errors: number;
  non2xx: number;
  mismatches: number;
}

/** Runs autocannon in this process and collects every latency, so p95 is exact (autocannon reports p97.5). */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? 10 }),
        requests: options.requests,
        timeout: 30,
        verifyBody: options.verify ? (body) => options.verify!(String(body ?? '')) : undefined,
        ...(options.perConnection ? { setupClient: perConnectionSetup(options.perConnection) } : {}),
      },
      (error: Error | null, res: autocannon.Result) => (error ? reject(error) : resolve(res)),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime);
    });
  });
  const seconds = (performance.now() - started) / 1000;
  const mismatches = (result as autocannon.Result & { mismatches?: number }).mismatches ?? 0;
  return {
    requests: result.requests.total,
    seconds,
    rps: result.requests.total / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.length ? latencies.reduce((a, b) => (b > a ? b : a), 0) : null,
    errors: result.errors + result.timeouts + result.non2xx + mismatches,
    non2xx: result.non2xx,
    mismatches,
  };
}

function perConnectionSetup(make: (index: number) => autocannon.Request[]): (client: autocannon.Client) => void {
  let next = 0;
  return (client) => client.setRequests(make(next++));
}

/** A GraphQL POST for autocannon. */
export function graphqlRequest(query: string, variables: Record<string, unknown> = {}, token?: string): autocannon.Request {
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  };
}

/** One GraphQL call with fetch; throws on HTTP or GraphQL errors. */
export async function graphql<T>(baseUrl: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await res.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  if (body.errors?.length) {
    throw new GraphqlError(body.errors.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; '));
  }
  if (!res.ok || !body.data) throw new GraphqlError(`HTTP ${res.status}`);
  return body.data;
}

export class GraphqlError extends Error {}

/** A response body without GraphQL errors. */
export function noGraphqlErrors(body: string): boolean {
  return !body.includes('"errors":');
}

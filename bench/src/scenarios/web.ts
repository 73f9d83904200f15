import { get } from 'node:http';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { BenchContext, ScenarioOutcome } from '../context';
import { atMost } from '../context';
import { statementTimeMs } from '../database';
import { runLoad } from '../load';
import { freePort, gatewayEnv, ServerProcess, startGateway } from '../processes';
import { median, table, writeResult } from '../report';
import { BENCH_PASSWORD } from '../scale';

/** Pages whose server render is measured, and whose assets are weighed; `coordinator` pages are signed in. */
const PAGES = [
  { name: 'case-study list', path: '/praxisbeispiele', coordinator: false },
  { name: 'case-study list, filtered', path: '/praxisbeispiele?reife=OPERATIONAL&thema=verwaltungsdigitalisierung', coordinator: false },
  { name: 'start page', path: '/', coordinator: false },
  { name: 'coordinator dashboard', path: '/koordination', coordinator: true },
  { name: 'coordinator statistics', path: '/koordination/statistik', coordinator: true },
];

/** Signs in through the web's own form (CSRF token and cookie as a browser has them); returns the Cookie header. */
async function signInCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const form = await fetch(`${baseUrl}/anmelden`);
  const anon = (form.headers.getSetCookie().find((c) => c.startsWith('ikone_anon=')) ?? '').split(';')[0];
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const answer = await fetch(`${baseUrl}/anmelden`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: anon },
    body: new URLSearchParams({ _csrf: token, email, password, zurueck: '/' }).toString(),
  });
  const sid = (answer.headers.getSetCookie().find((c) => c.startsWith('ikone_sid=')) ?? '').split(';')[0];
  if (!sid) throw new Error(`web sign-in failed (${answer.status})`);
  return sid;
}

/** Bytes on the wire of one GET with `Accept-Encoding: gzip` (node:http does not decompress). */
function wireBytes(url: string): Promise<{ bytes: number; gzip: boolean }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ bytes, gzip: res.headers['content-encoding'] === 'gzip' }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

/** Compressed bytes of every script and stylesheet a page loads, as a browser fetches them. */
async function assetWeight(baseUrl: string, path: string): Promise<{ jsGzip: number; cssGzip: number; htmlGzip: number }> {
  const html = await (await fetch(`${baseUrl}${path}`)).text();
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const sum = async (urls: string[]) => (await Promise.all(urls.map((u) => wireBytes(`${baseUrl}${u}`)))).reduce((a, b) => a + b.bytes, 0);
  return { jsGzip: await sum(scripts), cssGzip: await sum(styles), htmlGzip: gzipSync(html).length };
}

/**
 * Scenario "web": server render of public pages by the built web process (against the built
 * gateway) at 8 concurrent visitors, and the compressed JavaScript and CSS each page loads.
 */
export async function webScenario(ctx: BenchContext): Promise<ScenarioOutcome> {
  const gateway = await startGateway(ctx.db.urlFor('bench_gateway'), join(ctx.dataDir, 'gateway'));
  let web: ServerProcess | undefined;
  try {
    // The web listens on WEB_PORT; ServerProcess passes PORT, so both name the same port.
    const port = String(await freePort());
    web = await ServerProcess.start(
      'web',
      'dist/apps/web/src/main.js',
      { ...gatewayEnv(ctx.db.urlFor('bench_gateway'), join(ctx.dataDir, 'web')), GATEWAY_URL: gateway.baseUrl, PORT: port, WEB_PORT: port },
      '/health/live',
    );
    const connections = 8;
    // A coordinator of the data set (bench-1 … bench-N are the coordinators), signed in once.
    const cookie = await signInCookie(web.baseUrl, 'bench-1@bench.ikone.test', BENCH_PASSWORD);
    // Weighed first, on a quiet server.
    const weights = await Promise.all(PAGES.filter((p) => !p.coordinator).map(async (p) => ({ page: p.name, ...(await assetWeight(web!.baseUrl, p.path)) })));
    const rows: Array<{ page: string; rps: number | null; p50: number | null; p95: number | null; cpuMsPerRequest: number | null; gatewayCpuMsPerRequest: number | null; sqlMsPerRequest: number | null; errors: number }> = [];
    for (const page of PAGES) {
      if (!ctx.quick) await runLoad({ url: web.baseUrl, connections, duration: 3, requests: [{ method: 'GET', path: page.path, headers: page.coordinator ? { cookie } : {} }] });
      const samples = [];
      for (let round = 1; round <= ctx.rounds; round++) {
        const cpu0 = web.cpuMs();
        const gatewayCpu0 = gateway.cpuMs();
        const sql0 = await statementTimeMs(ctx.db, 'bench_gateway');
        const load = await runLoad({ url: web.baseUrl, connections, duration: ctx.seconds, requests: [{ method: 'GET', path: page.path, headers: page.coordinator ? { cookie } : {} }] });
        samples.push({
          load,
          cpuMsPerRequest: load.requests ? (web.cpuMs() - cpu0) / load.requests : NaN,
          gatewayCpuMsPerRequest: load.requests ? (gateway.cpuMs() - gatewayCpu0) / load.requests : NaN,
          sqlMsPerRequest: sql0 === null || !load.requests ? NaN : ((await statementTimeMs(ctx.db, 'bench_gateway'))! - sql0) / load.requests,
        });
        ctx.log(`  round ${round} ${page.name.padEnd(26)} ${load.rps.toFixed(0)} req/s, p95 ${load.p95?.toFixed(1)} ms, errors ${load.errors}`);
      }
      rows.push({
        page: page.name,
        rps: median(samples.map((s) => s.load.rps)),
        p50: median(samples.map((s) => s.load.p50 ?? NaN)),
        p95: median(samples.map((s) => s.load.p95 ?? NaN)),
        cpuMsPerRequest: median(samples.map((s) => s.cpuMsPerRequest)),
        gatewayCpuMsPerRequest: median(samples.map((s) => s.gatewayCpuMsPerRequest)),
        sqlMsPerRequest: median(samples.map((s) => s.sqlMsPerRequest)),
        errors: samples.reduce((a, s) => a + s.load.errors, 0),
      });
    }
    ctx.log(
      table(
        ['page', 'req/s', 'p50 ms', 'p95 ms', 'web CPU ms/req', 'gateway CPU ms/req', 'SQL ms/req', 'errors', 'JS kB gz', 'CSS kB gz', 'HTML kB gz'],
        rows.map((r) => {
          const w = weights.find((x) => x.page === r.page);
          return [r.page, r.rps === null ? null : Math.round(r.rps), r.p50, r.p95, r.cpuMsPerRequest, r.gatewayCpuMsPerRequest, r.sqlMsPerRequest, r.errors, w ? w.jsGzip / 1000 : null, w ? w.cssGzip / 1000 : null, w ? w.htmlGzip / 1000 : null];
        }),
      ),
    );
    const file = writeResult('web', ctx.quick, {
      dataset: ctx.dataset.counts,
      settings: { connections, secondsPerRun: ctx.seconds, rounds: ctx.rounds },
      targets: { caseStudyListP95MsAtMost: 100, coordinatorDashboardP95MsAtMost: 200, coordinatorStatisticsP95MsAtMost: 200, jsKbGzipAtMost: 150, cssKbGzipAtMost: 60 },
      rows,
      weights,
    });
    const list = rows[0];
    const dashboard = rows.find((r) => r.page === 'coordinator dashboard')!;
    const statistics = rows.find((r) => r.page === 'coordinator statistics')!;
    return {
      scenario: 'web',
      status: 'ran',
      file,
      figures: [
        atMost('web: case-study list p95 ms (8 visitors)', list.p95, 100),
        atMost('web: coordinator dashboard p95 ms (8 coordinators)', dashboard.p95, 200),
        atMost('web: coordinator statistics p95 ms (8 coordinators)', statistics.p95, 200),
        atMost('web: JavaScript kB compressed, largest page', Math.max(...weights.map((w) => w.jsGzip)) / 1000, 150),
        atMost('web: CSS kB compressed, largest page', Math.max(...weights.map((w) => w.cssGzip)) / 1000, 60),
      ],
    };
  } finally {
    await web?.stop();
    await gateway.stop();
  }
}

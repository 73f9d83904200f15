/**
 * IKONE benchmark harness: `npm run bench [-- --quick] [--regenerate] [--only read-path,search]
 * [--rounds N] [--seconds N]`. Builds (or reuses) the data set in its own database, then runs
 * the scenarios of SPEC §6 against the built servers (dist) and writes bench/results/*.json.
 */
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '@ikone/platform';
import { BenchContext, NotAvailableYet, ScenarioOutcome, verdict } from './context';
import { emptyDatabase, openBenchDatabase } from './database';
import { ensureDataset } from './dataset';
import { ServerProcess } from './processes';
import { machineInfo, table } from './report';
import { FULL, QUICK } from './scale';
import { digestScenario } from './scenarios/digest';
import { fanoutScenario } from './scenarios/fanout';
import { loadScenario } from './scenarios/load-mix';
import { readPathScenario } from './scenarios/read-path';
import { searchScenario } from './scenarios/search';
import { webScenario } from './scenarios/web';

const SCENARIOS: Record<string, (ctx: BenchContext) => Promise<ScenarioOutcome>> = {
  'read-path': readPathScenario,
  search: searchScenario,
  fanout: fanoutScenario,
  digest: digestScenario,
  load: loadScenario,
  web: webScenario,
};

interface Args {
  quick: boolean;
  regenerate: boolean;
  only: string[];
  rounds?: number;
  seconds?: number;
  datasetOnly: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { quick: false, regenerate: false, only: Object.keys(SCENARIOS), datasetOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--quick':
        args.quick = true;
        break;
      case '--regenerate':
        args.regenerate = true;
        break;
      case '--dataset-only':
        args.datasetOnly = true;
        break;
      case '--only':
        args.only = value().split(',').map((s) => s.trim()).filter(Boolean);
        for (const s of args.only) if (!SCENARIOS[s]) throw new Error(`unknown scenario "${s}" (known: ${Object.keys(SCENARIOS).join(', ')})`);
        break;
      case '--rounds':
        args.rounds = Number(value());
        break;
      case '--seconds':
        args.seconds = Number(value());
        break;
      default:
        throw new Error(`unknown option ${argv[i]}`);
    }
  }
  return args;
}

async function stopChildren(): Promise<void> {
  await Promise.all([...ServerProcess.running].map((p) => p.stop()));
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const scale = args.quick ? QUICK : FULL;
  const root = projectRoot();
  const dataDir = join(root, 'var', args.quick ? 'bench-quick' : 'bench');
  if (!existsSync(join(root, 'dist/apps/gateway/src/main.js'))) throw new Error('dist is missing: run `npm run bench` (it builds first)');
  const log = (line: string) => console.log(line);
  const machine = machineInfo();
  const runLoadAtStart = loadavg().map((l) => l.toFixed(2)).join(' / ');
  log(
    `IKONE bench (${scale.name}) on ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}, ` +
      `commit ${machine.commit.slice(0, 10)}${machine.dirty ? ' + uncommitted changes' : ''}, load average ${runLoadAtStart}`,
  );

  // The harness stops by itself: a hard limit well above the expected run time.
  const limitMs = (args.quick ? 10 : 120) * 60_000;
  const watchdog = setTimeout(() => {
    console.error(`bench: time limit of ${limitMs / 60_000} min reached, stopping`);
    void stopChildren().finally(() => process.exit(2));
  }, limitMs);
  watchdog.unref();

  const db = await openBenchDatabase(dataDir, log);
  // Ctrl-C or a CI timeout: end the servers this run started and the embedded database.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`bench: ${signal}, stopping`);
      void stopChildren()
        .then(() => db.stop())
        .finally(() => process.exit(130));
    });
  }
  try {
    if (args.regenerate) {
      log('--regenerate: Datensatz wird neu erzeugt / rebuilding the data set');
      await emptyDatabase(db.url);
    }
    log(`Datensatz / data set: ${db.embedded ? `embedded PostgreSQL in ${dataDir}` : 'BENCH_DATABASE_URL'}`);
    const dataset = await ensureDataset(db.url, scale, log);
    if (!db.statementsCountable) log('pg_stat_statements not available: SQL statements per request are not counted');
    if (args.datasetOnly) return 0;

    const ctx: BenchContext = {
      db,
      dataset,
      quick: args.quick,
      dataDir,
      rounds: args.rounds ?? (args.quick ? 1 : 5),
      seconds: args.seconds ?? (args.quick ? 1 : 10),
      log,
    };
    const outcomes: (ScenarioOutcome & { loadAtStart: number })[] = [];
    for (const name of args.only) {
      // Each scenario's own start: a quiet start of the run says little about a scenario 20 minutes later.
      const loadAtStart = loadavg()[0];
      log(`\n== ${name} == (load average ${loadAtStart.toFixed(2)})`);
      const t0 = performance.now();
      try {
        outcomes.push({ ...(await SCENARIOS[name](ctx)), loadAtStart });
      } catch (error) {
        if (error instanceof NotAvailableYet) {
          log(`not available yet: ${error.message}`);
          outcomes.push({ scenario: name, status: 'not available yet', detail: error.message, loadAtStart });
        } else {
          console.error(error);
          outcomes.push({ scenario: name, status: 'failed', detail: error instanceof Error ? error.message.split('\n')[0] : String(error), loadAtStart });
        }
      } finally {
        await stopChildren();
      }
      log(`(${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    }
    log(`\n== summary == commit ${machine.commit.slice(0, 10)}${machine.dirty ? ' (uncommitted changes)' : ''}, load average at the start ${runLoadAtStart}, Node ${process.versions.node}`);
    log(
      table(
        ['scenario', 'figure', 'measured', 'target', 'result'],
        outcomes.flatMap((o) =>
          o.figures?.length
            ? o.figures.map((f) => [
                o.scenario,
                f.name,
                typeof f.value === 'number' ? +f.value.toFixed(2) : f.value === null ? '–' : String(f.value),
                f.target ? `${f.target.op === '=' ? '=' : f.target.op === '<=' ? '≤' : '≥'} ${String(f.target.value)}` : '–',
                ctx.quick && f.target ? '(--quick: not held against the target)' : verdict(f),
              ])
            : [[o.scenario, o.status, '–', '–', o.detail ?? '']],
        ),
      ),
    );
    log(
      table(
        ['scenario', 'status', 'load at start', 'result file / note'],
        outcomes.map((o) => [
          o.scenario,
          o.status,
          // It includes the harness's own previous step (data set, earlier scenario), so it is a hint, not a verdict.
          o.loadAtStart.toFixed(2),
          o.file ? o.file.replace(`${root}/`, '') + (o.detail ? ` (${o.detail})` : '') : o.detail ?? '',
        ]),
      ),
    );
    return outcomes.some((o) => o.status === 'failed') ? 1 : 0;
  } finally {
    clearTimeout(watchdog);
    await stopChildren();
    await db.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('bench:', error instanceof Error ? error.message : error);
    void stopChildren().finally(() => process.exit(1));
  },
);

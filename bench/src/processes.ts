import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gatewayNodeFlags, PROCESS_ENV, projectRoot } from '@ikone/platform';
import { sleep } from './report';

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ; 100 on Linux x86-64). */
const CLK_TCK = 100;

/**
 * Node flags for the measured children (gateway, notifier, CLI, web) from `BENCH_NODE_OPTIONS`,
 * e.g. `--cpu-prof --cpu-prof-dir=var/bench/profiles`: the harness itself stays unprofiled.
 */
export function childNodeFlags(): string[] {
  return (process.env.BENCH_NODE_OPTIONS ?? '').split(/\s+/).filter(Boolean);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * `BENCH_PROFILE=gateway,notifier` starts those children with `--cpu-prof` (and `heap` in the list
 * adds `--heap-prof`, `heapsnapshot` a heap snapshot on SIGUSR2, `nocpu` leaves out `--cpu-prof`); the profiles land in
 * `bench/results/profiles/<name>-<time>/` when the child exits after SIGTERM. Open them in Chrome DevTools or summarise them with
 * `node dist/bench/src/profile-summary.js <file.cpuprofile>`.
 */
function profileFlags(name: string): string[] {
  const wanted = (process.env.BENCH_PROFILE ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (!wanted.includes(name)) return [];
  const dir = join(projectRoot(), 'bench', 'results', 'profiles', `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  const flags = wanted.includes('nocpu') ? [] : ['--cpu-prof', `--cpu-prof-dir=${dir}`];
  if (wanted.includes('heap')) flags.push('--heap-prof', `--heap-prof-dir=${dir}`);
  // SIGUSR2 writes a heap snapshot into the same folder (the load scenario sends it at its peak).
  if (wanted.includes('heapsnapshot')) mkdirSync(dir, { recursive: true });
  if (wanted.includes('heapsnapshot')) flags.push('--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${dir}`);
  return flags;
}

/** A server process started from the build (dist), measured from outside through /proc. */
export class ServerProcess {
  /** Every child still running, so the harness can end them when it stops early. */
  static readonly running = new Set<ServerProcess>();
  private peakRss = 0;
  private sampler: NodeJS.Timeout | undefined;
  private output: string[] = [];

  private constructor(
    readonly name: string,
    readonly child: ChildProcess,
    readonly port: number,
  ) {
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString());
      if (this.output.length > 200) this.output.splice(0, 100);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /**
   * Starts `node <script>` with `env` and waits (at most `timeoutMs`) until `ready` holds: an
   * HTTP path answering 200, or `'ipc'` for a `{ type: 'ready' }` message from the child.
   */
  static async start(
    name: string,
    script: string,
    env: Record<string, string | undefined>,
    ready: string,
    timeoutMs = 60_000,
    nodeFlags: readonly string[] = [],
  ): Promise<ServerProcess> {
    const port = Number(env.PORT ?? (await freePort()));
    const child = spawn(process.execPath, [...nodeFlags, ...profileFlags(name), ...childNodeFlags(), join(projectRoot(), script)], {
      cwd: projectRoot(),
      env: { ...process.env, ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const server = new ServerProcess(name, child, port);
    ServerProcess.running.add(server);
    child.once('exit', () => ServerProcess.running.delete(server));
    const deadline = Date.now() + timeoutMs;
    let signalled = false;
    child.on('message', (message: unknown) => {
      if ((message as { type?: string } | null)?.type === 'ready') signalled = true;
    });
    const readyPath = ready === 'ipc' ? null : ready;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${server.log()}`);
      if (readyPath === null) {
        if (signalled) break;
      } else {
        try {
          const res = await fetch(`${server.baseUrl}${readyPath}`, { signal: AbortSignal.timeout(2000) });
          if (res.ok) break;
        } catch {
          // not listening yet
        }
      }
      if (Date.now() > deadline) {
        await server.stop();
        throw new Error(`${name} not ready after ${timeoutMs} ms:\n${server.log()}`);
      }
      await sleep(readyPath === null ? 50 : 200);
    }
    return server;
  }

  log(): string {
    return this.output.join('').split('\n').slice(-40).join('\n');
  }

  /** User + system CPU time of the process so far, in ms. */
  cpuMs(): number {
    const pid = this.child.pid;
    if (!pid) return 0;
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start at ") ".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return ((utime + stime) * 1000) / CLK_TCK;
  }

  /** Asks the child for a heap snapshot (written only when started with BENCH_PROFILE=…,heapsnapshot). */
  heapSnapshot(): boolean {
    if (!(process.env.BENCH_PROFILE ?? '').split(',').includes('heapsnapshot')) return false;
    return this.child.kill('SIGUSR2');
  }

  /** Resident set size now, in MB. */
  rssMb(): number {
    const pid = this.child.pid;
    if (!pid) return 0;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return kb / 1024;
    } catch {
      return 0;
    }
  }

  /** Peak resident set size over the process life (VmHWM), in MB. */
  hwmMb(): number {
    const pid = this.child.pid;
    if (!pid) return 0;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    } catch {
      return 0;
    }
  }

  /** Samples RSS every 100 ms until {@link stopSampling}; returns the peak seen. */
  startSampling(): void {
    this.peakRss = this.rssMb();
    this.sampler = setInterval(() => {
      this.peakRss = Math.max(this.peakRss, this.rssMb());
    }, 100);
  }

  stopSampling(): number {
    if (this.sampler) clearInterval(this.sampler);
    this.sampler = undefined;
    return Math.max(this.peakRss, this.rssMb());
  }

  /** SIGTERM, then SIGKILL after 10 s. */
  async stop(): Promise<void> {
    this.stopSampling();
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/** Secrets for a production-mode gateway (never used outside the benchmark). */
export const BENCH_SECRETS = {
  JWT_SECRET: randomBytes(48).toString('base64url'),
  TOKEN_SECRET: randomBytes(48).toString('base64url'),
};

/** Environment of the measured gateway: production mode, migrations already applied, limits raised for load. */
export function gatewayEnv(databaseUrl: string, dataDir: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    IKONE_DATA_DIR: dataDir,
    MIGRATE_ON_START: 'false',
    PUBLIC_URL: 'http://127.0.0.1',
    HOST: '127.0.0.1',
    // The load scenario signs in many accounts from one address.
    LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '10000',
    LOGIN_ATTEMPTS_PER_MINUTE: '1000',
    ...BENCH_SECRETS,
    ...extra,
  };
}

/** Starts the gateway from dist as a child process. */
export function startGateway(databaseUrl: string, dataDir: string, extra: Record<string, string> = {}): Promise<ServerProcess> {
  const env = gatewayEnv(databaseUrl, dataDir, extra);
  // A REDIS_URL of the calling shell must not leak into a gateway meant to run on the PostgreSQL backend.
  if (!extra.REDIS_URL) env.REDIS_URL = '';
  // Started as production starts it (gatewayNodeFlags, PROCESS_ENV); BENCH_GATEWAY_NODE_FLAGS
  // replaces the flags for an experiment ('' for none).
  const override = process.env.BENCH_GATEWAY_NODE_FLAGS;
  const flags = override === undefined ? gatewayNodeFlags() : override.split(' ').filter(Boolean);
  // MALLOC_ARENA_MAX of the calling shell wins, for the same reason ('' for glibc's default).
  const malloc = process.env.MALLOC_ARENA_MAX === undefined ? PROCESS_ENV : {};
  return ServerProcess.start('gateway', 'dist/apps/gateway/src/main.js', { ...malloc, ...env }, '/health/live', 60_000, flags);
}

/** Starts the notifier from dist (through bench/src/notifier-child.ts) on the given queue backend and SMTP server. */
export function startNotifier(databaseUrl: string, dataDir: string, smtpUrl: string, redisUrl: string | null): Promise<ServerProcess> {
  return ServerProcess.start(
    'notifier',
    'dist/bench/src/notifier-child.js',
    {
      ...gatewayEnv(databaseUrl, dataDir),
      SMTP_URL: smtpUrl,
      REDIS_URL: redisUrl ?? '',
      BENCH_QUEUE_PREFIX: `bench-${Date.now().toString(36)}`,
    },
    'ipc',
  );
}

/** Whether a Redis answers PING at `url` (within 1 s). */
export async function redisAnswers(url: string): Promise<boolean> {
  const { connect } = await import('node:net');
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: u.hostname, port: Number(u.port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => done(d.toString().startsWith('+PONG')));
  });
}

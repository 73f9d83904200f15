import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { DataSource } from 'typeorm';
import { projectRoot } from '@ikone/platform';
import { SmtpSink, waitFor } from './smtp-sink';

/** A free TCP port on the loopback address. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** A child process with its output kept for the failure message. */
export interface Child {
  process: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
}

/** Runs a built program (`dist/…/main.js`) with only `env` (and PATH) as its environment. */
export function start(script: string, args: string[], env: Record<string, string>): Child {
  const child = spawn(process.execPath, [script, ...args], { cwd: projectRoot(), env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { process: child, output, exited };
}

export async function kill(child: Child | undefined, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (!child || child.process.exitCode !== null || child.process.signalCode !== null) return;
  child.process.kill(signal);
  await child.exited;
}

/**
 * A redis-server of the test's own on `port`, answering once this resolves. Without `dir` it
 * keeps nothing; with `dir` it writes an append-only file there (as a production Redis for
 * BullMQ must), so a stop and start keeps the queues.
 */
export async function startRedisServer(port: number, dir?: string): Promise<ChildProcess> {
  const persistence = dir ? ['--appendonly', 'yes', '--appendfsync', 'everysec', '--dir', dir] : ['--appendonly', 'no'];
  const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...persistence], { stdio: 'ignore' });
  await waitFor('redis up', () => pingRedis(port), 10_000);
  return server;
}

async function pingRedis(port: number): Promise<boolean> {
  const { connect } = await import('node:net');
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => done(/PONG/.test(String(d))));
  });
}

/** The Message-ID header of a raw message, or `(none)`. */
function messageIdOf(raw: Buffer): string {
  return /^message-id:\s*(<[^>]+>)/im.exec(raw.toString('utf8').split(/\r?\n\r?\n/)[0])?.[1] ?? '(none)';
}

/** What one fan-out of `study` gave `users`: counted at the SMTP sink and in PostgreSQL. */
export interface FanOutTally {
  lost: number;
  doubled: number;
  /** Doubles whose copies do not all carry one Message-ID (receivers could not drop them). */
  doubledOtherId: number;
  sentThrice: number;
  inAppMissing: number;
  inAppDoubled: number;
  inDoubt: number;
  /** Attempts not recorded as they happened: 1, or 2 for an in-doubt resend. */
  badAttempts: number;
}

export async function tallyFanOut(sink: SmtpSink, db: DataSource, users: Array<{ id: string; email: string }>, study: { id: string; eventId: string }): Promise<FanOutTally> {
  const count = async (sql: string, params: unknown[]) => ((await db.query(sql, params)) as Array<{ n: number }>)[0].n;
  const emails = new Set(users.map((u) => u.email));
  const perRecipient = new Map<string, string[]>();
  for (const m of sink.messages) {
    if (!m.to.some((to) => emails.has(to))) continue;
    const messageId = messageIdOf(m.raw);
    for (const to of m.to) if (emails.has(to)) perRecipient.set(to, [...(perRecipient.get(to) ?? []), messageId]);
  }
  const doubled = [...perRecipient.values()].filter((ids) => ids.length > 1);
  return {
    lost: users.filter((u) => !perRecipient.has(u.email)).length,
    doubled: doubled.length,
    doubledOtherId: doubled.filter((ids) => new Set(ids).size > 1).length,
    sentThrice: doubled.filter((ids) => ids.length > 2).length,
    inAppMissing: users.length - (await count(`select count(distinct recipient_id)::int as n from notification where subject_id = $1`, [study.id])),
    inAppDoubled: await count(`select count(*)::int as n from (select recipient_id from notification where subject_id = $1 group by 1 having count(*) > 1) x`, [study.id]),
    inDoubt: await count(`select count(*)::int as n from email_delivery where event_id = $1 and in_doubt_at is not null`, [study.eventId]),
    badAttempts: await count(`select count(*)::int as n from email_delivery where event_id = $1 and attempts <> case when in_doubt_at is null then 1 else 2 end`, [study.eventId]),
  };
}

/** Waits until every delivery of the fan-out is SENT: then the sink holds all that will ever arrive. */
export async function allSent(db: DataSource, expected: number, study: { eventId: string }, timeoutMs = 180_000): Promise<void> {
  await waitFor(
    'every delivery SENT',
    async () => ((await db.query(`select count(*)::int as n from email_delivery where event_id = $1 and status = 'SENT'`, [study.eventId])) as Array<{ n: number }>)[0].n === expected,
    timeoutMs,
  );
}

import { spawnSync } from 'node:child_process';
import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message the sink accepted: envelope recipients and the raw message, parsed on demand. */
export interface SinkMessage {
  to: string[];
  raw: Buffer;
  at: number;
  parsed(): Promise<ParsedMail>;
}

/**
 * A real SMTP server on a free local port. Keeps raw messages (parsing thousands while they
 * arrive would slow the sink, not the code under test) and parses when a test asks.
 */
export class SmtpSink {
  readonly messages: SinkMessage[] = [];
  private server?: SMTPServer;
  port = 0;

  async start(): Promise<this> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      maxClients: 100,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          let parsed: Promise<ParsedMail> | undefined;
          this.messages.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            raw,
            at: Date.now(),
            parsed: () => (parsed ??= simpleParser(raw)),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    server.on('error', () => undefined);
    this.server = server;
    this.port = (server.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  to(address: string): SinkMessage[] {
    return this.messages.filter((m) => m.to.includes(address.toLowerCase()));
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Polls until `probe` returns something truthy; fails naming `what` after the timeout. */
export async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false> | T | null | undefined | false, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The Redis URL tests may use (`TEST_REDIS_URL`, else 127.0.0.1:6379), or why not. Checked
 * synchronously because jest chooses describe or describe.skip while collecting.
 */
export function reachableRedis(): { url: string } | { reason: string } {
  const url = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
  const { hostname, port } = new URL(url);
  const probe =
    `const s=require('node:net').connect(${Number(port || 6379)},${JSON.stringify(hostname)});` +
    `s.setTimeout(1000,()=>process.exit(2));s.on('error',()=>process.exit(1));` +
    `s.on('connect',()=>s.write('PING\\r\\n'));s.on('data',(d)=>process.exit(/PONG|NOAUTH/.test(String(d))?0:3));`;
  const result = spawnSync(process.execPath, ['-e', probe], { timeout: 3000 });
  return result.status === 0 ? { url } : { reason: `Redis unter ${url} antwortet nicht; TEST_REDIS_URL setzen / Redis at ${url} does not answer` };
}

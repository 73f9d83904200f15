import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { AppConfig, loadConfig } from '@ikone/platform';
import { createTestDatabase } from '@ikone/platform/testing';
import { AuthService } from '@ikone/membership';
import { run } from './cli';
import { memoryIo } from './cli-io';
import { withCliContext } from './cli.module';
import { createCoordinatorCommand } from './commands/create-coordinator.command';
import { importDirectoryCommand } from './commands/import-directory.command';
import { seedCommand } from './commands/seed.command';
import { startCommand } from './commands/start.command';
import { DEMO_PASSWORD } from './demo-network';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('CLI commands', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let sql: Client;
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let config: AppConfig;

  const count = async (table: string): Promise<number> =>
    Number((await sql.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0].n);

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new Client({ connectionString: db.url });
    await sql.connect();
    dataDir = mkdtempSync(join(tmpdir(), 'ikone-cli-'));
    env = { NODE_ENV: 'test', DATABASE_URL: db.url, IKONE_DATA_DIR: dataDir, PORT: String(await freePort()) };
    config = loadConfig(env);
  });

  afterAll(async () => {
    await sql.end();
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('import-directory loads all 10,774 municipalities into an empty directory, with progress', async () => {
    await sql.query('delete from directory_entry');
    const io = memoryIo();
    expect(await importDirectoryCommand(config, io)).toBe(10_774);
    expect(await count('directory_entry')).toBe(10_774);
    expect(io.lines).toContain('Gemeindeverzeichnis / directory: 10.774 / 10.774');
    // A second run updates in place.
    expect(await importDirectoryCommand(config, memoryIo())).toBe(10_774);
  });

  it('import-directory stops on a bad file, names the line and exits 1', async () => {
    const file = join(dataDir, 'kaputt.csv');
    writeFileSync(file, 'ags,name,state\n07312000,"Kaiserslautern, kfr. St.",RP\n\n0731500,Mainz,RP\n');
    const io = memoryIo();
    expect(await run(['import-directory', file], env, io)).toBe(1);
    expect(io.errors[0]).toMatch(/Zeile 4.*line 4/);
    expect(await count('directory_entry')).toBe(10_774);
  });

  it('seed --demo builds the Kaiserslautern network once; a second run changes nothing', async () => {
    const tables = ['municipality', 'app_user', 'topic', 'directory_entry', 'audit_entry'];
    const first = await seedCommand(config, memoryIo(), { demo: true });
    expect(first.logins).toHaveLength(14);
    expect(first.logins.every((l) => l.created)).toBe(true);
    const before = await Promise.all(tables.map(count));

    const io = memoryIo();
    const second = await seedCommand(config, io, { demo: true });
    expect(second.logins.some((l) => l.created)).toBe(false);
    expect(await Promise.all(tables.map(count))).toEqual(before);
    expect(io.lines.join('\n')).toMatch(/nichts geändert/);
    expect(io.lines.join('\n')).toContain(DEMO_PASSWORD);

    const { rows } = await sql.query<{ name: string; kind: string; status: string }>(
      `select name, kind, status from municipality where ags = '07312000'`,
    );
    expect(rows).toEqual([{ name: 'Kaiserslautern', kind: 'STADT', status: 'ACTIVE' }]);
    expect(await count(`municipality where status = 'ACTIVE'`)).toBe(7);

    const session = await withCliContext(config, (app) =>
      app.get(AuthService).login('koordination@kaiserslautern.example', DEMO_PASSWORD, '127.0.0.1'),
    );
    expect(session.user.role).toBe('COORDINATOR');
    expect(session.accessToken).toEqual(expect.any(String));
  });

  it('create-coordinator makes an account with a password, else an invitation link', async () => {
    const withPassword = await createCoordinatorCommand(config, memoryIo(), {
      email: 'leitung@kaiserslautern.example',
      displayName: 'Leitung Koordinierungsstelle',
      password: 'Koordination-KL-2025',
    });
    expect(withPassword.userId).toEqual(expect.any(String));

    const io = memoryIo();
    const invited = await createCoordinatorCommand(config, io, { email: 'vertretung@kaiserslautern.example', displayName: 'Vertretung' });
    expect(invited.invitationLink).toMatch(/^http:\/\/localhost:\d+\/einladung\?token=/);
    expect(io.lines.join('\n')).toContain(invited.invitationLink);

    const again = memoryIo();
    expect(await run(['create-coordinator', '--email', 'leitung@kaiserslautern.example', '--name', 'X', '--password', 'Koordination-KL-2025'], env, again)).toBe(1);
    expect(again.errors[0]).toMatch(/bereits ein Konto/);
  });

  it('a bad setting stops a command naming the variable', async () => {
    const io = memoryIo();
    expect(await run(['migrate'], { ...env, PORT: 'drei' }, io)).toBe(1);
    expect(io.errors[0]).toMatch(/PORT/);
  });

  describe('start', () => {
    function stub(name: string, code: string): string {
      const file = join(dataDir, `${name}.js`);
      writeFileSync(file, code);
      return file;
    }
    const gateway = () =>
      stub(
        'gateway',
        `const http = require('node:http');
         const server = http.createServer((req, res) => { res.statusCode = req.url === '/health/live' ? 200 : 404; res.end(); });
         server.listen(Number(process.env.PORT), () => console.log('bereit ' + (process.env.DATABASE_URL === ${JSON.stringify(db.url)})));
         process.on('SIGTERM', () => server.close());`,
      );

    it('runs the children with the database URL, announces GraphQL and stops them on request', async () => {
      const io = memoryIo();
      const notifier = stub('notifier', `const t = setInterval(() => {}, 1000); process.on('SIGTERM', () => clearInterval(t));`);
      const running = await startCommand(config, io, env, {
        children: [
          { name: 'gateway', script: gateway() },
          { name: 'notifier', script: notifier },
        ],
      });
      const graphql = `[start] IKONE läuft / is running: http://localhost:${env.PORT}/ (GraphQL: http://localhost:${env.PORT}/graphql)`;
      for (let i = 0; i < 100 && !io.lines.includes(graphql); i++) await new Promise((r) => setTimeout(r, 100));
      expect(io.lines).toContain(graphql);
      expect(io.lines).toContain('[gateway] bereit true');
      expect(await running.stop(0)).toBe(0);
      expect(await running.done).toBe(0);
    });

    it('stops everything with exit code 1 when a child dies', async () => {
      const io = memoryIo();
      const running = await startCommand(config, io, env, {
        children: [
          { name: 'gateway', script: gateway() },
          { name: 'notifier', script: stub('dying', `setTimeout(() => process.exit(3), 300);`) },
        ],
      });
      expect(await running.done).toBe(1);
      expect(io.errors.join('\n')).toMatch(/notifier beendet \(Code 3\)/);
    });

    it('refuses to start without a build', async () => {
      const io = memoryIo();
      await expect(startCommand(config, io, env, { children: [{ name: 'gateway', script: join(dataDir, 'fehlt.js') }] })).rejects.toThrow(
        /npm run build/,
      );
    });
  });
});

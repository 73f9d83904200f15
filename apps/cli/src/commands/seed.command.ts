import { AppConfig } from '@ikone/platform';
import { DirectoryService, ProvisioningService } from '@ikone/membership';
import { TopicService } from '@ikone/knowledge';
import { INestApplicationContext } from '@nestjs/common';
import { CliError } from '../cli-errors';
import { CliIo, table } from '../cli-io';
import { withCliContext } from '../cli.module';
import { DEMO_COORDINATION, DEMO_MEMBERS, DEMO_PASSWORD, DemoAccount } from '../demo-network';
import { DemoContentResult, seedDemoContent } from '../demo/seed-demo-content';
import { migrateDatabase } from './database';
import { defaultDirectoryFile, importRows, readDirectoryFile } from './import-directory.command';

export interface DemoLogin {
  email: string;
  displayName: string;
  role: DemoAccount['role'];
  municipality: string;
  created: boolean;
}

export interface SeedResult {
  topicsAdded: number;
  directoryImported: number;
  logins: DemoLogin[];
  /** Null without `--demo`. */
  content: DemoContentResult | null;
}

export interface DemoSeedResult {
  logins: DemoLogin[];
  content: DemoContentResult;
}

/** Default topics, and the shipped directory when the table is empty; safe to repeat. */
export async function seedBasics(app: INestApplicationContext, io: CliIo): Promise<{ topicsAdded: number; directoryImported: number }> {
  const topicsAdded = await app.get(TopicService).seedDefaults();
  io.out(
    topicsAdded > 0
      ? `${topicsAdded} Themenfelder angelegt / topics added`
      : 'Themenfelder vorhanden / topics already present',
  );
  const directory = app.get(DirectoryService);
  let directoryImported = 0;
  if ((await directory.count()) === 0) {
    directoryImported = await importRows(directory, await readDirectoryFile(defaultDirectoryFile()), io);
  } else {
    io.out('Gemeindeverzeichnis vorhanden / directory already present');
  }
  return { topicsAdded, directoryImported };
}

/**
 * The demo network: accounts, then content through the domain services (see ADR 0010), and
 * the logins table. Safe to repeat: what is there is recognised and left alone.
 */
export async function seedDemo(app: INestApplicationContext, io: CliIo): Promise<DemoSeedResult> {
  const provisioning = app.get(ProvisioningService);
  const logins: DemoLogin[] = [];
  for (const entry of [DEMO_COORDINATION, ...DEMO_MEMBERS]) {
    const municipality = await provisioning.ensureMember(entry.ags);
    for (const account of entry.accounts) {
      const existing = await provisioning.findUserByEmail(account.email);
      if (!existing) {
        await provisioning.createUser({ ...account, password: DEMO_PASSWORD, municipalityId: municipality.id });
      }
      logins.push({ ...account, municipality: municipality.name, created: !existing });
    }
  }
  const created = logins.filter((l) => l.created).length;
  io.out(
    created === 0
      ? 'Demo-Konten vorhanden / demo accounts already present'
      : `Demo-Netzwerk: ${created} Konten angelegt / demo network: ${created} accounts created`,
  );
  const content = await seedDemoContent(app, io);
  const contentCreated = Object.values(content).reduce((n, t) => n + t.created, 0);
  io.out('');
  if (created === 0 && contentCreated === 0) {
    io.out('Demo-Netzwerk vorhanden, nichts geändert / demo network already present, nothing changed');
  } else {
    io.out('Beispielinhalte sind erfunden; die Kommunen sind echt / the sample content is invented, the municipalities are real');
    io.out(
      'Benachrichtigungen dazu erzeugt der Notifier (npm start) / notifications for it are made by the notifier (npm start)',
    );
  }
  io.out(`Passwort aller Demo-Konten / password of all demo accounts: ${DEMO_PASSWORD}`);
  io.out('');
  for (const line of table(
    ['Rolle/role', 'Kommune/municipality', 'E-Mail', 'Name', 'Status'],
    logins.map((l) => [l.role, l.municipality, l.email, l.displayName, l.created ? 'neu/new' : 'vorhanden/exists']),
  )) {
    io.out(line);
  }
  return { logins, content };
}

/** `seed [--demo]`: default topics, the directory when empty, and with `demo` the demo network. */
export async function seedCommand(config: AppConfig, io: CliIo, options: { demo: boolean }): Promise<SeedResult> {
  if (options.demo && config.isProduction) {
    // Demo accounts share a published password: never in a real deployment.
    throw new CliError(
      'Demo-Daten werden mit NODE_ENV=production nicht angelegt',
      'demo data is not created with NODE_ENV=production',
    );
  }
  await migrateDatabase(config, io);
  return withCliContext(config, async (app) => {
    const basics = await seedBasics(app, io);
    const demo = options.demo ? await seedDemo(app, io) : null;
    return { ...basics, logins: demo?.logins ?? [], content: demo?.content ?? null };
  });
}

import { AppConfig } from '@ikone/platform';
import { DirectoryService, ProvisioningService } from '@ikone/membership';
import { TopicService } from '@ikone/knowledge';
import { INestApplicationContext } from '@nestjs/common';
import { CliError } from '../cli-errors';
import { CliIo, table } from '../cli-io';
import { withCliContext } from '../cli.module';
import { DEMO_COORDINATION, DEMO_MEMBERS, DEMO_PASSWORD, DemoAccount } from '../demo-network';
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

async function seedDemo(app: INestApplicationContext, io: CliIo): Promise<DemoLogin[]> {
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
  io.out('');
  io.out(
    created === 0
      ? 'Demo-Netzwerk vorhanden, nichts geändert / demo network already present, nothing changed'
      : `Demo-Netzwerk: ${created} Konten angelegt / demo network: ${created} accounts created`,
  );
  io.out(`Passwort aller Demo-Konten / password of all demo accounts: ${DEMO_PASSWORD}`);
  io.out('');
  for (const line of table(
    ['Rolle/role', 'Kommune/municipality', 'E-Mail', 'Name', 'Status'],
    logins.map((l) => [l.role, l.municipality, l.email, l.displayName, l.created ? 'neu/new' : 'vorhanden/exists']),
  )) {
    io.out(line);
  }
  return logins;
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
    const logins = options.demo ? await seedDemo(app, io) : [];
    return { ...basics, logins };
  });
}

import { INestApplicationContext } from '@nestjs/common';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { loadConfig } from '@ikone/platform';
import { createTestDatabase } from '@ikone/platform/testing';
import { InvitationService, ProvisioningService } from '@ikone/membership';
import { createNotifier } from './main';

describe('notifier without SMTP_URL', () => {
  let app: INestApplicationContext;
  let dataDir: string;
  let dropDatabase: () => Promise<void>;

  beforeAll(async () => {
    const database = await createTestDatabase();
    dropDatabase = database.drop;
    dataDir = mkdtempSync(join(tmpdir(), 'ikone-notifier-'));
    app = await createNotifier(loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, IKONE_DATA_DIR: dataDir }));
  });

  afterAll(async () => {
    await app?.close();
    await dropDatabase?.();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes the invitation of a new coordinator as .eml into <IKONE_DATA_DIR>/outbox', async () => {
    const invitation = await app.get(ProvisioningService).createCoordinator('erste.koordination@example.org', 'Erste Koordination');
    const outbox = join(dataDir, 'outbox');
    const deadline = Date.now() + 20_000;
    let files: string[] = [];
    while (files.length === 0) {
      if (Date.now() > deadline) throw new Error('no .eml file in ' + outbox);
      await new Promise((resolve) => setTimeout(resolve, 100));
      files = (() => {
        try {
          return readdirSync(outbox).filter((f) => f.endsWith('.eml'));
        } catch {
          return [];
        }
      })();
    }
    expect(files).toHaveLength(1);
    const mail = await simpleParser(readFileSync(join(outbox, files[0])));
    expect(mail.subject).toBe('Ihre Einladung zu IKONE');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe('erste.koordination@example.org');
    expect(mail.text).toContain('Die Koordinierungsstelle des Netzwerks IKONE lädt Sie ein, IKONE als Mitglied der Koordinierungsstelle beizutreten.');
    expect(mail.html).toContain('Einladung annehmen');
    expect(mail.text).toContain(app.get(InvitationService).link(invitation));
  });
});

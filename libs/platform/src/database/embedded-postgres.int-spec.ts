import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostgresUnreachableError, startEmbeddedPostgres } from './embedded-postgres';

const asRoot = process.getuid?.() === 0;

describe('embedded PostgreSQL as root', () => {
  // Docker containers run as root; PostgreSQL then runs as user "postgres" (STACK.md).
  (asRoot ? it : it.skip)('stops with one sentence naming a private folder above the data, before initdb runs', async () => {
    const privateDir = mkdtempSync(join(tmpdir(), 'ikone-private-'));
    chmodSync(privateDir, 0o700);
    try {
      const start = startEmbeddedPostgres(join(privateDir, 'var'));
      await expect(start).rejects.toBeInstanceOf(EmbeddedPostgresUnreachableError);
      await expect(start).rejects.toThrow(`darf den Ordner ${privateDir} nicht betreten`);
      await expect(start).rejects.toThrow(`chmod o+x ${privateDir}`);
    } finally {
      rmSync(privateDir, { recursive: true, force: true });
    }
  });
});

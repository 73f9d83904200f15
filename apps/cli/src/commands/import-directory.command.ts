import { readFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { AppConfig, projectRoot } from '@ikone/platform';
import { DirectoryRow, DirectoryService, parseDirectoryCsv } from '@ikone/membership';
import { CliError } from '../cli-errors';
import { CliIo, progress } from '../cli-io';
import { withCliContext } from '../cli.module';
import { migrateDatabase } from './database';

/** The directory shipped with IKONE (see data/README.md). */
export function defaultDirectoryFile(): string {
  return join(projectRoot(), 'data', 'gemeinden-de-2021.csv');
}

/** Reads and parses a directory file; a bad line stops everything before the database is touched. */
export async function readDirectoryFile(file: string): Promise<DirectoryRow[]> {
  const path = isAbsolute(file) ? file : resolve(process.cwd(), file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code ?? String(error);
    throw new CliError(`Verzeichnisdatei ${path} nicht lesbar (${code})`, `cannot read directory file ${path}`);
  }
  return parseDirectoryCsv(text);
}

/** Writes the rows with progress; shared by `import-directory`, `seed` and `start`. */
export async function importRows(directory: DirectoryService, rows: DirectoryRow[], io: CliIo): Promise<number> {
  const bar = progress(io, 'Gemeindeverzeichnis / directory');
  try {
    return await directory.import(rows, (done, total) => bar.update(done, total));
  } finally {
    bar.stop();
  }
}

/** `import-directory [file]`: inserts or updates every row; returns the directory size afterwards. */
export async function importDirectoryCommand(config: AppConfig, io: CliIo, file = defaultDirectoryFile()): Promise<number> {
  const rows = await readDirectoryFile(file);
  io.out(`${rows.length.toLocaleString('de-DE')} Einträge gelesen aus / rows read from ${file}`);
  await migrateDatabase(config, io);
  return withCliContext(config, async (app) => {
    const directory = app.get(DirectoryService);
    await importRows(directory, rows, io);
    const count = await directory.count();
    io.out(`Verzeichnis enthält ${count.toLocaleString('de-DE')} Gemeinden / directory holds ${count} municipalities`);
    return count;
  });
}

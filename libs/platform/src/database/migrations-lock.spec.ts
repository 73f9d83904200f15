import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../util/project-root';

/** The committed record of merged migrations: file name → SHA-256 of its content. */
interface MigrationLock {
  migrations: Record<string, string>;
}

/** SHA-256 of the text with LF line ends, so a CRLF checkout hashes the same. */
function sha256(content: Buffer | string): string {
  return createHash('sha256').update(content.toString().replace(/\r\n/g, '\n')).digest('hex');
}

/**
 * What is wrong between the migration files and the lock: a listed migration changed or
 * vanished (merged migrations are never edited), or a new one is not listed yet. Each problem
 * says what to do.
 */
function migrationLockProblems(files: Record<string, Buffer | string>, lock: MigrationLock): string[] {
  const problems: string[] = [];
  for (const [name, hash] of Object.entries(lock.migrations)) {
    const content = files[name];
    if (content === undefined) {
      problems.push(`${name} is listed in migrations.lock.json but gone: a merged migration is never removed; restore it.`);
    } else if (sha256(content) !== hash) {
      problems.push(
        `${name} changed after it was merged: a merged migration is never edited (databases migrated before the change never see it). ` +
          'Revert the edit and put the change into a new migration.',
      );
    }
  }
  for (const [name, content] of Object.entries(files)) {
    if (!(name in lock.migrations)) {
      problems.push(
        `${name} is a new migration: add "${name}": "${sha256(content)}" to libs/platform/src/database/migrations.lock.json ` +
          '(from then on it is frozen).',
      );
    }
  }
  return problems;
}

const DIR = join(projectRoot(), 'libs', 'platform', 'src', 'database');

function migrationFiles(): Record<string, Buffer> {
  const names = readdirSync(join(DIR, 'migrations')).filter((name) => /^\d{13}-[a-z0-9-]+\.ts$/.test(name));
  return Object.fromEntries(names.map((name) => [name, readFileSync(join(DIR, 'migrations', name))]));
}

describe('merged migrations', () => {
  it('are unchanged, and every migration is listed in migrations.lock.json', () => {
    const lock = JSON.parse(readFileSync(join(DIR, 'migrations.lock.json'), 'utf8')) as MigrationLock;
    const problems = migrationLockProblems(migrationFiles(), lock);
    if (problems.length > 0) throw new Error(problems.join('\n'));
  });

  it('names an edited, a removed and an unlisted migration', () => {
    const lock: MigrationLock = { migrations: { '1-a.ts': sha256('create table a ()'), '2-b.ts': sha256('create table b ()') } };
    expect(migrationLockProblems({ '1-a.ts': 'create table a ()', '2-b.ts': 'create table b ()' }, lock)).toEqual([]);
    const problems = migrationLockProblems({ '1-a.ts': 'create table a (id int)', '3-c.ts': 'create table c ()' }, lock);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^1-a\.ts changed after it was merged.*new migration/);
    expect(problems[1]).toMatch(/^2-b\.ts is listed .* gone/);
    expect(problems[2]).toBe(`3-c.ts is a new migration: add "3-c.ts": "${sha256('create table c ()')}" to libs/platform/src/database/migrations.lock.json (from then on it is frozen).`);
  });
});

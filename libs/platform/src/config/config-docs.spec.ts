import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../util/project-root';

/** Every variable `loadConfig` reads, from its source: `env.NAME` and the helpers' `(env, 'NAME'`. */
function variablesRead(): Set<string> {
  const source = readFileSync(join(projectRoot(), 'libs/platform/src/config/config.ts'), 'utf8');
  const names = new Set<string>();
  for (const m of source.matchAll(/\benv\.([A-Z][A-Z0-9_]+)|\(env, '([A-Z][A-Z0-9_]+)'/g)) names.add(m[1] ?? m[2]);
  return names;
}

/** Every variable named in the first column of the README's configuration table. */
function variablesDocumented(): Set<string> {
  const readme = readFileSync(join(projectRoot(), 'README.md'), 'utf8');
  const section = readme.split('## Konfiguration / Configuration')[1]?.split(/\n## /)[0] ?? '';
  const names = new Set<string>();
  for (const row of section.split('\n').filter((line) => line.startsWith('| `'))) {
    const firstCell = row.split('|')[1];
    for (const m of firstCell.matchAll(/`([A-Z][A-Z0-9_]+)`/g)) names.add(m[1]);
  }
  return names;
}

describe('the README configuration table', () => {
  it('names every variable the configuration reads, and none it does not', () => {
    const read = variablesRead();
    const documented = variablesDocumented();
    expect(read.size).toBeGreaterThan(20);
    expect({ undocumented: [...read].filter((n) => !documented.has(n)).sort(), stale: [...documented].filter((n) => !read.has(n)).sort() }).toEqual({
      undocumented: [],
      stale: [],
    });
  });
});

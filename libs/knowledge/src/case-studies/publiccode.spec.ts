import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, projectRoot } from '@ikone/platform';
import { parsePubliccode, repositoryPlatform } from './publiccode';

const fixture = (name: string) => readFileSync(join(projectRoot(), 'test', 'fixtures', 'publiccode', name), 'utf8');
const MINIMAL = fixture('publiccode.minimal-0.4.yml');

/** The problems of a refused file, German and English. */
function problems(source: string): Array<{ path: string; de: string; en: string }> {
  try {
    parsePubliccode(source);
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error('accepted');
}

describe('parsePubliccode', () => {
  it('reads the standard’s minimal 0.4 example', () => {
    expect(parsePubliccode(MINIMAL)).toEqual({
      version: '0.4',
      name: 'Medusa',
      licence: 'AGPL-3.0-or-later',
      maintenanceType: 'community',
      maintainers: ['Francesco Rossi'],
      developmentStatus: 'development',
      url: 'https://example.com/italia/medusa.git',
    });
  });

  it('reads a 0.5 file under contract, with a licence expression and platforms as one string', () => {
    expect(parsePubliccode(fixture('publiccode.opencode-0.5.yml'))).toMatchObject({
      name: 'Bürgerpostfach', licence: 'EUPL-1.2 OR MIT', maintenanceType: 'contract', maintainers: ['Dataport AöR'], developmentStatus: 'stable',
    });
  });

  it('names a missing key and the line of its section', () => {
    const source = MINIMAL.replace('  license: AGPL-3.0-or-later\n', '  mainCopyrightOwner: Stadt Musterstadt\n');
    const line = source.split('\n').indexOf('legal:') + 1;
    expect(problems(source)).toEqual([
      { path: 'input.publiccodeYml', de: `publiccode.yml, Zeile ${line}: 'legal.license' fehlt`, en: `publiccode.yml, line ${line}: 'legal.license' is missing` },
    ]);
  });

  it('lists every missing top-level key, and contacts a community must name', () => {
    const found = problems('publiccodeYmlVersion: "0.4"\nname: X\nmaintenance:\n  type: community\n').map((p) => p.de);
    expect(found).toEqual(expect.arrayContaining([
      "publiccode.yml, Zeile 1: 'url' fehlt",
      "publiccode.yml, Zeile 1: 'legal' fehlt",
      "publiccode.yml, Zeile 3: 'maintenance.contacts' fehlt",
    ]));
  });

  it('refuses a licence that is not SPDX, on the licence’s line', () => {
    const source = MINIMAL.replace('AGPL-3.0-or-later', 'Open Source');
    const line = source.split('\n').findIndex((l) => l.includes('Open Source')) + 1;
    const [p] = problems(source);
    expect(p.de).toBe(`publiccode.yml, Zeile ${line}: 'legal.license' ist keine SPDX-Lizenzangabe: „Open Source“ (zum Beispiel EUPL-1.2 oder AGPL-3.0-or-later)`);
    expect(p.en).toContain("'legal.license' is not an SPDX licence expression");
  });

  it('refuses an unknown development status with the allowed values', () => {
    const [p] = problems(MINIMAL.replace('developmentStatus: development', 'developmentStatus: fertig'));
    expect(p.de).toMatch(/^publiccode\.yml, Zeile 14: 'developmentStatus' muss einer dieser Werte sein: concept, development, beta, stable, obsolete$/);
  });

  it('refuses bad YAML with the line of the error', () => {
    const source = 'publiccodeYmlVersion: "0.4"\nname: X\nlegal:\n  license: [EUPL-1.2\nmaintenance: {}\n';
    const [p] = problems(source);
    expect(p.de).toMatch(/^publiccode\.yml, Zeile [45]: kein gültiges YAML/);
    expect(problems('name: a\nname: b\n')[0].de).toBe('publiccode.yml, Zeile 2: kein gültiges YAML (DUPLICATE_KEY)');
  });

  it('refuses a file that is not a set of keys', () => {
    expect(problems('- just\n- a list\n')[0].en).toBe('publiccode.yml, line 1: keys such as "name:" are expected');
  });

  it('refuses 64 kB or more before parsing, and accepts just below', () => {
    const padded = (bytes: number) => MINIMAL + '#'.repeat(bytes - Buffer.byteLength(MINIMAL) - 1) + '\n';
    expect(problems(padded(64 * 1024))[0].de).toBe('publiccode.yml: Die Datei muss kleiner als 64 kB sein.');
    expect(parsePubliccode(padded(64 * 1024 - 1)).name).toBe('Medusa');
  });
});

describe('repositoryPlatform', () => {
  it.each([
    ['https://gitlab.opencode.de/kommune/app', 'OPEN_CODE'],
    ['https://github.com/publiccodeyml/publiccode.yml', 'GITHUB'],
    ['https://gitlab.com/group/project', 'GITLAB'],
    ['https://gitlab.example.org/group/project', 'GITLAB'],
    ['https://codeberg.org/x/y', 'OTHER'],
    ['not a url', 'OTHER'],
  ])('%s is %s', (url, platform) => {
    expect(repositoryPlatform(url)).toBe(platform);
  });
});

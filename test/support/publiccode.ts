import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@ikone/platform';

/** A publiccode.yml from test/fixtures/publiccode: the standard's minimal 0.4 example, an Open CoDE 0.5 file. */
export function publiccodeFixture(name: 'publiccode.minimal-0.4.yml' | 'publiccode.opencode-0.5.yml'): string {
  return readFileSync(join(projectRoot(), 'test', 'fixtures', 'publiccode', name), 'utf8');
}

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { projectRoot } from '@ikone/platform';
import { ensureBuilt } from '../support/build';

interface BuildScript {
  inputs(root: string): string[];
  fingerprint(root: string): string;
  staleness(root: string): string | null;
}

const script = createRequire(join(projectRoot(), 'package.json'))('./scripts/build-if-stale.cjs') as BuildScript;

const ENTRY_POINTS = ['apps/cli/src/main.js', 'apps/gateway/src/main.js', 'apps/notifier/src/main.js', 'apps/web/src/main.js', 'bench/src/main.js'];

/**
 * `npm start` and `npm run cli` build only when dist/ is missing or its sources changed
 * (scripts/build-if-stale.cjs, run as prestart, precli and after `npm ci`).
 */
describe('build once: dist/ is rebuilt only when its sources change', () => {
  let root: string;
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ikone-build-'));
    write('tsconfig.base.json', '{}');
    write('tsconfig.build.json', '{}');
    write('apps/cli/src/main.ts', 'export const a = 1;\n');
    write('apps/web/src/page.tsx', 'export const b = 2;\n');
    write('libs/platform/src/index.ts', 'export const c = 3;\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('hashes what tsconfig.build.json compiles: sources and configs, not tests or the testing helpers', () => {
    write('apps/cli/src/cli.spec.ts', '');
    write('libs/platform/src/db.int-spec.ts', '');
    write('test/api/x.e2e-spec.ts', '');
    write('libs/platform/src/testing/index.ts', '');
    write('libs/platform/src/notes.md', '');
    expect(script.inputs(root)).toEqual(['apps/cli/src/main.ts', 'apps/web/src/page.tsx', 'libs/platform/src/index.ts', 'tsconfig.base.json', 'tsconfig.build.json']);

    const first = script.fingerprint(root);
    write('apps/cli/src/cli.spec.ts', 'changed');
    expect(script.fingerprint(root)).toBe(first);
    // A checkout that only touches files (same content) is no reason to build.
    utimesSync(join(root, 'apps/cli/src/main.ts'), new Date(), new Date(Date.now() + 60_000));
    expect(script.fingerprint(root)).toBe(first);

    write('apps/cli/src/main.ts', 'export const a = 2;\n');
    const edited = script.fingerprint(root);
    expect(edited).not.toBe(first);
    write('libs/platform/src/new.ts', '');
    expect(script.fingerprint(root)).not.toBe(edited);
    write('tsconfig.build.json', '{ "compilerOptions": {} }');
    expect(script.fingerprint(root)).not.toBe(edited);
  });

  it('is current only with every entry point and a stamp of the present sources', () => {
    expect(script.staleness(root)).toMatch(/dist\/ is missing/);
    for (const rel of ENTRY_POINTS) write(join('dist', rel), '');
    expect(script.staleness(root)).toMatch(/no build stamp/);
    write('dist/.build-stamp.json', JSON.stringify({ version: 1, fingerprint: script.fingerprint(root) }));
    expect(script.staleness(root)).toBeNull();
    write('libs/platform/src/index.ts', 'export const c = 4;\n');
    expect(script.staleness(root)).toMatch(/sources changed/);
    write('dist/.build-stamp.json', JSON.stringify({ version: 1, fingerprint: script.fingerprint(root) }));
    rmSync(join(root, 'dist', 'apps', 'notifier'), { recursive: true });
    expect(script.staleness(root)).toMatch(/incomplete/);
  });

  it('leaves a current build of this checkout alone', async () => {
    await ensureBuilt();
    expect(script.staleness(projectRoot())).toBeNull();
    // Quiet and without compiling: a build would announce itself on stderr.
    const again = spawnSync(process.execPath, [join(projectRoot(), 'scripts', 'build-if-stale.cjs')], { cwd: projectRoot(), encoding: 'utf8' });
    expect({ status: again.status, stdout: again.stdout, stderr: again.stderr }).toEqual({ status: 0, stdout: '', stderr: '' });
  }, 180_000);
});

import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@ikone/platform';

/**
 * Makes sure `dist/` holds a build of the current sources, the way `npm start` does:
 * `scripts/build-if-stale.cjs` compiles only when the sources differ from the last build's stamp
 * (after `npm ci` or in CI: nothing to do) and holds `var/build.lock` while it builds, so two
 * test files never build at once.
 */
export async function ensureBuilt(): Promise<void> {
  const root = projectRoot();
  try {
    execFileSync(process.execPath, [join(root, 'scripts', 'build-if-stale.cjs')], { cwd: root, stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`build failed:\n${String(stdout ?? '')}${String(stderr ?? '')}`);
  }
  const marker = join(root, 'dist', 'apps', 'gateway', 'src', 'main.js');
  if (!existsSync(marker) || statSync(marker).size === 0) throw new Error('build produced no gateway');
}

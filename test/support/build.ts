import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { projectRoot } from '@ikone/platform';

/**
 * Makes sure `dist/` holds a build of the current sources (CI builds before testing; on a
 * developer machine `npm test` alone also works). A lock directory keeps two test files from
 * building at once.
 */
export async function ensureBuilt(): Promise<void> {
  const root = projectRoot();
  const lock = join(root, 'var', 'build.lock');
  mkdirSync(join(root, 'var'), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000) throw new Error('build lock held for over 2 minutes: remove var/build.lock');
      await sleep(200);
    }
  }
  try {
    const marker = join(root, 'dist', 'apps', 'gateway', 'src', 'main.js');
    if (process.env.CI === 'true' && existsSync(marker)) return;
    // tsc is incremental: an up-to-date build takes a few seconds.
    execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
    execFileSync(process.execPath, [join(root, 'node_modules', 'tsc-alias', 'dist', 'bin', 'index.js'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
    if (!existsSync(marker) || statSync(marker).size === 0) throw new Error('build produced no gateway');
  } finally {
    rmdirSync(lock);
  }
}

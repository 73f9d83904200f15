import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

let cached: string | undefined;

/**
 * The folder holding IKONE's package.json. Found by walking up from the working directory,
 * so the same code works from sources (jest, ESM) and from the build (dist/, CommonJS).
 */
export function projectRoot(): string {
  if (cached) return cached;
  let dir = resolve(process.cwd());
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'ikone') {
      cached = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('IKONE project root not found above ' + process.cwd());
    dir = parent;
  }
}

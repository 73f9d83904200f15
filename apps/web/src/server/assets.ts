import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '@ikone/platform';

/** A file served from memory with its gzip form and a content hash for caching. */
export interface Asset {
  body: Buffer;
  gzip: Buffer;
  etag: string;
  type: string;
}

function asset(body: string | Buffer, type: string): Asset {
  const buffer = Buffer.isBuffer(body) ? body : Buffer.from(body);
  return {
    body: buffer,
    gzip: gzipSync(buffer, { level: 9 }),
    etag: `"${createHash('sha256').update(buffer).digest('base64url').slice(0, 16)}"`,
    type,
  };
}

export function kernDir(): string {
  return join(projectRoot(), 'node_modules', '@kern-ux', 'native', 'dist');
}

function webSourceFile(name: string): string {
  return readFileSync(join(projectRoot(), 'apps', 'web', 'src', 'assets', name), 'utf8');
}

/**
 * The one stylesheet of every page: KERN UX (EUPL-1.2), its Fira Sans faces and our own few
 * rules, built once at start so a page costs one CSS request.
 */
export function buildAssets(): Map<string, Asset> {
  const kern = readFileSync(join(kernDir(), 'kern.min.css'), 'utf8');
  const fonts = readFileSync(join(kernDir(), 'fonts', 'fira-sans.css'), 'utf8').replace(/url\("\.\/fira-sans\//g, 'url("/assets/fonts/fira-sans/');
  const own = webSourceFile('ikone.css');
  return new Map<string, Asset>([
    ['app.css', asset(`${fonts}\n${kern}\n${own}`, 'text/css; charset=utf-8')],
    ['enhance.js', asset(webSourceFile('enhance.js'), 'text/javascript; charset=utf-8')],
    ['favicon.svg', asset(webSourceFile('favicon.svg'), 'image/svg+xml')],
  ]);
}

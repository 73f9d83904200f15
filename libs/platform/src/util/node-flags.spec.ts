import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config/config';
import { GATEWAY_MAX_HEAP_MB, gatewayNodeFlags, PROCESS_ENV } from './node-flags';
import { projectRoot } from './project-root';

describe('how the gateway process is started', () => {
  it('npm run start:gateway uses the same flags and environment as `start` and the benchmark', () => {
    const scripts = (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const expected = [
      ...Object.entries(PROCESS_ENV).map(([k, v]) => `${k}=${v}`),
      'node',
      ...gatewayNodeFlags().map((f) => f.replace(`=${GATEWAY_MAX_HEAP_MB}`, `=\${GATEWAY_MAX_HEAP_MB:-${GATEWAY_MAX_HEAP_MB}}`)),
      'dist/apps/gateway/src/main.js',
    ].join(' ');
    expect(scripts['start:gateway']).toBe(expected);
  });

  it('takes its heap limit from GATEWAY_MAX_HEAP_MB and refuses a value too small to start', () => {
    const base = { NODE_ENV: 'test', IKONE_DATA_DIR: '/tmp/ikone-node-flags-spec' };
    expect(gatewayNodeFlags(loadConfig(base).gatewayMaxHeapMb)).toContain('--max-old-space-size=160');
    expect(gatewayNodeFlags(loadConfig({ ...base, GATEWAY_MAX_HEAP_MB: '512' }).gatewayMaxHeapMb)).toContain('--max-old-space-size=512');
    expect(() => loadConfig({ ...base, GATEWAY_MAX_HEAP_MB: '32' })).toThrow(/GATEWAY_MAX_HEAP_MB/);
  });
});

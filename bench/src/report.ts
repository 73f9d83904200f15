import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { projectRoot } from '@ikone/platform';

/** The machine and commit a result was measured on. */
export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  kernel: string;
  commit: string;
  /** True when the working tree had uncommitted changes (the figures may not match the commit). */
  dirty: boolean;
  /** 1, 5 and 15 minute load averages when the result was written (quiet: < 2 on 2 cores). */
  loadAverage: number[];
}

export function machineInfo(): MachineInfo {
  const git = (...args: string[]): string => {
    try {
      return execFileSync('git', args, { cwd: projectRoot(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    kernel: release(),
    commit: git('rev-parse', 'HEAD') || 'unknown',
    dirty: git('status', '--porcelain').length > 0,
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

export type Cell = string | number | null | undefined;

/** Formats numbers for tables: integers with thousands separators, others with `digits` decimals. */
export function fmt(value: Cell, digits = 2): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '–';
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value.toFixed(digits);
}

/** A plain-text table, also valid Markdown, so README figures can be pasted from the output. */
export function table(headers: string[], rows: Cell[][]): string {
  const cells = rows.map((r) => r.map((c) => fmt(c)));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(headers), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...cells.map(line)].join('\n');
}

/** Writes bench/results/<scenario>-<date>[-quick].json and returns the path. */
export function writeResult(scenario: string, quick: boolean, data: object): string {
  const dir = join(projectRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:]/g, '-').replace(/\..+$/, '');
  const file = join(dir, `${scenario}-${stamp}${quick ? '-quick' : ''}.json`);
  writeFileSync(file, `${JSON.stringify({ scenario, quick, at: new Date().toISOString(), machine: machineInfo(), ...data }, null, 2)}\n`);
  return file;
}

/** Progress of one step: a bar on a terminal, a line every 10% elsewhere (CI logs). */
export interface Progress {
  update(done: number): void;
  stop(): void;
}

export function progress(label: string, total: number): Progress {
  if (!process.stdout.isTTY) {
    let lastDecile = -1;
    return {
      update: (done) => {
        const decile = Math.floor((done / Math.max(total, 1)) * 10);
        if (decile !== lastDecile) {
          lastDecile = decile;
          console.log(`  ${label}: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`);
        }
      },
      stop: () => undefined,
    };
  }
  const bar = new SingleBar(
    { format: `  ${label.padEnd(22)} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}`, hideCursor: true },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}

/** Median of numbers (null for none). */
export function median(values: number[]): number | null {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Percentile (0..100) by nearest rank over unsorted values. */
export function percentile(values: ArrayLike<number>, p: number): number | null {
  if (values.length === 0) return null;
  const v = Float64Array.from(values).sort();
  const rank = Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1));
  return v[rank];
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

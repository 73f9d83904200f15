import type { BenchDatabase } from './database';
import type { DatasetSummary } from './dataset';

/** What every scenario gets from the harness. */
export interface BenchContext {
  db: BenchDatabase;
  dataset: DatasetSummary;
  quick: boolean;
  /** Folder of the benchmark's local state (var/bench or var/bench-quick). */
  dataDir: string;
  /** Repetitions of each timed measurement; medians are reported. */
  rounds: number;
  /** Seconds per timed load run. */
  seconds: number;
  log(line: string): void;
}

/** What a scenario returns: whether it ran, and the file its JSON went to. */
export interface ScenarioOutcome {
  scenario: string;
  status: 'ran' | 'not available yet' | 'failed';
  detail?: string;
  file?: string;
  /** Headline figures for the summary table, each with its SPEC §6 target where there is one. */
  figures?: Figure[];
}

/** One figure of the summary table. */
export interface Figure {
  name: string;
  value: number | string | boolean | null;
  /** The target it is held against: `value op target` must hold; none for figures reported without one. */
  target?: { op: '<=' | '>=' | '='; value: number | boolean };
}

/** A figure with a target. */
export const atMost = (name: string, value: number | null, target: number): Figure => ({ name, value, target: { op: '<=', value: target } });
export const atLeast = (name: string, value: number | null, target: number): Figure => ({ name, value, target: { op: '>=', value: target } });
export const equals = (name: string, value: number | boolean | null, target: number | boolean): Figure => ({ name, value, target: { op: '=', value: target } });
/** A figure reported without a target. */
export const reported = (name: string, value: Figure['value']): Figure => ({ name, value });

/** 'met', 'missed' (also when nothing was measured), or '–' for a figure without a target. */
export function verdict(f: Figure): string {
  if (!f.target) return '–';
  if (f.value === null || (typeof f.value === 'number' && !Number.isFinite(f.value))) return 'missed (not measured)';
  const { op, value: t } = f.target;
  const met = op === '=' ? f.value === t : op === '<=' ? Number(f.value) <= Number(t) : Number(f.value) >= Number(t);
  return met ? 'met' : 'missed';
}

/** Thrown when a feature a scenario depends on is not built yet; reported, never faked. */
export class NotAvailableYet extends Error {}

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
  /** Headline figures for the summary table. */
  headline?: Record<string, string | number | null>;
}

/** Thrown when a feature a scenario depends on is not built yet; reported, never faked. */
export class NotAvailableYet extends Error {}

/** Shared shapes for evaluation suites (`npm run eval`). */

export interface MetricRow {
  /** Dataset the figure was measured on ("conll2003-testa"). */
  dataset: string;
  /** Metric name ("f1", "acc@161"). */
  metric: string;
  value: number;
  /** The bar, when it sets one. */
  bar?: number;
  /** false for metrics where lower is better (errors in km). Default true. */
  higherIsBetter?: boolean;
  /** Peer systems' rows are printed but never gated. */
  system?: string;
  /** Number of items the figure is computed over. */
  n?: number;
  /** false for figures that are printed but never gated (timings, which vary with machine load). */
  gate?: boolean;
}

export interface SuiteResult {
  suite: string;
  rows: MetricRow[];
  /** Free text printed after the table (error listings, notes). */
  details?: string;
  /** Set when the suite could not run (missing data) and why. */
  skipped?: string;
}

export interface EvalContext {
  /** Root of the evaluation data (default ../shared/data). */
  dataDir: string;
  /** Optional per-suite options from the command line (--limit N, --verbose). */
  limit?: number;
  verbose?: boolean;
}

export interface Suite {
  name: string;
  description: string;
  run(ctx: EvalContext): Promise<SuiteResult>;
}

/** Key used in floors.json. Peer-system rows are never gated. */
export function floorKey(suite: string, row: MetricRow): string {
  return `${suite}/${row.dataset}/${row.metric}`;
}

/**
 * A feature benchmark: `test/bench/page/<feature>.bench.ts` exports `benchmarks`, the
 * runner (test/bench/run-bench.mjs) finds them, runs each `runs` times and writes the
 * median (and p95 where a run yields several samples) into RESULTS.md.
 */
export interface BenchDef {
  id: string;
  /** What is measured, in words a reader of RESULTS.md understands. */
  label: string;
  /** The target as written in the issue, e.g. "≤ 150 ms" or "≥ 50 MB/s". */
  target: string;
  unit: string;
  /** One run: one sample, or several (then the p95 is reported too). */
  run: () => Promise<number | number[]>;
  /** Judges the summary against the target. */
  pass: (s: { median: number; p95: number }) => boolean;
  /** Extra facts a run wants in the table (e.g. peak memory), as text. */
  note?: () => string;
}

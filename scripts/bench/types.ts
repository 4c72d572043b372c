/**
 * The contract between scripts/bench.ts and its sections. A section is a module exporting
 * `run(ctx)`; it returns figures (merged into the one JSON object `--json` prints last) and
 * human-readable lines. Figure keys are global: prefix them with what they measure.
 */
export type Figure = number | string | boolean | null;

export interface BenchContext {
  /** Arguments after `npm run bench --`, for sections with options of their own. */
  args: readonly string[];
  /** Repetitions requested with --runs (sections choose their own default when absent). */
  runs: number | null;
  /** Progress and diagnostics: goes to stderr, never into the results. */
  log(line: string): void;
}

export interface SectionResult {
  figures: Record<string, Figure>;
  /** The section's report for people, one line each. */
  lines: string[];
}

export interface SectionModule {
  run(ctx: BenchContext): Promise<SectionResult>;
}

export interface SectionEntry {
  id: string;
  title: string;
  load(): Promise<SectionModule>;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const round1 = (n: number): number => Math.round(n * 10) / 10;

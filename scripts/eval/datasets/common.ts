/** Shared options and helpers for the dataset runners. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export interface EvalOptions {
  /** Stop after this many items. */
  limit: number | null;
  /** Only items whose key contains this string. */
  filter: string | null;
  /** Also run plain Readability. */
  baseline: boolean;
  /** Print one line per item. */
  details: boolean;
  /** Give the extractor the page URL (dates set: the default is HTML only). */
  withUrl: boolean;
}

export function readMaybeGzip(path: string): Uint8Array {
  const buf = readFileSync(path);
  return path.endsWith('.gz') ? new Uint8Array(gunzipSync(buf)) : new Uint8Array(buf);
}

export function selectKeys(keys: string[], opts: EvalOptions): string[] {
  let out = opts.filter ? keys.filter((k) => k.includes(opts.filter!)) : keys;
  if (opts.limit !== null) out = out.slice(0, opts.limit);
  return out;
}

export function progress(i: number, n: number): void {
  if (process.stderr.isTTY && (i % 10 === 0 || i === n)) process.stderr.write(`\r${i}/${n}`);
  if (process.stderr.isTTY && i === n) process.stderr.write('\n');
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function timing(ours: number[], base: number[]): Record<string, number> {
  return {
    ours_ms_median: median(ours),
    readability_ms_median: median(base),
    ours_ms_total: ours.reduce((a, b) => a + b, 0),
    readability_ms_total: base.reduce((a, b) => a + b, 0),
  };
}

/** jsdom frees a closed window only once the event loop turns; without this a run leaks ~6 MB a page. */
export function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** htmldate evaluation set: the publication day (benchmarks.md §3.3). HTML only unless --with-url. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayOf } from '../metrics';
import { fmt, table, type EvalOutput } from '../report';
import { runPage } from '../run-page';
import { progress, readMaybeGzip, selectKeys, timing, yieldToLoop, type EvalOptions } from './common';

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function score(c: Counts) {
  const n = c.tp + c.fp + c.fn + c.tn;
  return {
    ...c,
    precision: c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0,
    recall: c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0,
    accuracy: n ? (c.tp + c.tn) / n : 0,
    f1: 2 * c.tp + c.fp + c.fn ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0,
  };
}

function tally(c: Counts, gold: string | null, predicted: string | null): string {
  if (predicted === null) {
    if (gold === null) {
      c.tn++;
      return 'TN';
    }
    c.fn++;
    return 'FN';
  }
  if (gold !== null && predicted === gold) {
    c.tp++;
    return 'TP';
  }
  c.fp++;
  return 'FP';
}

/** A neutral address so that, by default, the URL gives the extractor nothing. */
const NO_URL = 'https://example.invalid/page';

export async function evalDates(dir: string, opts: EvalOptions): Promise<EvalOutput> {
  const gold = JSON.parse(readFileSync(join(dir, 'dates.json'), 'utf8')) as Record<string, string | null>;
  const urls = JSON.parse(readFileSync(join(dir, 'urls.json'), 'utf8')) as Record<string, { urls: string[] }>;
  const keys = selectKeys(Object.keys(gold).sort(), opts);
  const ours: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const base: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const sources: Record<string, number> = {};
  const lines: string[] = [];
  const tOurs: number[] = [];
  const tBase: number[] = [];
  let errors = 0;
  for (const [i, file] of keys.entries()) {
    const url = opts.withUrl ? (urls[file]?.urls[0] ?? NO_URL) : NO_URL;
    const run = runPage({ bytes: readMaybeGzip(join(dir, 'html', file)) }, url, { baseline: opts.baseline });
    if (run.oursError) errors++;
    const g = gold[file] ?? null;
    const p = dayOf(run.ours?.published ?? null);
    const verdict = tally(ours, g, p);
    const src = run.ours?.dateEvidence.published?.source ?? 'none';
    sources[`${src}:${verdict}`] = (sources[`${src}:${verdict}`] ?? 0) + 1;
    tOurs.push(run.oursMs);
    if (opts.baseline) {
      tally(base, g, dayOf(run.baseline?.publishedTime ?? null));
      tBase.push(run.baselineMs);
    }
    if (opts.details && verdict !== 'TP') {
      const raw = run.ours?.dateEvidence.published?.raw ?? '';
      lines.push(`${verdict}  gold ${g}  got ${p} (${src}: ${JSON.stringify(raw.slice(0, 60))})  ${file}${run.oursError ? `  ERROR ${run.oursError}` : ''}`);
    }
    progress(i + 1, keys.length);
    await yieldToLoop();
  }
  const o = score(ours);
  const rows: (string | number)[][] = [['news-clipper', fmt(o.accuracy), fmt(o.precision), fmt(o.recall), fmt(o.f1), o.tp, o.fp, o.fn]];
  const metrics: Record<string, unknown> = { n: keys.length, errors, with_url: opts.withUrl, ours: o, sources, ...timing(tOurs, tBase) };
  if (opts.baseline) {
    const b = score(base);
    rows.push(['readability', fmt(b.accuracy), fmt(b.precision), fmt(b.recall), fmt(b.f1), b.tp, b.fp, b.fn]);
    metrics.readability = b;
  }
  lines.push(`dates: ${keys.length} pages, ${opts.withUrl ? 'HTML and URL' : 'HTML only'}, ${errors} extraction errors`);
  lines.push(table(['extractor', 'accuracy', 'precision', 'recall', 'F1', 'TP', 'FP', 'FN'], rows));
  lines.push(`published date sources (source:verdict): ${JSON.stringify(sources)}`);
  return { dataset: 'dates', lines, metrics };
}

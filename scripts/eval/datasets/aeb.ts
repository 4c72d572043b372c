/** Zyte article-extraction-benchmark: body text against `articleBody` (benchmarks.md §3.2). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aggregateShingles, shingleScore, type DocScore } from '../metrics';
import { fmt, table, type EvalOutput } from '../report';
import { runPage } from '../run-page';
import { progress, readMaybeGzip, selectKeys, timing, yieldToLoop, type EvalOptions } from './common';

interface Truth {
  articleBody: string;
  url: string;
}

export async function evalAeb(dir: string, opts: EvalOptions): Promise<EvalOutput> {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, Truth>;
  const keys = selectKeys(Object.keys(truth).sort(), opts);
  const ours: DocScore[] = [];
  const base: DocScore[] = [];
  const lines: string[] = [];
  const tOurs: number[] = [];
  const tBase: number[] = [];
  let errors = 0;
  for (const [i, id] of keys.entries()) {
    const item = truth[id]!;
    const run = runPage({ bytes: readMaybeGzip(join(dir, 'html', `${id}.html.gz`)) }, item.url, { baseline: opts.baseline });
    if (run.oursError) errors++;
    const so = shingleScore(item.articleBody, run.ours?.text ?? '');
    ours.push(so);
    tOurs.push(run.oursMs);
    if (opts.baseline) {
      base.push(shingleScore(item.articleBody, run.baseline?.text ?? ''));
      tBase.push(run.baselineMs);
    }
    if (opts.details) {
      const b = base[base.length - 1];
      lines.push(
        `${id.slice(0, 12)}  P ${fmt(so.precision)} R ${fmt(so.recall)}` +
          (b ? `   base P ${fmt(b.precision)} R ${fmt(b.recall)}` : '') +
          `  ${item.url}${run.oursError ? `  ERROR ${run.oursError}` : ''}`,
      );
    }
    progress(i + 1, keys.length);
    await yieldToLoop();
  }
  const a = aggregateShingles(ours);
  const rows: (string | number)[][] = [['news-clipper', fmt(a.f1), fmt(a.precision), fmt(a.recall), fmt(a.accuracy)]];
  const metrics: Record<string, unknown> = { n: keys.length, errors, ours: a, ...timing(tOurs, tBase) };
  if (opts.baseline) {
    const b = aggregateShingles(base);
    rows.push(['readability', fmt(b.f1), fmt(b.precision), fmt(b.recall), fmt(b.accuracy)]);
    metrics.readability = b;
  }
  lines.push(`aeb: ${keys.length} pages, ${errors} extraction errors`);
  lines.push(table(['extractor', 'F1', 'precision', 'recall', 'accuracy'], rows));
  return { dataset: 'aeb', lines, metrics };
}

/** trafilatura evaluation sample: text segments (§3.4) and title/author/date exact match (§3.5). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addConfusion, dayOf, microScore, sameAuthors, sameText, segmentCounts, type Confusion } from '../metrics';
import { fmt, table, type EvalOutput } from '../report';
import { runPage } from '../run-page';
import { progress, readMaybeGzip, selectKeys, timing, yieldToLoop, type EvalOptions } from './common';

interface Entry {
  file: string;
  with: string[];
  without: string[];
  title?: string | null;
  author?: string | null;
  date?: string | null;
}

interface FieldTally {
  correct: number;
  gold: number;
  /** Values returned where the gold is empty. */
  spurious: number;
}

const empty = (): FieldTally => ({ correct: 0, gold: 0, spurious: 0 });

function field(t: FieldTally, gold: string | null | undefined, predicted: unknown, same: boolean): void {
  const hasPred = Array.isArray(predicted) ? predicted.length > 0 : Boolean(predicted);
  if (gold) {
    t.gold++;
    if (same) t.correct++;
  } else if (hasPred) {
    t.spurious++;
  }
}

export async function evalTrafilatura(dir: string, opts: EvalOptions): Promise<EvalOutput> {
  const data = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, Entry>;
  const keys = selectKeys(Object.keys(data).sort(), opts);
  let ours: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  let base: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const meta = { title: empty(), author: empty(), date: empty() };
  const bmeta = { title: empty(), author: empty(), date: empty() };
  const lines: string[] = [];
  const tOurs: number[] = [];
  const tBase: number[] = [];
  let errors = 0;
  for (const [i, url] of keys.entries()) {
    const e = data[url]!;
    const run = runPage({ bytes: readMaybeGzip(join(dir, 'html', `${e.file}.gz`)) }, url, { baseline: opts.baseline });
    if (run.oursError) errors++;
    const c = segmentCounts(run.ours ? run.ours.text : null, e.with, e.without);
    ours = addConfusion(ours, c);
    tOurs.push(run.oursMs);
    const o = run.ours;
    const okTitle = sameText(e.title, o?.title);
    const okAuthor = e.author ? sameAuthors(e.author, o?.authors.length ? o.authors : (o?.byline ?? null)) : false;
    const okDate = Boolean(e.date) && dayOf(o?.published) === e.date;
    field(meta.title, e.title, o?.title, okTitle);
    field(meta.author, e.author, o?.authors, okAuthor);
    field(meta.date, e.date, o?.published, okDate);
    if (opts.baseline) {
      const b = run.baseline;
      base = addConfusion(base, segmentCounts(b ? b.text : null, e.with, e.without));
      field(bmeta.title, e.title, b?.title, sameText(e.title, b?.title));
      field(bmeta.author, e.author, b?.byline, e.author ? sameAuthors(e.author, b?.byline ?? null) : false);
      field(bmeta.date, e.date, b?.publishedTime, Boolean(e.date) && dayOf(b?.publishedTime) === e.date);
      tBase.push(run.baselineMs);
    }
    if (opts.details) {
      const flags = [
        c.fn ? `missed ${c.fn}` : '',
        c.fp ? `junk ${c.fp}` : '',
        e.title && !okTitle ? `title ${JSON.stringify(o?.title)} ≠ ${JSON.stringify(e.title)}` : '',
        e.author && !okAuthor ? `author ${JSON.stringify(o?.authors)} ≠ ${JSON.stringify(e.author)}` : '',
        e.date && !okDate ? `date ${o?.published} ≠ ${e.date}` : '',
        run.oursError ? `ERROR ${run.oursError}` : '',
      ].filter(Boolean);
      if (flags.length) lines.push(`${e.file}: ${flags.join(' | ')}`);
    }
    progress(i + 1, keys.length);
    await yieldToLoop();
  }
  const so = microScore(ours);
  const rate = (t: FieldTally) => (t.gold ? t.correct / t.gold : 0);
  const rows: (string | number)[][] = [
    ['news-clipper', fmt(so.f1), fmt(so.precision), fmt(so.recall), fmt(so.accuracy), fmt(rate(meta.title)), fmt(rate(meta.author)), fmt(rate(meta.date))],
  ];
  const metrics: Record<string, unknown> = {
    n: keys.length,
    errors,
    ours: { ...so, ...ours, title: rate(meta.title), author: rate(meta.author), date: rate(meta.date), fields: meta },
    ...timing(tOurs, tBase),
  };
  if (opts.baseline) {
    const sb = microScore(base);
    rows.push(['readability', fmt(sb.f1), fmt(sb.precision), fmt(sb.recall), fmt(sb.accuracy), fmt(rate(bmeta.title)), fmt(rate(bmeta.author)), fmt(rate(bmeta.date))]);
    metrics.readability = { ...sb, ...base, title: rate(bmeta.title), author: rate(bmeta.author), date: rate(bmeta.date), fields: bmeta };
  }
  lines.push(`trafilatura: ${keys.length} documents, ${errors} extraction errors`);
  lines.push(table(['extractor', 'seg F1', 'precision', 'recall', 'accuracy', 'title', 'author', 'date'], rows));
  lines.push(
    `gold counts: title ${meta.title.gold}, author ${meta.author.gold}, date ${meta.date.gold}; ` +
      `values where gold is empty (ours): title ${meta.title.spurious}, author ${meta.author.spurious}, date ${meta.date.spurious}`,
  );
  return { dataset: 'trafilatura', lines, metrics };
}

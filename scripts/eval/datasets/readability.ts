/** Mozilla Readability's test pages: body shingle F1 against expected.html, metadata equality (§3.1). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { elementToText } from '../../../utils/extract/text';
import { loadHtml } from '../../lib/dom';
import { aggregateShingles, dayOf, shingleScore, type DocScore } from '../metrics';
import { fmt, table, type EvalOutput } from '../report';
import { runPage } from '../run-page';
import { progress, selectKeys, timing, yieldToLoop, type EvalOptions } from './common';

const URL = 'http://fakehost/test/page.html';

interface ExpectedMeta {
  title?: string | null;
  byline?: string | null;
  excerpt?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  dir?: string | null;
  readerable?: boolean;
}

const FIELDS = ['title', 'byline', 'siteName', 'published', 'lang', 'dir'] as const;
type Field = (typeof FIELDS)[number];

export function isReadabilityCorpus(dir: string): boolean {
  return readdirSync(dir).some((d) => {
    try {
      return statSync(join(dir, d, 'expected.html')).isFile();
    } catch {
      return false;
    }
  });
}

function expectedText(html: string): string {
  const page = loadHtml(html, URL);
  try {
    return elementToText(page.document.body);
  } finally {
    page.close();
  }
}

export async function evalReadability(dir: string, opts: EvalOptions): Promise<EvalOutput> {
  const all = readdirSync(dir).filter((d) => {
    try {
      return statSync(join(dir, d, 'source.html')).isFile();
    } catch {
      return false;
    }
  });
  const keys = selectKeys(all.sort(), opts);
  const ours: DocScore[] = [];
  const base: DocScore[] = [];
  const ok: Record<Field, [number, number]> = Object.fromEntries(FIELDS.map((f) => [f, [0, 0]])) as Record<Field, [number, number]>;
  const bok: Record<Field, [number, number]> = Object.fromEntries(FIELDS.map((f) => [f, [0, 0]])) as Record<Field, [number, number]>;
  const lines: string[] = [];
  const tOurs: number[] = [];
  const tBase: number[] = [];
  let errors = 0;
  for (const [i, name] of keys.entries()) {
    const source = readFileSync(join(dir, name, 'source.html'), 'utf8');
    const expected = expectedText(readFileSync(join(dir, name, 'expected.html'), 'utf8'));
    const meta = JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8')) as ExpectedMeta;
    const run = runPage({ html: source }, URL, { baseline: opts.baseline });
    if (run.oursError) errors++;
    const s = shingleScore(expected, run.ours?.text ?? '');
    ours.push(s);
    tOurs.push(run.oursMs);
    const o = run.ours;
    const oursValues: Record<Field, string | null> = {
      title: o?.title ?? null, byline: o?.byline ?? null, siteName: o?.siteName ?? null,
      published: dayOf(o?.published), lang: o?.lang ?? null, dir: o?.dir ?? null,
    };
    const b = run.baseline;
    const baseValues: Record<Field, string | null> = {
      title: b?.title ?? null, byline: b?.byline ?? null, siteName: b?.siteName ?? null,
      published: dayOf(b?.publishedTime), lang: b?.lang ?? null, dir: b?.dir ?? null,
    };
    const gold: Record<Field, string | null> = {
      title: meta.title || null, byline: meta.byline || null, siteName: meta.siteName || null,
      published: dayOf(meta.publishedTime), lang: meta.lang || null, dir: meta.dir || null,
    };
    const misses: string[] = [];
    for (const f of FIELDS) {
      if (!gold[f]) continue;
      ok[f][1]++;
      if (oursValues[f] === gold[f]) ok[f][0]++;
      else misses.push(`${f} ${JSON.stringify(oursValues[f])} ≠ ${JSON.stringify(gold[f])}`);
      if (opts.baseline) {
        bok[f][1]++;
        if (baseValues[f] === gold[f]) bok[f][0]++;
      }
    }
    if (opts.baseline) {
      base.push(shingleScore(expected, b?.text ?? ''));
      tBase.push(run.baselineMs);
    }
    if (opts.details && ((s.precision ?? 0) < 0.98 || (s.recall ?? 0) < 0.98 || misses.length || run.oursError)) {
      lines.push(`${name}: P ${fmt(s.precision)} R ${fmt(s.recall)}${misses.length ? ' | ' + misses.join(' | ') : ''}${run.oursError ? ` | ERROR ${run.oursError}` : ''}`);
    }
    progress(i + 1, keys.length);
    await yieldToLoop();
  }
  const a = aggregateShingles(ours);
  const rate = (r: [number, number]) => `${r[0]}/${r[1]}`;
  const rows: (string | number)[][] = [['news-clipper', fmt(a.f1), fmt(a.precision), fmt(a.recall), ...FIELDS.map((f) => rate(ok[f]))]];
  const metrics: Record<string, unknown> = { n: keys.length, errors, ours: { ...a, fields: ok }, ...timing(tOurs, tBase) };
  if (opts.baseline) {
    const ab = aggregateShingles(base);
    rows.push(['readability', fmt(ab.f1), fmt(ab.precision), fmt(ab.recall), ...FIELDS.map((f) => rate(bok[f]))]);
    metrics.readability = { ...ab, fields: bok };
  }
  lines.push(`readability test pages: ${keys.length} pages, ${errors} extraction errors (body vs expected.html; fields vs expected-metadata.json where non-empty)`);
  lines.push(table(['extractor', 'body F1', 'precision', 'recall', ...FIELDS], rows));
  return { dataset: 'readability', lines, metrics };
}

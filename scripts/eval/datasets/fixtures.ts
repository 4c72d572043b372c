/**
 * Fixture folders: NAME.html + NAME.expected.json (the seed's format, described in
 * ../shared/fixtures/pages/README.md). Prints every failed check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractedClip } from '../../../utils/clip';
import { collapseWhitespace } from '../../../utils/extract/text';
import { nameSet } from '../metrics';
import { fmt, table, type EvalOutput } from '../report';
import { runPage, type BaselineResult } from '../run-page';
import { readMaybeGzip, selectKeys, timing, yieldToLoop, type EvalOptions } from './common';

export interface FixtureExpectation {
  url: string;
  title?: string;
  published?: string | null;
  modified?: string | null;
  byline?: string | null;
  authors?: string[];
  lang?: string;
  site_name?: string;
  captions?: { text_contains: string; credit_contains?: string }[];
  must_include?: string[];
  must_exclude?: string[];
  not_article?: boolean;
}

export function isFixtureDir(dir: string): boolean {
  return readdirSync(dir).some((f) => f.endsWith('.expected.json'));
}

/** Same calendar date for YYYY-MM-DD; same instant for a full ISO value. */
function sameDate(expected: string | null | undefined, got: string | null | undefined): boolean {
  if (expected === undefined) return true;
  if (expected === null) return got === null || got === undefined;
  if (!got) return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(expected)) return got.slice(0, 10) === expected;
  return Date.parse(expected) === Date.parse(got) && /[T ]\d{2}:\d{2}/.test(got);
}

/** Every failed check of one clip against its expectation; empty when all pass. */
export function checkFixture(exp: FixtureExpectation, clip: ExtractedClip): string[] {
  const fails: string[] = [];
  const text = collapseWhitespace(clip.text);
  if (exp.not_article) {
    if (clip.readerable) fails.push('not_article: expected readerable=false');
  }
  if (exp.title !== undefined && collapseWhitespace(clip.title) !== collapseWhitespace(exp.title)) {
    fails.push(`title: got ${JSON.stringify(clip.title)}, want ${JSON.stringify(exp.title)}`);
  }
  if (!sameDate(exp.published, clip.published)) fails.push(`published: got ${clip.published}, want ${exp.published}`);
  if (!sameDate(exp.modified, clip.modified)) fails.push(`modified: got ${clip.modified}, want ${exp.modified}`);
  if (exp.byline !== undefined || exp.authors !== undefined) {
    const want = nameSet(exp.authors ?? (exp.byline ? [exp.byline] : []));
    const got = nameSet(clip.authors.length ? clip.authors : clip.byline ? [clip.byline] : []);
    if (want.join('|') !== got.join('|')) fails.push(`authors: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  }
  if (exp.lang !== undefined && (clip.lang ?? '').toLowerCase() !== exp.lang.toLowerCase()) {
    fails.push(`lang: got ${clip.lang}, want ${exp.lang}`);
  }
  if (exp.site_name !== undefined && clip.siteName !== exp.site_name) {
    fails.push(`site_name: got ${JSON.stringify(clip.siteName)}, want ${JSON.stringify(exp.site_name)}`);
  }
  for (const cap of exp.captions ?? []) {
    const hit = clip.figures.find((f) => {
      const all = collapseWhitespace(`${f.caption ?? ''} ${f.credit ?? ''} ${f.alt}`);
      return all.includes(cap.text_contains) && (!cap.credit_contains || (f.credit ?? '').includes(cap.credit_contains));
    });
    if (!hit) {
      const near = clip.figures.map((f) => `${JSON.stringify(f.caption)} / ${JSON.stringify(f.credit)}`).join('; ');
      fails.push(`caption: no figure with ${JSON.stringify(cap.text_contains)} and credit ${JSON.stringify(cap.credit_contains)} (figures: ${near || 'none'})`);
    }
  }
  for (const s of exp.must_include ?? []) {
    if (!text.includes(collapseWhitespace(s))) fails.push(`must_include missing: ${JSON.stringify(s)}`);
  }
  for (const s of exp.must_exclude ?? []) {
    if (text.includes(collapseWhitespace(s))) fails.push(`must_exclude present: ${JSON.stringify(s)}`);
  }
  return fails;
}

function baselineAsClip(b: BaselineResult | null, url: string): ExtractedClip {
  return {
    url, canonicalUrl: url, title: b?.title ?? '', byline: b?.byline ?? null, authors: b?.byline ? [b.byline] : [],
    siteName: b?.siteName ?? null, lang: b?.lang ?? null, dir: null, excerpt: b?.excerpt ?? null,
    published: b?.publishedTime ?? null, modified: null, dateEvidence: { published: null, modified: null },
    figures: [], leadImage: null, html: '', text: b?.text ?? '', wordCount: 0, readerable: b !== null, reason: null,
    fromSelection: false, extractor: { name: 'readability', version: '0.6.0' },
  };
}

export async function evalFixtures(dir: string, opts: EvalOptions): Promise<EvalOutput> {
  const names = selectKeys(
    readdirSync(dir).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace(/\.expected\.json$/, '')).sort(),
    opts,
  );
  const lines: string[] = [];
  const rows: (string | number)[][] = [];
  let oursChecks = 0;
  let oursFailed = 0;
  let baseFailed = 0;
  const tOurs: number[] = [];
  const tBase: number[] = [];
  for (const name of names) {
    const exp = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as FixtureExpectation;
    const run = runPage({ bytes: readMaybeGzip(join(dir, `${name}.html`)) }, exp.url, { baseline: opts.baseline });
    tOurs.push(run.oursMs);
    tBase.push(run.baselineMs);
    const total = countChecks(exp);
    oursChecks += total;
    const fails = run.ours ? checkFixture(exp, run.ours) : [`ERROR ${run.oursError}`];
    const bfails = opts.baseline ? checkFixture(exp, baselineAsClip(run.baseline, exp.url)) : [];
    oursFailed += Math.min(fails.length, total);
    baseFailed += Math.min(bfails.length, total);
    rows.push([name, `${total - Math.min(fails.length, total)}/${total}`, opts.baseline ? `${total - Math.min(bfails.length, total)}/${total}` : '—']);
    for (const f of fails) lines.push(`FAIL ${name}: ${f}`);
    await yieldToLoop();
  }
  lines.unshift(table(['fixture', 'news-clipper', 'readability'], rows));
  lines.unshift(`fixtures: ${names.length} pages in ${dir}`);
  lines.push(`${oursChecks - oursFailed}/${oursChecks} checks pass (readability: ${opts.baseline ? oursChecks - baseFailed : '—'}/${oursChecks}); median ${fmt(timing(tOurs, tBase).ours_ms_median, 1)} ms`);
  return {
    dataset: 'fixtures',
    lines,
    metrics: { n: names.length, checks: oursChecks, failed: oursFailed, readability_failed: opts.baseline ? baseFailed : null, ...timing(tOurs, tBase) },
  };
}

function countChecks(exp: FixtureExpectation): number {
  return (
    (exp.not_article ? 1 : 0) + (exp.title !== undefined ? 1 : 0) + (exp.published !== undefined ? 1 : 0) +
    (exp.modified !== undefined ? 1 : 0) + (exp.byline !== undefined || exp.authors !== undefined ? 1 : 0) +
    (exp.lang !== undefined ? 1 : 0) + (exp.site_name !== undefined ? 1 : 0) + (exp.captions?.length ?? 0) +
    (exp.must_include?.length ?? 0) + (exp.must_exclude?.length ?? 0)
  );
}

/**
 * Node extraction benchmark: our extractor and plain Readability on the same parsed documents,
 * in the same process. Figures: extract_ms_median, extract_ms_p95, readability_ms_median,
 * extract_ratio (ours ÷ Readability medians), plus the pages used.
 *
 * Pages: the bundled samples (tests/fixtures/samples/) and, when present, ../shared/corpus/aeb-dev.
 * Every page is parsed once with jsdom; both extractors then work on clones of that document
 * (ours clones inside extractClip, Readability gets `doc.cloneNode(true)`, as the eval does).
 * Warm-up first; then per page the two alternate (ours first on even rounds) so machine noise
 * falls on both. With `--profile` (or when the ratio is over target) the stages of our pipeline
 * are timed one by one on the same pages.
 *
 * Runs as a section of `npm run bench` and standalone: `npx tsx scripts/bench/extract.ts [--json]
 * [--runs N] [--profile] [--no-corpus] [--limit N]`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { extractClip } from '../../utils/extract/extract-clip';
import { loadBytes, type LoadedPage } from '../lib/dom';
import { profileStages, STAGES, type StageTimes } from './extract-stages';
import { median, percentile, round1, type BenchContext, type SectionResult } from './types';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLES = join(ROOT, 'tests/fixtures/samples');
const AEB = resolve(ROOT, '../shared/corpus/aeb-dev');
export const TARGET_RATIO = 1.3;

interface BenchPage {
  name: string;
  source: 'samples' | 'aeb-dev';
  url: string;
  bytes: Uint8Array;
}

function samplePages(): BenchPage[] {
  if (!existsSync(SAMPLES)) return [];
  return readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const bytes = new Uint8Array(readFileSync(join(SAMPLES, f)));
      // The sample's own canonical address, so relative links resolve as on the web.
      const head = new TextDecoder().decode(bytes.subarray(0, 8192));
      const canonical = /<link[^>]+rel=["']?canonical["']?[^>]*href=["']([^"']+)/i.exec(head)?.[1];
      return { name: f, source: 'samples' as const, url: canonical ?? `https://samples.news-clipper.test/${f}`, bytes };
    });
}

function aebPages(limit: number | null): BenchPage[] {
  const truthPath = join(AEB, 'ground-truth.json');
  if (!existsSync(truthPath)) return [];
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, { url: string }>;
  let ids = Object.keys(truth).sort();
  if (limit !== null) ids = ids.slice(0, limit);
  return ids
    .filter((id) => existsSync(join(AEB, 'html', `${id}.html.gz`)))
    .map((id) => ({ name: id.slice(0, 12), source: 'aeb-dev' as const, url: truth[id]!.url, bytes: new Uint8Array(gunzipSync(readFileSync(join(AEB, 'html', `${id}.html.gz`)))) }));
}

function timeOurs(page: LoadedPage, url: string): number {
  const t = performance.now();
  try {
    extractClip(page.document, url);
  } catch {
    // Typed refusals (too large) still cost their time; the figure is the time to an answer.
  }
  return performance.now() - t;
}

function timeReadability(page: LoadedPage): number {
  const t = performance.now();
  try {
    new Readability(page.document.cloneNode(true) as Document).parse();
  } catch {
    // Same as ours: the time to an answer.
  }
  return performance.now() - t;
}

function flag(args: readonly string[], name: string): boolean {
  return args.includes(name);
}

function numberArg(args: readonly string[], name: string): number | null {
  const i = args.indexOf(name);
  if (i < 0) return null;
  const n = Number(args[i + 1]);
  return Number.isInteger(n) && n > 0 ? n : null;
}

const yieldToLoop = () => new Promise((r) => setImmediate(r));

export async function run(ctx: BenchContext): Promise<SectionResult> {
  const runs = ctx.runs ?? numberArg(ctx.args, '--extract-runs') ?? 3;
  const useCorpus = !flag(ctx.args, '--no-corpus');
  const limit = numberArg(ctx.args, '--limit');
  const pages = [...samplePages(), ...(useCorpus ? aebPages(limit) : [])];
  if (pages.length === 0) throw new Error('No pages: tests/fixtures/samples/ is empty and ../shared/corpus/aeb-dev is absent.');

  ctx.log(`parsing ${pages.length} pages with jsdom`);
  const loaded: { page: BenchPage; dom: LoadedPage }[] = [];
  for (const page of pages) loaded.push({ page, dom: loadBytes(page.bytes, page.url) });

  // Warm-up: JIT, regex compilation, module initialisation, on every page once.
  ctx.log('warming up');
  for (const { page, dom } of loaded) {
    timeOurs(dom, page.url);
    timeReadability(dom);
  }

  const ours: number[] = [];
  const base: number[] = [];
  ctx.log(`timing ${runs} alternating runs per page`);
  for (const [i, { page, dom }] of loaded.entries()) {
    const o: number[] = [];
    const b: number[] = [];
    for (let r = 0; r < runs; r++) {
      if ((i + r) % 2 === 0) {
        o.push(timeOurs(dom, page.url));
        b.push(timeReadability(dom));
      } else {
        b.push(timeReadability(dom));
        o.push(timeOurs(dom, page.url));
      }
    }
    ours.push(median(o));
    base.push(median(b));
    await yieldToLoop();
  }

  const oursMedian = median(ours);
  const baseMedian = median(base);
  const ratio = oursMedian / baseMedian;
  const bySource = (s: BenchPage['source']) => pages.filter((p) => p.source === s).length;
  const figures = {
    extract_ms_median: round1(oursMedian),
    extract_ms_p95: round1(percentile(ours, 95)),
    readability_ms_median: round1(baseMedian),
    extract_ratio: Math.round(ratio * 100) / 100,
    extract_pages: pages.length,
    extract_pages_samples: bySource('samples'),
    extract_pages_aeb_dev: bySource('aeb-dev'),
  };
  const lines = [
    `pages: ${bySource('samples')} bundled samples (${pages.filter((p) => p.source === 'samples').map((p) => p.name).join(', ') || 'none'})` +
      `, ${bySource('aeb-dev')} from ../shared/corpus/aeb-dev${useCorpus ? '' : ' (skipped: --no-corpus)'}`,
    `runs per page: ${runs}, after one warm-up pass; ours and Readability alternate`,
    `news-clipper  median ${round1(oursMedian)} ms  p95 ${round1(percentile(ours, 95))} ms`,
    `readability   median ${round1(baseMedian)} ms  p95 ${round1(percentile(base, 95))} ms`,
    `extract_ratio ${figures.extract_ratio} (target ≤ ${TARGET_RATIO})`,
  ];

  if (flag(ctx.args, '--profile') || ratio > TARGET_RATIO) {
    ctx.log('profiling stages');
    const perStage: StageTimes[] = [];
    for (const { page, dom } of loaded) {
      perStage.push(profileStages(dom.document, page.url));
      await yieldToLoop();
    }
    lines.push('stage medians over the pages (ms), and their share of the summed stage medians:');
    const medians = STAGES.map((s) => ({ s, m: median(perStage.map((p) => p[s] ?? 0)) }));
    const total = medians.reduce((a, x) => a + x.m, 0);
    for (const { s, m } of medians) {
      lines.push(`  ${s.padEnd(16)} ${m.toFixed(2).padStart(8)}  ${total > 0 ? ((100 * m) / total).toFixed(0).padStart(3) : '—'}%`);
      (figures as Record<string, number>)[`extract_stage_${s.replace(/-/g, '_')}_ms`] = round1(m);
    }
  }
  for (const { dom } of loaded) dom.close();
  return { figures, lines };
}

/** Standalone: `npx tsx scripts/bench/extract.ts [--json] [--runs N] [--profile] [--no-corpus]`. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const i = args.indexOf('--runs');
  const runs = i >= 0 ? Number(args[i + 1]) : null;
  const result = await run({ args, runs: runs && runs > 0 ? runs : null, log: (l) => process.stderr.write(`[bench:extract] ${l}\n`) });
  for (const line of result.lines) process.stdout.write(`${line}\n`);
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(result.figures)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();

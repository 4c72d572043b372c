/**
 * clip_to_saved_ms: from the toolbar press to the clip being stored, in real Chromium, on the
 * bundled sample pages (tests/fixtures/samples). The person's own time is left out: it is the
 * press → preview ready time plus the Save click → stored time, both measured against the
 * extension's own timestamps (draft.timings), median over every page and run.
 *
 * extension_extract_ms_median: the extraction core's own time inside the content script, with
 * plain Readability (clone + parse, in the same page) beside it and their ratio
 * (extension_extract_ratio). Both run once, freshly loaded: that is how the extractor runs on a
 * clip, so V8 compiles every regex it meets (most of the in-page time; a warm second run is
 * 10-30× faster on the sample pages).
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureBuild } from '../lib/build';
import { ROOT, launchWithExtension } from '../lib/chromium';
import { clearStorage, clipThroughToolbar } from '../lib/clip-flow';
import { startStaticServer } from '../lib/static-server';
import { median, percentile, round1, type BenchContext, type SectionResult } from './types';

const SAMPLES = path.join(ROOT, 'tests/fixtures/samples');
const TARGET_MS = 500;
const READABILITY_JS = createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js');

interface Run {
  page: string;
  /** Press → popup document starts loading → popup asks the background → preview ready. */
  popupStart: number;
  popupAsk: number;
  /** Both executeScript calls as the background saw them (extraction included). */
  scriptMs: number;
  toPreview: number;
  save: number;
  total: number;
  extractMs: number;
  readabilityMs: number;
}

export async function run(ctx: BenchContext): Promise<SectionResult> {
  const runsPerPage = ctx.runs ?? 5;
  ensureBuild(ctx.log);
  const pages = readdirSync(SAMPLES).filter((f) => f.endsWith('.html')).sort();
  if (pages.length === 0) throw new Error(`no sample pages in ${SAMPLES}`);
  const server = await startStaticServer(SAMPLES);
  const ext = await launchWithExtension();
  const runs: Run[] = [];
  try {
    const once = async (file: string): Promise<Run> => {
      await clearStorage(ext);
      const page = await ext.context.newPage();
      await page.goto(server.url(file));
      const outcome = await clipThroughToolbar(ext, page);
      const t = outcome.draft.timings;
      if (!outcome.clip || t.readyAt === null || t.savedAt === null || outcome.saveClickedAt === null) {
        throw new Error(`${file} was not saved: ${outcome.draft.error?.message ?? outcome.draft.status}`);
      }
      await page.addScriptTag({ path: READABILITY_JS });
      const readabilityMs = await page.evaluate(() => {
        const R = (window as unknown as { Readability: new (doc: Document) => { parse(): unknown } }).Readability;
        const started = performance.now();
        new R(document.cloneNode(true) as Document).parse();
        return performance.now() - started;
      });
      await outcome.popup.close();
      await page.close();
      const toPreview = t.readyAt - outcome.pressedAt;
      const save = t.savedAt - outcome.saveClickedAt;
      const popupStart = t.popupAt !== null ? t.popupAt - outcome.pressedAt : Number.NaN;
      const popupAsk = t.popupAt !== null ? t.requestedAt - t.popupAt : Number.NaN;
      return { page: file, popupStart, popupAsk, scriptMs: t.scriptMs ?? Number.NaN, toPreview, save, total: toPreview + save, extractMs: t.extractMs ?? Number.NaN, readabilityMs };
    };
    ctx.log('warm-up run');
    await once(pages[0]!);
    for (let r = 0; r < runsPerPage; r++) {
      for (const file of pages) {
        const result = await once(file);
        runs.push(result);
        ctx.log(`${file}: ${result.total} ms (preview ${result.toPreview}, save ${result.save}, extraction ${result.extractMs.toFixed(0)})`);
      }
    }
  } finally {
    await ext.close();
    await server.close();
  }

  const total = median(runs.map((r) => r.total));
  const lines = [`${pages.length} pages × ${runsPerPage} runs (after one warm-up), headless Chromium, production build`];
  lines.push('page                          press→saved  press→preview  save  extraction  plain Readability');
  for (const file of pages) {
    const mine = runs.filter((r) => r.page === file);
    lines.push(
      `${file.padEnd(30)}${String(median(mine.map((r) => r.total))).padStart(8)} ms${String(median(mine.map((r) => r.toPreview))).padStart(11)} ms` +
        `${String(median(mine.map((r) => r.save))).padStart(6)}${median(mine.map((r) => r.extractMs)).toFixed(0).padStart(9)} ms` +
        `${median(mine.map((r) => r.readabilityMs)).toFixed(0).padStart(12)} ms`,
    );
  }
  lines.push(
    `press→preview, split: popup opens ${median(runs.map((r) => r.popupStart))} ms, popup script asks ${median(runs.map((r) => r.popupAsk))} ms, ` +
      `injection ${median(runs.map((r) => r.scriptMs - r.extractMs)).toFixed(0)} ms + extraction ${median(runs.map((r) => r.extractMs)).toFixed(0)} ms, ` +
      `rest of the background ${median(runs.map((r) => r.toPreview - r.popupStart - r.popupAsk - r.scriptMs)).toFixed(0)} ms`,
  );
  const extractMedian = median(runs.map((r) => r.extractMs));
  const readabilityMedian = median(runs.map((r) => r.readabilityMs));
  lines.push(
    `in the page (first run after injection, both cold): extraction median ${round1(extractMedian)} ms, plain Readability (clone + parse) ${round1(readabilityMedian)} ms, ratio ${(extractMedian / readabilityMedian).toFixed(2)}`,
  );
  lines.push(`median press→saved ${total} ms (target ≤ ${TARGET_MS} ms: ${total <= TARGET_MS ? 'met' : 'NOT met'}), p90 ${percentile(runs.map((r) => r.total), 90)} ms`);
  return {
    lines,
    figures: {
      clip_to_saved_ms: total,
      clip_to_saved_ms_p90: percentile(runs.map((r) => r.total), 90),
      clip_to_preview_ms: median(runs.map((r) => r.toPreview)),
      clip_save_ms: median(runs.map((r) => r.save)),
      clip_popup_open_ms: median(runs.map((r) => r.popupStart + r.popupAsk)),
      extension_extract_ms_median: round1(extractMedian),
      extension_readability_ms_median: round1(readabilityMedian),
      extension_extract_ratio: Math.round((extractMedian / readabilityMedian) * 100) / 100,
      clip_bench_runs: runs.length,
    },
  };
}

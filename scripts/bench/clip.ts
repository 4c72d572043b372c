/**
 * clip_to_saved_ms: from the toolbar press to the clip being stored, in real Chromium, on the
 * bundled sample pages (tests/fixtures/samples). The person's own time is left out: it is the
 * press → preview ready time plus the Save click → stored time, median over every page and run.
 *
 * - Press: Node's clock just before CDP `Extensions.triggerAction`.
 * - Preview ready: the toolbar's own popup got the finished draft from the background
 *   (`timings.shownAt`). The extraction starts at the press and runs while the popup opens, so
 *   whichever of the two ends last sets it.
 * - Save click: when the popup's click handler ran (`timings.saveClickedAt`, the popup's clock).
 *   The test driver's own time to find and click the button (Playwright) is printed beside it
 *   and kept in clip_to_saved_driver_ms, which counts from Node's clock before the click.
 *
 * The toolbar button is pinned, as a button someone clicks on the toolbar is. An unpinned
 * extension's button first pops out into the toolbar (~270 ms before Chromium starts loading
 * the popup); that case is measured too, with fewer runs (clip_to_saved_unpinned_ms).
 *
 * extension_extract_ms_median: the extraction core's own time inside the content script, with
 * plain Readability (clone + parse, in the same page) beside it and their ratio
 * (extension_extract_ratio). Both run once, freshly loaded: that is how the extractor runs on a
 * clip, so V8 compiles every regex it meets (most of the in-page time; a warm second run is
 * 10-30× faster on the sample pages).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureBuild } from '../lib/build';
import { CHROME_EXTENSION_DIR, ROOT, launchWithExtension } from '../lib/chromium';
import { clearStorage, clipThroughToolbar } from '../lib/clip-flow';
import { startStaticServer, type StaticServer } from '../lib/static-server';
import { median, percentile, round1, type BenchContext, type SectionResult } from './types';

const SAMPLES = path.join(ROOT, 'tests/fixtures/samples');
const TARGET_MS = 500;
const READABILITY_JS = createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js');

interface Run {
  page: string;
  /** Press → the background starts the clip (action.onClicked). */
  clickMs: number;
  /** Press → popup document starts loading; its script loading → asking the background. */
  popupStart: number;
  popupAsk: number;
  /** Press → the draft is ready in the background. */
  readyMs: number;
  /** Both executeScript calls as the background saw them (extraction included). */
  scriptMs: number;
  toPreview: number;
  /** The popup's Save click → stored. */
  save: number;
  /** Node's click → the popup's click handler runs (Playwright finding and clicking the button). */
  saveDriver: number;
  /** The popup's click handler → the request reaches the background; the rest is the write. */
  saveAsk: number;
  total: number;
  extractMs: number;
  readabilityMs: number;
}

/** Chromium's id for an unpacked extension: SHA-256 of its path, 32 hex digits spelled a-p. */
function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** A fresh profile whose toolbar shows the extension's button (pinned before the first start). */
function pinnedProfile(extensionId: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'news-clipper-bench-'));
  mkdirSync(path.join(dir, 'Default'));
  writeFileSync(path.join(dir, 'Default', 'Preferences'), JSON.stringify({ extensions: { pinned_extensions: [extensionId] } }));
  return dir;
}

async function measure(ctx: BenchContext, server: StaticServer, pages: string[], runsPerPage: number, pinned: boolean): Promise<Run[]> {
  const expectedId = unpackedExtensionId(path.resolve(CHROME_EXTENSION_DIR));
  const profile = pinned ? pinnedProfile(expectedId) : undefined;
  const ext = await launchWithExtension({ userDataDir: profile });
  const runs: Run[] = [];
  try {
    if (pinned && ext.extensionId !== expectedId) throw new Error(`could not pin the button: extension id ${ext.extensionId}, expected ${expectedId}`);
    const once = async (file: string): Promise<Run> => {
      await clearStorage(ext);
      const page = await ext.context.newPage();
      await page.goto(server.url(file));
      const outcome = await clipThroughToolbar(ext, page);
      const t = outcome.draft.timings;
      if (!outcome.clip || t.readyAt === null || t.shownAt === null || t.savedAt === null || t.saveClickedAt === null || outcome.saveClickedAt === null) {
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
      const toPreview = t.shownAt - outcome.pressedAt;
      const save = t.savedAt - t.saveClickedAt;
      return {
        page: file,
        clickMs: t.requestedAt - outcome.pressedAt,
        popupStart: t.popupAt !== null ? t.popupAt - outcome.pressedAt : Number.NaN,
        popupAsk: t.popupAt !== null && t.askedAt !== null ? t.askedAt - t.popupAt : Number.NaN,
        readyMs: t.readyAt - outcome.pressedAt,
        scriptMs: t.scriptMs ?? Number.NaN,
        toPreview,
        save,
        saveDriver: t.saveClickedAt - outcome.saveClickedAt,
        saveAsk: t.saveAskedAt !== null ? t.saveAskedAt - t.saveClickedAt : Number.NaN,
        total: toPreview + save,
        extractMs: t.extractMs ?? Number.NaN,
        readabilityMs,
      };
    };
    ctx.log(`${pinned ? 'pinned' : 'unpinned'} button: warm-up run`);
    await once(pages[0]!);
    for (let r = 0; r < runsPerPage; r++) {
      for (const file of pages) {
        const result = await once(file);
        runs.push(result);
        ctx.log(`${pinned ? '' : '(unpinned) '}${file}: ${result.total} ms (preview ${result.toPreview}, save ${result.save}, extraction ${result.extractMs.toFixed(0)})`);
      }
    }
  } finally {
    await ext.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  }
  return runs;
}

const med = (runs: readonly Run[], f: (r: Run) => number): number => median(runs.map(f));

export async function run(ctx: BenchContext): Promise<SectionResult> {
  const runsPerPage = ctx.runs ?? 5;
  ensureBuild(ctx.log);
  const pages = readdirSync(SAMPLES).filter((f) => f.endsWith('.html')).sort();
  if (pages.length === 0) throw new Error(`no sample pages in ${SAMPLES}`);
  const server = await startStaticServer(SAMPLES);
  let runs: Run[];
  let unpinned: Run[];
  try {
    runs = await measure(ctx, server, pages, runsPerPage, true);
    unpinned = await measure(ctx, server, pages, Math.max(1, Math.ceil(runsPerPage / 2)), false);
  } finally {
    await server.close();
  }

  const total = med(runs, (r) => r.total);
  const lines = [`${pages.length} pages × ${runsPerPage} runs (after one warm-up), headless Chromium, production build, toolbar button pinned`];
  lines.push('page                          press→saved  press→preview  save  extraction  plain Readability');
  for (const file of pages) {
    const mine = runs.filter((r) => r.page === file);
    lines.push(
      `${file.padEnd(30)}${String(med(mine, (r) => r.total)).padStart(8)} ms${String(med(mine, (r) => r.toPreview)).padStart(11)} ms` +
        `${String(med(mine, (r) => r.save)).padStart(6)}${med(mine, (r) => r.extractMs).toFixed(0).padStart(9)} ms` +
        `${med(mine, (r) => r.readabilityMs).toFixed(0).padStart(12)} ms`,
    );
  }
  // Two paths run side by side from the press; the preview is ready when both have ended.
  for (const [label, set] of [['pinned', runs], ['unpinned', unpinned]] as const) {
    lines.push(
      `${label}: popup path: popup starts loading ${med(set, (r) => r.popupStart)} ms after the press, its script asks ${med(set, (r) => r.popupAsk)} ms later ` +
        `(at ${med(set, (r) => r.popupStart + r.popupAsk)} ms); clip path: click reaches the background at ${med(set, (r) => r.clickMs)} ms, ` +
        `injection ${med(set, (r) => r.scriptMs - r.extractMs).toFixed(0)} ms + extraction ${med(set, (r) => r.extractMs).toFixed(0)} ms, ` +
        `draft ready at ${med(set, (r) => r.readyMs)} ms; preview answered at ${med(set, (r) => r.toPreview)} ms`,
    );
  }
  lines.push(
    `save, split: popup → request reaches the background ${med(runs, (r) => r.saveAsk)} ms, background until the clip is stored ${med(runs, (r) => r.save - r.saveAsk)} ms ` +
      `(before that, the test driver took ${med(runs, (r) => r.saveDriver)} ms to find and click Save)`,
  );
  const extractMedian = med(runs, (r) => r.extractMs);
  const readabilityMedian = med(runs, (r) => r.readabilityMs);
  lines.push(
    `in the page (first run after injection, both cold): extraction median ${round1(extractMedian)} ms, plain Readability (clone + parse) ${round1(readabilityMedian)} ms, ratio ${(extractMedian / readabilityMedian).toFixed(2)}`,
  );
  const unpinnedTotal = med(unpinned, (r) => r.total);
  lines.push(`median press→saved ${total} ms (target ≤ ${TARGET_MS} ms: ${total <= TARGET_MS ? 'met' : 'NOT met'}), p90 ${percentile(runs.map((r) => r.total), 90)} ms`);
  lines.push(`unpinned button (${unpinned.length} runs): median press→saved ${unpinnedTotal} ms; counting the test driver's click too (pinned): ${med(runs, (r) => r.total + r.saveDriver)} ms`);
  return {
    lines,
    figures: {
      clip_to_saved_ms: total,
      clip_to_saved_ms_p90: percentile(runs.map((r) => r.total), 90),
      clip_to_saved_unpinned_ms: unpinnedTotal,
      clip_to_saved_driver_ms: med(runs, (r) => r.total + r.saveDriver),
      clip_to_preview_ms: med(runs, (r) => r.toPreview),
      clip_save_ms: med(runs, (r) => r.save),
      clip_popup_open_ms: med(runs, (r) => r.popupStart + r.popupAsk),
      clip_ready_ms: med(runs, (r) => r.readyMs),
      extension_extract_ms_median: round1(extractMedian),
      extension_readability_ms_median: round1(readabilityMedian),
      extension_extract_ratio: Math.round((extractMedian / readabilityMedian) * 100) / 100,
      clip_bench_runs: runs.length,
    },
  };
}

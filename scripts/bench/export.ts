/**
 * Export benchmark in real Chromium (Debian's, through playwright-core; no extension build
 * needed): the export code bundled with esbuild into a blank page, N synthetic clips
 * (./synthetic-clips.ts) SAVED through the extension's save path first (body converted once at
 * save, stored as `md:<id>` with the clip by ClipTx.put; see export-page-entry.ts), then one zip
 * export that reads the stored bodies. Figures (suffix `_10k` for the default 10,000 clips, else
 * `_<N>`):
 *   export_zip_ms            wall time of reading the stored bodies + exportClips (the issue's
 *                            `export_zip_ms_10k`); the clips' own records are read before (as
 *                            the library does), timed apart as export_read_clips_ms
 *   export_zip_cpu_ms        the page's main-thread CPU time for it (CDP ThreadTime; steadier on
 *                            a shared machine)
 *   export_longest_task_ms   longest stretch without yielding to the page (responsiveness)
 *   export_save_body_ms_per_clip   what saving pays instead (body conversion, once per clip)
 *   export_markdown_ms_per_clip    converting a whole clip at export time (no stored body)
 *   export_zip_mb
 *
 * Runs as a section of `npm run bench` (`--export-count N`, `--export-level L`,
 * `--export-backup-level L`) and standalone:
 * `npx tsx scripts/bench/export.ts [--count N] [--level L] [--backup-level L] [--json]`.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { BenchContext, Figure, SectionResult } from './types';

interface RunResult {
  exportMs: number;
  readMs: number;
  longestTask: number;
  longestAt: string;
  progressEvents: number;
  bytes: number;
  storedBodiesUsed: number;
}

export interface ExportBenchOptions {
  count: number;
  level: number;
  backupLevel: number;
  /** Zip in a Worker (as the library does) rather than on the page's thread. */
  worker: boolean;
  log(line: string): void;
}

/** One script file for the bench page (or its worker), bundled in memory. */
function bundleForPage(entry: string) {
  return build({
    entryPoints: [resolve(import.meta.dirname, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    logLevel: 'silent',
  });
}

export async function measureExport(o: ExportBenchOptions): Promise<SectionResult> {
  const bundle = await bundleForPage('export-page-entry.ts');
  const worker = await bundleForPage('../../utils/export/zip-worker.ts');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const threadTime = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN;
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    if (o.worker) {
      await page.evaluate((code) => {
        (globalThis as { __zipWorkerUrl?: string }).__zipWorkerUrl = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
      }, worker.outputFiles[0]!.text);
    }
    const bench = 'globalThis.__exportBench';
    o.log(`generating ${o.count} clips`);
    const htmlChars = Number(await page.evaluate(`${bench}.prepare(${o.count})`));
    o.log('saving them through the save path (body converted once per clip)');
    const saved = (await page.evaluate(`${bench}.save()`)) as { bodyMsPerClip: number; saveMsPerClip: number };
    const readClipsMs = Number(await page.evaluate(`${bench}.read()`));
    const mdMs = Number(await page.evaluate(`${bench}.markdownOnly(${Math.min(200, o.count)})`));
    o.log('exporting');
    const cpu0 = await threadTime();
    const cold = (await page.evaluate(`${bench}.run(${o.level}, ${o.backupLevel}, true, ${o.worker})`)) as RunResult;
    const cpu1 = await threadTime();

    const suffix = o.count === 10_000 ? '10k' : String(o.count);
    const figures: Record<string, Figure> = {
      [`export_zip_ms_${suffix}`]: Math.round(cold.exportMs),
      [`export_zip_cpu_ms_${suffix}`]: Math.round((cpu1 - cpu0) * 1000),
      [`export_longest_task_ms_${suffix}`]: Math.round(cold.longestTask),
      [`export_read_clips_ms_${suffix}`]: Math.round(readClipsMs),
      export_save_body_ms_per_clip: Number(saved.bodyMsPerClip.toFixed(3)),
      export_markdown_ms_per_clip: Number(mdMs.toFixed(3)),
      [`export_zip_mb_${suffix}`]: Math.round(cold.bytes / 1e5) / 10,
    };
    const lines = [
      `${o.count} synthetic clips (${Math.round(htmlChars)} HTML chars each), saved through the save path: Markdown body made once at save ` +
        `(${saved.bodyMsPerClip.toFixed(2)} ms per clip, paid when saving) and stored as md:<id>; deflate level ${o.level} (clips.json ${o.backupLevel}), zip ${o.worker ? 'in a Worker' : 'on the page thread'}, ${browser.version()}`,
      `export: ${Math.round(cold.exportMs)} ms wall (reading ${cold.storedBodiesUsed} stored bodies ${Math.round(cold.readMs)} ms), ` +
        `${figures[`export_zip_cpu_ms_${suffix}`]} ms main-thread CPU, ${cold.progressEvents} progress events`,
      `longest task: ${Math.round(cold.longestTask)} ms (${cold.longestAt})`,
      `reading the ${o.count} clip records before the export (not in the figure above): ${Math.round(readClipsMs)} ms`,
      `without stored bodies, converting costs ${mdMs.toFixed(2)} ms per clip (~${Math.round((mdMs * o.count) / 1000)} s for ${o.count}); zip ${figures[`export_zip_mb_${suffix}`]} MB`,
    ];
    return { figures, lines };
  } finally {
    await browser.close();
  }
}

function numberArg(args: readonly string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const n = i >= 0 ? Number(args[i + 1]) : fallback;
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

/** As a section of `npm run bench`. */
export function run(ctx: BenchContext): Promise<SectionResult> {
  return measureExport({
    count: numberArg(ctx.args, '--export-count', 10_000),
    level: numberArg(ctx.args, '--export-level', 0),
    backupLevel: numberArg(ctx.args, '--export-backup-level', 1),
    worker: !ctx.args.includes('--export-inline'),
    log: ctx.log,
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const result = await measureExport({
    count: numberArg(args, '--count', 10_000),
    level: numberArg(args, '--level', 0),
    backupLevel: numberArg(args, '--backup-level', 1),
    worker: !args.includes('--inline'),
    log: (l) => process.stderr.write(`[bench:export] ${l}\n`),
  });
  for (const line of result.lines) process.stdout.write(`${line}\n`);
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(result.figures)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();

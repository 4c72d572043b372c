/**
 * Export benchmark in real Chromium (Debian's, through playwright-core; no extension build
 * needed): the export code bundled with esbuild into a blank page, N synthetic clips
 * (./synthetic-clips.ts), one zip export. Figures (suffix `_10k` for the default 10,000 clips,
 * else `_<N>`):
 *   export_zip_ms            wall time of exportClips (the issue's `export_zip_ms_10k`)
 *   export_zip_cpu_ms        the page's main-thread CPU time for it (CDP ThreadTime; steadier on
 *                            a shared machine)
 *   export_zip_cached_ms     the same export once the Markdown is cached (markdown-cache.ts)
 *   export_longest_task_ms   longest stretch without yielding to the page (responsiveness)
 *   export_markdown_ms_per_clip, export_zip_mb
 *
 * Runs as a section of `npm run bench` (`--export-count N`, `--export-level L`) and standalone:
 * `npx tsx scripts/bench/export.ts [--count N] [--level L] [--backup-level L] [--json]`.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { BenchContext, Figure, SectionResult } from './types';

interface PageBench {
  prepare(count: number): number;
  markdownOnly(sample: number): number;
  warm(): Promise<number>;
  run(level: number, backupLevel: number, cached: boolean): Promise<{ exportMs: number; longestTask: number; longestAt: string; progressEvents: number; bytes: number }>;
}

export interface ExportBenchOptions {
  count: number;
  level: number;
  backupLevel: number;
  log(line: string): void;
}

export async function measureExport(o: ExportBenchOptions): Promise<SectionResult> {
  const bundle = await build({
    entryPoints: [resolve(import.meta.dirname, 'export-page-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    logLevel: 'silent',
  });
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
    const bench = 'globalThis.__exportBench';
    type Run = Awaited<ReturnType<PageBench['run']>>;
    o.log(`generating ${o.count} clips`);
    const htmlChars = Number(await page.evaluate(`${bench}.prepare(${o.count})`));
    const mdMs = Number(await page.evaluate(`${bench}.markdownOnly(${Math.min(500, o.count)})`));
    o.log('exporting');
    const cpu0 = await threadTime();
    const cold = (await page.evaluate(`${bench}.run(${o.level}, ${o.backupLevel}, false)`)) as Run;
    const cpu1 = await threadTime();
    o.log('exporting again with the Markdown cached');
    await page.evaluate(`${bench}.warm()`);
    const cpu2 = await threadTime();
    const cached = (await page.evaluate(`${bench}.run(${o.level}, ${o.backupLevel}, true)`)) as Run;
    const cpu3 = await threadTime();

    const suffix = o.count === 10_000 ? '10k' : String(o.count);
    const figures: Record<string, Figure> = {
      [`export_zip_ms_${suffix}`]: Math.round(cold.exportMs),
      [`export_zip_cpu_ms_${suffix}`]: Math.round((cpu1 - cpu0) * 1000),
      [`export_zip_cached_ms_${suffix}`]: Math.round(cached.exportMs),
      [`export_zip_cached_cpu_ms_${suffix}`]: Math.round((cpu3 - cpu2) * 1000),
      [`export_longest_task_ms_${suffix}`]: Math.round(cold.longestTask),
      export_markdown_ms_per_clip: Number(mdMs.toFixed(3)),
      [`export_zip_mb_${suffix}`]: Math.round(cold.bytes / 1e5) / 10,
    };
    const lines = [
      `${o.count} synthetic clips (${Math.round(htmlChars)} HTML chars each), deflate level ${o.level} (clips.json ${o.backupLevel}), ${browser.version()}`,
      `export: ${Math.round(cold.exportMs)} ms wall, ${figures[`export_zip_cpu_ms_${suffix}`]} ms main-thread CPU, ${cold.progressEvents} progress events`,
      `longest task: ${Math.round(cold.longestTask)} ms (${cold.longestAt})`,
      `with Markdown cached: ${Math.round(cached.exportMs)} ms wall, ${figures[`export_zip_cached_cpu_ms_${suffix}`]} ms CPU`,
      `Markdown alone: ${mdMs.toFixed(2)} ms per clip; zip ${figures[`export_zip_mb_${suffix}`]} MB`,
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
    level: numberArg(ctx.args, '--export-level', 1),
    backupLevel: numberArg(ctx.args, '--export-backup-level', 1),
    log: ctx.log,
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const result = await measureExport({
    count: numberArg(args, '--count', 10_000),
    level: numberArg(args, '--level', 1),
    backupLevel: numberArg(args, '--backup-level', 1),
    log: (l) => process.stderr.write(`[bench:export] ${l}\n`),
  });
  for (const line of result.lines) process.stdout.write(`${line}\n`);
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(result.figures)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();

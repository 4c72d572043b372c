/**
 * Export benchmark in real Chromium (Debian's, through playwright-core; no extension build needed):
 *   npx tsx scripts/bench/export-chromium.ts [--count 10000] [--level 1] [--backup-level 1] [--json]
 * Bundles the export code with esbuild, runs it in a blank page and prints the time to build the
 * zip for N synthetic clips: wall time (`export_zip_ms`) and the page's main-thread CPU time
 * (`export_zip_cpu_ms`, from CDP Performance.getMetrics ThreadTime; on a shared machine it is
 * the steadier figure), the same with the Markdown already cached (`export_zip_cached_*`, see
 * utils/export/markdown-cache.ts), the Markdown cost per clip, and the longest stretch the page
 * went without yielding (`longest_task_ms`: how responsive the page stays).
 */
import { build } from 'esbuild';
import path from 'node:path';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const count = Number(arg('count', '10000'));
const level = Number(arg('level', '1'));
const backupLevel = Number(arg('backup-level', '1'));
const json = args.includes('--json');

interface Bench {
  prepare(count: number): number;
  markdownOnly(sample: number): number;
  warm(): Promise<number>;
  run(level: number, backupLevel: number, cached: boolean): Promise<{ exportMs: number; longestTask: number; longestAt: string; progressEvents: number; bytes: number }>;
}

const bundle = await build({
  entryPoints: [path.join(import.meta.dirname, 'export-page-entry.ts')],
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
  const htmlChars = await page.evaluate(`${bench}.prepare(${count})`);
  const mdMs = await page.evaluate(`${bench}.markdownOnly(${Math.min(500, count)})`);
  const cpu0 = await threadTime();
  const r = (await page.evaluate(`${bench}.run(${level}, ${backupLevel}, false)`)) as Awaited<ReturnType<Bench['run']>>;
  const cpu1 = await threadTime();
  // The same export once the library has made the Markdown in idle time (markdown-cache.ts).
  await page.evaluate(`${bench}.warm()`);
  const cpu2 = await threadTime();
  const w = (await page.evaluate(`${bench}.run(${level}, ${backupLevel}, true)`)) as Awaited<ReturnType<Bench['run']>>;
  const cpu3 = await threadTime();
  const out = {
    export_zip_ms: Math.round(r.exportMs),
    export_zip_cpu_ms: Math.round((cpu1 - cpu0) * 1000),
    export_zip_cached_ms: Math.round(w.exportMs),
    export_zip_cached_cpu_ms: Math.round((cpu3 - cpu2) * 1000),
    clips: count,
    avg_html_chars: Math.round(Number(htmlChars)),
    level,
    backup_level: backupLevel,
    markdown_ms_per_clip: Number(Number(mdMs).toFixed(3)),
    longest_task_ms: Math.round(r.longestTask),
    longest_task_at: r.longestAt,
    progress_events: r.progressEvents,
    zip_bytes: r.bytes,
    browser: browser.version(),
  };
  if (json) console.log(JSON.stringify(out));
  else for (const [k, v] of Object.entries(out)) console.log(`${k.padEnd(22)} ${v}`);
} finally {
  await browser.close();
}

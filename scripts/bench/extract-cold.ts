/**
 * Diagnostics (not a bench section): why the extraction is slow in the page. The content script
 * runs once per clip on a freshly loaded script, so V8 compiles every regex it meets (twice:
 * bytecode, then native code on tier-up). This loads the extraction core into each bundled sample
 * page in Chromium, times a cold run, the stages of a second cold-ish run and a warm run, and
 * lists the regexes by the time their first two executions took (compilation included).
 *
 * `npx tsx scripts/bench/extract-cold.ts [--top N]`
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { BASE_ARGS, chromiumPath, ROOT } from '../lib/chromium';
import { startStaticServer } from '../lib/static-server';

const SAMPLES = path.join(ROOT, 'tests/fixtures/samples');
const BUNDLE = path.join(ROOT, '.cache/extract-cold/bundle.js');

interface RegexStat {
  ms: number;
  n: number;
  firstTwo: number;
}

/** Installed in the page before the bundle: times every RegExp exec by pattern. */
const INSTRUMENT = `(() => {
  const exec = RegExp.prototype.exec;
  const stats = new Map();
  window.__ncRegex = stats;
  RegExp.prototype.exec = function (s) {
    const t = performance.now();
    const r = exec.call(this, s);
    const d = performance.now() - t;
    const k = this.source.slice(0, 140) + ' /' + this.flags;
    const e = stats.get(k) || { ms: 0, n: 0, firstTwo: 0 };
    if (e.n < 2) e.firstTwo += d;
    e.ms += d;
    e.n++;
    stats.set(k, e);
    return r;
  };
})();`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const topIndex = args.indexOf('--top');
  const top = topIndex >= 0 ? Number(args[topIndex + 1]) || 25 : 25;
  await build({ entryPoints: [path.join(ROOT, 'scripts/bench/inpage/entry.ts')], bundle: true, format: 'iife', outfile: BUNDLE, target: 'chrome120', logLevel: 'error' });
  const server = await startStaticServer(SAMPLES);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: BASE_ARGS });
  const totals = new Map<string, RegexStat>();
  try {
    for (const file of readdirSync(SAMPLES).filter((f) => f.endsWith('.html')).sort()) {
      const page = await browser.newPage();
      await page.goto(server.url(file));
      await page.addScriptTag({ content: INSTRUMENT });
      await page.addScriptTag({ path: BUNDLE });
      const cold = await page.evaluate(() => (window as unknown as { __ncExtract(): number }).__ncExtract());
      const stats = (await page.evaluate(() => [...(window as unknown as { __ncRegex: Map<string, RegexStat> }).__ncRegex.entries()])) as [string, RegexStat][];
      const regexMs = stats.reduce((a, [, v]) => a + v.ms, 0);
      const warm = await page.evaluate(() => (window as unknown as { __ncExtract(): number }).__ncExtract());
      process.stdout.write(`${file}: cold ${cold.toFixed(0)} ms (regex exec ${regexMs.toFixed(0)} ms over ${stats.length} patterns), warm ${warm.toFixed(0)} ms\n`);
      for (const [k, v] of stats) {
        const e = totals.get(k) ?? { ms: 0, n: 0, firstTwo: 0 };
        totals.set(k, { ms: e.ms + v.ms, n: e.n + v.n, firstTwo: e.firstTwo + v.firstTwo });
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.stdout.write(`\nregexes by cold cost over the pages (ms total, ms in the first two executions, executions):\n`);
  for (const [k, v] of [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, top)) {
    process.stdout.write(`${v.ms.toFixed(1).padStart(7)} ${v.firstTwo.toFixed(1).padStart(7)} ${String(v.n).padStart(6)}  ${k}\n`);
  }
}

await main();

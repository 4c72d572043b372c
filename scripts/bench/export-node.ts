/**
 * Export benchmark in Node (jsdom): `npx tsx scripts/bench/export-node.ts [--count N] [--level L] [--json]`.
 * Node's jsdom DOM is far slower than a browser's for parsing and sanitizing, so this is an
 * upper bound; scripts/bench/export.ts (a section of `npm run bench`) measures the real thing in Chromium.
 * Prints the time (wall and CPU) to export N synthetic clips to a zip, and the Markdown cost
 * per clip.
 */
import { JSDOM } from 'jsdom';
import { exportClips } from '../../utils/export/export-clips';
import { clipToMarkdown, type DomWindow } from '../../utils/markdown/index';
import { syntheticClip } from './synthetic-clips';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const count = Number(arg('count', '1000'));
const level = Number(arg('level', '6')) as 0 | 6;
const json = args.includes('--json');

const win = new JSDOM('').window as unknown as DomWindow;
const clips = Array.from({ length: count }, (_, i) => syntheticClip(i));

const t0 = performance.now();
for (const clip of clips.slice(0, Math.min(200, count))) clipToMarkdown(clip, { window: win });
const mdPerClip = (performance.now() - t0) / Math.min(200, count);

const t1 = performance.now();
const cpu0 = process.cpuUsage();
let yields = 0;
const result = await exportClips(clips, {
  window: win,
  now: new Date('2026-01-01T00:00:00Z'),
  level,
  onProgress: () => yields++,
});
const exportMs = performance.now() - t1;
const cpu = process.cpuUsage(cpu0);
const bytes = result.blob.size;
const figures = {
  export_zip_ms: Math.round(exportMs),
  export_zip_cpu_ms: Math.round((cpu.user + cpu.system) / 1000),
  clips: count,
  level,
  markdown_ms_per_clip: Number(mdPerClip.toFixed(2)),
  zip_bytes: bytes,
  progress_events: yields,
};
if (json) console.log(JSON.stringify(figures));
else for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(22)} ${v}`);

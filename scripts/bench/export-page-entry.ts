/** Bundled into a plain page by export-chromium.ts: runs the export in the browser's own DOM. */
import type { Clip } from '../../utils/clip';
import { exportClips } from '../../utils/export/export-clips';
import { yieldToEventLoop } from '../../utils/export/yield';
import { clipToMarkdown } from '../../utils/markdown/index';
import { syntheticClip } from './synthetic-clips';

let clips: Clip[] = [];

function prepare(count: number): number {
  clips = Array.from({ length: count }, (_, i) => syntheticClip(i));
  return clips.reduce((n, c) => n + c.html.length, 0) / count;
}

function markdownOnly(sample: number): number {
  const some = clips.slice(0, sample);
  const t0 = performance.now();
  for (const clip of some) clipToMarkdown(clip);
  return (performance.now() - t0) / some.length;
}

async function run(level: 0 | 1 | 6, backupLevel: 0 | 1 | 6) {
  let last = performance.now();
  let longestTask = 0;
  let progressEvents = 0;
  const yieldFn = async () => {
    longestTask = Math.max(longestTask, performance.now() - last);
    await yieldToEventLoop();
    last = performance.now();
  };
  const t0 = performance.now();
  last = t0;
  const result = await exportClips(clips, { now: new Date('2026-01-01T00:00:00Z'), level, backupLevel, yieldFn, onProgress: () => progressEvents++ });
  const exportMs = performance.now() - t0;
  longestTask = Math.max(longestTask, performance.now() - last);
  return { exportMs, longestTask, progressEvents, bytes: result.blob.size };
}

(globalThis as { __exportBench?: unknown }).__exportBench = { prepare, markdownOnly, run };

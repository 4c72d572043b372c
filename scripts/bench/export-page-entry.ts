/** Bundled into a plain page by export-chromium.ts: runs the export in the browser's own DOM. */
import type { Clip } from '../../utils/clip';
import { exportClips } from '../../utils/export/export-clips';
import { warmMarkdownCache } from '../../utils/export/markdown-cache';
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

/** Fills a Markdown cache (untimed), as the library would in idle time. */
const cache = new Map<string, string>();
async function warm(): Promise<number> {
  return warmMarkdownCache(clips, cache);
}

async function run(level: 0 | 1 | 6, backupLevel: 0 | 1 | 6, cached: boolean) {
  let last = performance.now();
  let longestTask = 0;
  let longestAt = '';
  let phase = 'start';
  let progressEvents = 0;
  const note = (where: string) => {
    const gap = performance.now() - last;
    if (gap > longestTask) {
      longestTask = gap;
      longestAt = where;
    }
  };
  const yieldFn = async () => {
    note(phase);
    await yieldToEventLoop();
    last = performance.now();
  };
  const t0 = performance.now();
  last = t0;
  const result = await exportClips(clips, {
    now: new Date('2026-01-01T00:00:00Z'),
    level,
    backupLevel,
    yieldFn,
    markdownCache: cached ? cache : undefined,
    onProgress: (p) => {
      progressEvents++;
      phase = `${p.phase} ${p.done}/${p.total}`;
    },
  });
  const exportMs = performance.now() - t0;
  note('after the last yield (finish + Blob)');
  return { exportMs, longestTask, longestAt, progressEvents, bytes: result.blob.size };
}

(globalThis as { __exportBench?: unknown }).__exportBench = { prepare, markdownOnly, run, warm };

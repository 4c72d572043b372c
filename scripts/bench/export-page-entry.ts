/**
 * Bundled into a plain page by export.ts: runs the export in the browser's own DOM.
 *
 * The clips go through the same save path as in the extension: the body is converted once
 * (`clipStoredMarkdown`, what the popup does before saving) and written with the clip by
 * `ClipTx.put` into a storage area that copies values in and out (structured clone, as
 * `browser.storage` does). The export then reads the stored bodies for those clips and only
 * assembles front matter + body and zips.
 */
import type { Clip } from '../../utils/clip';
import { exportClips, type ExportOptions } from '../../utils/export/export-clips';
import { clipStoredMarkdown, clipToMarkdown } from '../../utils/markdown/index';
import { createLocalLock, type StorageArea } from '../../utils/storage/area';
import { clipTransaction, getClips } from '../../utils/storage/clip-store';
import { getStoredMarkdown } from '../../utils/storage/markdown-store';
import { syntheticClip } from './synthetic-clips';

/** In-memory storage.local stand-in: values are structured-cloned on the way in and out. */
function memoryArea(): StorageArea {
  const data = new Map<string, unknown>();
  return {
    async get(keys) {
      const list = keys === null || keys === undefined ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      const out: Record<string, unknown> = {};
      for (const k of list) if (data.has(k)) out[k] = structuredClone(data.get(k));
      return out;
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k);
    },
  };
}

const area = memoryArea();
const lock = createLocalLock();
let generated: Clip[] = [];
let clips: Clip[] = [];

function prepare(count: number): number {
  generated = Array.from({ length: count }, (_, i) => syntheticClip(i));
  return generated.reduce((n, c) => n + c.html.length, 0) / count;
}

/** Saves every clip as the extension does (body converted at save); returns ms per clip for the body. */
async function save(): Promise<{ bodyMsPerClip: number; saveMsPerClip: number }> {
  let bodyMs = 0;
  const t0 = performance.now();
  for (const clip of generated) {
    const b0 = performance.now();
    const markdown = clipStoredMarkdown(clip);
    bodyMs += performance.now() - b0;
    await clipTransaction(area, lock, (tx) => tx.put(clip, { markdown }));
  }
  const n = generated.length;
  return { bodyMsPerClip: bodyMs / n, saveMsPerClip: (performance.now() - t0) / n };
}

/** Reads the full records back, as the library does before exporting (timed on its own). */
async function read(): Promise<number> {
  const t0 = performance.now();
  clips = [];
  const ids = generated.map((c) => c.id);
  for (let i = 0; i < ids.length; i += 50) clips.push(...(await getClips(area, ids.slice(i, i + 50))));
  return performance.now() - t0;
}

function markdownOnly(sample: number): number {
  const some = clips.slice(0, sample);
  const t0 = performance.now();
  for (const clip of some) clipToMarkdown(clip);
  return (performance.now() - t0) / some.length;
}

/** Set by export.ts: a blob: URL of the bundled zip worker (the extension loads it from its own file). */
const workerUrl = (): string | undefined => (globalThis as { __zipWorkerUrl?: string }).__zipWorkerUrl;

async function run(level: ExportOptions['level'], backupLevel: ExportOptions['backupLevel'], useStored: boolean, useWorker: boolean) {
  // Responsiveness as the browser sees it: long tasks (>= 50 ms) on the page's thread.
  let longestTask = 0;
  let longestAt = 'no task of 50 ms or more';
  let phase = 'start';
  let progressEvents = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.duration > longestTask) {
        longestTask = entry.duration;
        longestAt = phase;
      }
    }
  });
  observer.observe({ type: 'longtask' });
  const t0 = performance.now();
  const storedMarkdown = useStored ? await getStoredMarkdown(area, clips) : undefined;
  const readMs = performance.now() - t0;
  const result = await exportClips(clips, {
    now: new Date('2026-01-01T00:00:00Z'),
    level,
    backupLevel,
    storedMarkdown,
    zipWorker: useWorker && workerUrl() ? () => new Worker(workerUrl()!) : undefined,
    onProgress: (p) => {
      progressEvents++;
      phase = `${p.phase} ${p.done}/${p.total}`;
    },
  });
  const exportMs = performance.now() - t0;
  // Long-task entries arrive after the task; give them a moment.
  await new Promise((r) => setTimeout(r, 100));
  for (const entry of observer.takeRecords()) longestTask = Math.max(longestTask, entry.duration);
  observer.disconnect();
  return { exportMs, readMs, longestTask, longestAt, progressEvents, bytes: result.blob.size, storedBodiesUsed: result.storedBodiesUsed };
}

(globalThis as { __exportBench?: unknown }).__exportBench = { prepare, save, read, markdownOnly, run };

/**
 * Brings the article-text index in line with the clips that exist (pure over a StorageArea):
 * drops clips that are gone, and reads and indexes the texts of clips that are new or changed
 * since the index was saved (their summary's `updatedAt` differs from the indexed version).
 * Only those records are read, a chunk at a time, yielding between chunks, so a saved index
 * with a handful of changes costs a handful of reads, and a first build of 10,000 clips runs
 * in the background without freezing the page.
 */
import type { StorageArea } from '../storage/area';
import type { ClipSummary } from '../storage/summary';
import { TimeSlicer, yieldToEventLoop } from '../export/yield';
import type { BodyIndex } from './body-index';
import { readTexts } from './load';

export interface BodySyncOptions {
  chunk?: number;
  sliceMs?: number;
  yieldFn?: () => Promise<void>;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** Called every `checkpointEvery` indexed clips (e.g. to save the index during a long first build). */
  onCheckpoint?: () => Promise<void> | void;
  checkpointEvery?: number;
}

export interface BodySyncReport {
  added: number;
  removed: number;
  /** Clips whose record could not be read (deleted meanwhile, or damaged). */
  unreadable: number;
}

/** Ids whose text must be (re)indexed: unknown to the index, or indexed at another version. */
export function staleIds(index: BodyIndex, summaries: Iterable<ClipSummary>): string[] {
  const out: string[] = [];
  for (const s of summaries) if (index.versionOf(s.id) !== s.updatedAt) out.push(s.id);
  return out;
}

export async function syncBodyIndex(
  index: BodyIndex,
  summaries: ReadonlyMap<string, ClipSummary>,
  area: StorageArea,
  options: BodySyncOptions = {},
): Promise<BodySyncReport> {
  let removed = 0;
  for (const id of [...index.documentIds()]) {
    if (!summaries.has(id) && index.remove(id)) removed++;
  }
  const wanted = staleIds(index, summaries.values());
  const slicer = new TimeSlicer(options.sliceMs ?? 8, options.yieldFn ?? yieldToEventLoop, options.signal);
  let added = 0;
  let done = 0;
  let sinceCheckpoint = 0;
  options.onProgress?.(0, wanted.length);
  for await (const docs of readTexts(area, wanted, options.chunk)) {
    options.signal?.throwIfAborted();
    for (const doc of docs) {
      // A live update may have indexed a newer version while this chunk was being read.
      const current = index.versionOf(doc.id);
      if (current !== null && current >= doc.version) continue;
      // Deleted while we read: the summary is gone.
      if (!summaries.has(doc.id)) continue;
      index.add(doc);
      added++;
      sinceCheckpoint++;
      await slicer.tick();
    }
    done = Math.min(wanted.length, done + (options.chunk ?? 25));
    options.onProgress?.(done, wanted.length);
    if (options.onCheckpoint && sinceCheckpoint >= (options.checkpointEvery ?? 1000)) {
      sinceCheckpoint = 0;
      await options.onCheckpoint();
    }
    await slicer.tick();
  }
  return { added, removed, unreadable: wanted.length - added };
}

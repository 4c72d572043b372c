/**
 * Export: one clip → a `.md` file; several → a `.zip` of `.md` files plus `clips.json` (the full
 * backup), and with "download images" an `images/` folder the Markdown links to relatively.
 * Runs in an extension page (it needs a DOM for sanitizing and Turndown), works in time slices
 * with progress, and writes the same bytes for the same clips, settings and `now`.
 */
import type { Clip } from '../clip';
import type { ImageMode } from '../settings';
import { assembleMarkdown, clipImageSources, clipStoredMarkdown, clipToMarkdown, storedMatches, type DomWindow, type StoredMarkdown } from '../markdown/index';
import { BACKUP_ENTRY_NAME, backupChunks, sortClips } from './backup';
import { NameAllocator } from './filename';
import { IMAGE_REPORT_NAME, downloadImages, imageFailureReport, type ImageFailure, type ImageFetcher } from './images';
import { markdownCacheKey, type MarkdownCache } from './markdown-cache';
import { clipFileName } from './pattern';
import { TimeSlicer } from './yield';
import { InlineZipSink, WorkerZipSink, type WorkerFactory, type ZipSink } from './zip-sink';
import { zipTime } from './zip-writer';

export interface ExportProgress {
  phase: 'images' | 'markdown' | 'backup' | 'done';
  done: number;
  total: number;
}

export interface ExportOptions {
  /** DOM for sanitizing and converting; the page's `window` by default. */
  window?: DomWindow | Window;
  /** File name pattern, e.g. `{date}-{slug}` (see FILENAME_TOKENS). */
  pattern?: string;
  /** Front-matter fields to write; all by default. */
  fields?: readonly string[];
  heading?: boolean;
  imageMode?: ImageMode;
  /** Required for `imageMode: 'download'`. */
  fetchImage?: ImageFetcher;
  /** Export time: names the zip and goes in the clips.json header. */
  now?: Date;
  /** Deflate level for the Markdown files (0 = store). */
  level?: ZipLevel;
  /** Deflate level for clips.json, the bulk of the bytes (0 = store). */
  backupLevel?: ZipLevel;
  /** Work this long between yields to the event loop. */
  sliceMs?: number;
  yieldFn?: () => Promise<void>;
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
  /** Zip even a single clip (it always is when images are downloaded). */
  alwaysZip?: boolean;
  /** Markdown made ahead of time (see markdown-cache.ts); read and filled by the export. */
  markdownCache?: MarkdownCache;
  /**
   * Bodies stored with the clips (`md:<id>`, read with utils/storage/markdown-store.ts), by id.
   * A body is used only for the clip version it was made from; the others are converted now and
   * returned in `bodiesMade` so the caller can store them.
   */
  storedMarkdown?: ReadonlyMap<string, StoredMarkdown>;
  /**
   * Starts the zip worker (zip-worker.ts) so compression runs off the page's thread; without it,
   * or when it cannot start, the zip is written inline in time slices. Same bytes either way.
   */
  zipWorker?: WorkerFactory;
}

export interface ExportResult {
  blob: Blob;
  fileName: string;
  kind: 'md' | 'zip';
  /** The Markdown file names, in clip export order. */
  markdownFiles: string[];
  imageFailures: ImageFailure[];
  /** How many files were written from a stored body (no conversion). */
  storedBodiesUsed: number;
  /** Bodies converted during this export (stored ones missing or out of date), for storing. */
  bodiesMade: Array<{ id: string; markdown: StoredMarkdown }>;
}

export type ZipLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
/**
 * Markdown files are stored, not deflated: per file, fflate's deflate set-up costs more than
 * compressing a few KB (2-3x the per-byte cost of one stream), and they are a third of the bytes.
 */
export const DEFAULT_ZIP_LEVEL: ZipLevel = 0;
export const DEFAULT_BACKUP_LEVEL: ZipLevel = 1;

function latest(clips: readonly Clip[]): string | null {
  let max: string | null = null;
  for (const c of clips) if (max === null || c.updatedAt > max) max = c.updatedAt;
  return max;
}

export async function exportClips(clips: readonly Clip[], options: ExportOptions = {}): Promise<ExportResult> {
  if (clips.length === 0) throw new Error('There are no clips to export.');
  const now = options.now ?? new Date();
  const progress = options.onProgress ?? (() => {});
  const slicer = new TimeSlicer(options.sliceMs ?? 30, options.yieldFn, options.signal);
  const sorted = sortClips(clips);
  const allocator = new NameAllocator([BACKUP_ENTRY_NAME]);
  const names: string[] = [];
  const nameOf = (i: number): string => {
    // Allocated in export order, so the -2, -3 suffixes do not depend on timing.
    while (names.length <= i) names.push(clipFileName(sorted[names.length]!, { pattern: options.pattern, allocator, now }));
    return names[i]!;
  };
  const bodiesMade: ExportResult['bodiesMade'] = [];
  let storedBodiesUsed = 0;
  const md = (clip: Clip, imageSrc?: (src: string) => string): string => {
    // Rewritten image links depend on this export's downloads: converted every time.
    if (imageSrc) return clipToMarkdown(clip, { window: options.window, fields: options.fields, heading: options.heading, imageSrc });
    const stored = options.storedMarkdown?.get(clip.id);
    if (storedMatches(clip, stored)) {
      storedBodiesUsed++;
      return assembleMarkdown(clip, stored, options);
    }
    const cache = options.markdownCache;
    const key = markdownCacheKey(clip, options);
    const hit = cache?.get(key);
    if (hit !== undefined) return hit;
    const made = clipStoredMarkdown(clip, { window: options.window });
    bodiesMade.push({ id: clip.id, markdown: made });
    const text = assembleMarkdown(clip, made, options);
    cache?.set(key, text);
    return text;
  };

  const download = options.imageMode === 'download';
  if (sorted.length === 1 && !download && !options.alwaysZip) {
    const text = md(sorted[0]!);
    progress({ phase: 'done', done: 1, total: 1 });
    return {
      blob: new Blob([text], { type: 'text/markdown;charset=utf-8' }),
      fileName: nameOf(0),
      kind: 'md',
      markdownFiles: [nameOf(0)],
      imageFailures: [],
      storedBodiesUsed,
      bodiesMade,
    };
  }

  let rewrite: ((src: string) => string) | undefined;
  let images: Awaited<ReturnType<typeof downloadImages>> | null = null;
  if (download) {
    if (!options.fetchImage) throw new Error('Downloading images needs a fetchImage function.');
    const jobs = [];
    for (let i = 0; i < sorted.length; i++) {
      const clip = sorted[i]!;
      jobs.push({ fileName: nameOf(i), clipId: clip.id, urls: clipImageSources(clip, { window: options.window }) });
      if (await slicer.tick()) progress({ phase: 'images', done: 0, total: 0 });
    }
    images = await downloadImages(jobs, {
      fetchImage: options.fetchImage,
      signal: options.signal,
      onProgress: (done, total) => progress({ phase: 'images', done, total }),
    });
    const byUrl = images.byUrl;
    rewrite = (src) => byUrl.get(src)?.path ?? src;
  }

  const level = options.level ?? DEFAULT_ZIP_LEVEL;
  const backupLevel = options.backupLevel ?? DEFAULT_BACKUP_LEVEL;
  const zip: ZipSink = (options.zipWorker && (await WorkerZipSink.start(options.zipWorker, level, backupLevel))) || new InlineZipSink(level, backupLevel);
  let blob: Blob;
  try {
    const tick = async (phase: ExportProgress['phase'], done: number) => {
      await zip.pace();
      if (await slicer.tick()) progress({ phase, done, total: sorted.length });
    };
    progress({ phase: 'markdown', done: 0, total: sorted.length });
    for (let i = 0; i < sorted.length; i++) {
      const clip = sorted[i]!;
      zip.addFile(nameOf(i), md(clip, rewrite), zipTime(clip.updatedAt));
      await tick('markdown', i + 1);
    }
    progress({ phase: 'markdown', done: sorted.length, total: sorted.length });

    const stamp = zipTime(latest(sorted));
    for (const image of images?.stored ?? []) {
      zip.addFile(image.path, image.bytes, stamp, true);
      await tick('markdown', sorted.length);
    }
    if (images?.failures.length) {
      const fileOf = new Map(sorted.map((c, i) => [c.id, nameOf(i)]));
      zip.addFile(IMAGE_REPORT_NAME, imageFailureReport(images.failures, (id) => fileOf.get(id)), stamp);
    }

    const json = zip.openText(BACKUP_ENTRY_NAME, stamp);
    let written = 0;
    for (const piece of backupChunks(sorted, now)) {
      json.write(piece);
      written++;
      await tick('backup', Math.min(written, sorted.length));
    }
    json.end();
    blob = await zip.finish();
  } finally {
    zip.close();
  }
  progress({ phase: 'done', done: sorted.length, total: sorted.length });
  const single = sorted.length === 1 ? nameOf(0).replace(/\.md$/i, '') : null;
  return {
    blob,
    fileName: single ? `${single}.zip` : `news-clips-${now.toISOString().slice(0, 10)}.zip`,
    kind: 'zip',
    markdownFiles: names,
    imageFailures: images?.failures ?? [],
    storedBodiesUsed,
    bodiesMade,
  };
}

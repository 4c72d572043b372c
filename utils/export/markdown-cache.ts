/**
 * Markdown made ahead of time. Converting (sanitize + Turndown) is most of an export's time, and
 * a clip's file only changes with the clip (`updatedAt`), the front-matter options and the
 * converter, which is what the key holds. The library can fill a cache in idle time and hand it
 * to exportClips, so "Export all" only has to zip. The cache is any get/set store (a Map for the
 * session; a persistent store is the storage layer's call).
 */
import type { Clip } from '../clip';
import { clipToMarkdown, type DomWindow } from '../markdown/index';
import { TimeSlicer } from './yield';

/** Bump when the Markdown output changes shape, so cached files are not reused. */
export const MARKDOWN_FORMAT_VERSION = 1;

export interface MarkdownCache {
  get(key: string): string | undefined;
  set(key: string, markdown: string): void;
}

export interface MarkdownKeyOptions {
  fields?: readonly string[];
  heading?: boolean;
}

export function markdownCacheKey(clip: Pick<Clip, 'id' | 'updatedAt'>, options: MarkdownKeyOptions = {}): string {
  const opts = JSON.stringify([MARKDOWN_FORMAT_VERSION, options.fields ?? null, options.heading ?? true]);
  return `${clip.id}\u0000${clip.updatedAt}\u0000${opts}`;
}

export interface WarmOptions extends MarkdownKeyOptions {
  window?: DomWindow | Window;
  sliceMs?: number;
  yieldFn?: () => Promise<void>;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/** Converts the clips not yet in `cache`, in slices that yield to the page; returns how many. */
export async function warmMarkdownCache(clips: readonly Clip[], cache: MarkdownCache, options: WarmOptions = {}): Promise<number> {
  const slicer = new TimeSlicer(options.sliceMs ?? 15, options.yieldFn, options.signal);
  let converted = 0;
  for (let i = 0; i < clips.length; i++) {
    const clip = clips[i]!;
    const key = markdownCacheKey(clip, options);
    if (cache.get(key) === undefined) {
      cache.set(key, clipToMarkdown(clip, { window: options.window, fields: options.fields, heading: options.heading }));
      converted++;
    }
    if (await slicer.tick()) options.onProgress?.(i + 1, clips.length);
  }
  options.onProgress?.(clips.length, clips.length);
  return converted;
}

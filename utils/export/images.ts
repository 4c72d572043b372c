/**
 * "Download images into the zip": fetch each photo once, check it really is a raster image, and
 * name it `images/<clip file name>-<n>.<ext>`. Fetching is injected (`ImageFetcher`) so tests and
 * the library decide how; failures are reported and the Markdown keeps the remote link.
 * Needs host access for the image hosts (optional host permission, requested by the options page).
 */
import { MAX_FILENAME_LENGTH, safeFilename } from './filename';

export type ImageType = 'jpg' | 'png' | 'gif' | 'webp' | 'avif';

export interface FetchedImage {
  bytes: Uint8Array;
  contentType: string | null;
}

export type ImageFetcher = (url: string, signal?: AbortSignal) => Promise<FetchedImage>;

export interface ImageFailure {
  url: string;
  /** Ids of the clips that use it. */
  clipIds: string[];
  reason: string;
}

export interface StoredImage {
  url: string;
  /** Path inside the zip, e.g. `images/2024-05-01-harbour-reopens-1.jpg`. */
  path: string;
  bytes: Uint8Array;
}

/** The image type from its first bytes; null when it is not a raster format we keep. */
export function sniffImageType(b: Uint8Array): ImageType | null {
  const at = (i: number, ...xs: number[]) => xs.every((x, k) => b[i + k] === x);
  const ascii = (i: number, s: string) => at(i, ...Array.from(s, (c) => c.charCodeAt(0)));
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (ascii(0, 'GIF87a') || ascii(0, 'GIF89a')) return 'gif';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'webp';
  if (ascii(4, 'ftyp') && (ascii(8, 'avif') || ascii(8, 'avis'))) return 'avif';
  return null;
}

export interface ImageFetcherOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
}

/** The default fetcher: no cookies, no referrer, a timeout and a size cap. */
export function createImageFetcher(options: ImageFetcherOptions = {}): ImageFetcher {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxBytes = options.maxBytes ?? 25 * 1024 * 1024;
  return async (url, signal) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    const res = await doFetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', signal: combined });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const declared = Number(res.headers.get('content-length') ?? '0');
    if (declared > maxBytes) throw new Error('image too large');
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length > maxBytes) throw new Error('image too large');
    return { bytes, contentType: res.headers.get('content-type') };
  };
}

function decodeDataUrl(url: string): Uint8Array {
  const base64 = url.slice(url.indexOf(',') + 1);
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export interface ImageJob {
  /** The clip's Markdown file name (already unique), used to name its images. */
  fileName: string;
  clipId: string;
  urls: readonly string[];
}

export interface DownloadImagesOptions {
  fetchImage: ImageFetcher;
  concurrency?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface DownloadedImages {
  /** Remote URL → stored image. */
  byUrl: Map<string, StoredImage>;
  /** In zip order (first use). */
  stored: StoredImage[];
  failures: ImageFailure[];
}

/** `images/<stem>-<n>.<ext>`: the stem is cut first so the number and extension always fit. */
function imagePath(fileName: string, n: number, type: ImageType): string {
  const tail = `-${n}.${type}`;
  const stem = Array.from(fileName.replace(/\.md$/i, ''))
    .slice(0, MAX_FILENAME_LENGTH - tail.length)
    .join('');
  return `images/${safeFilename(stem + tail)}`;
}

/**
 * Fetches every distinct image once (in parallel, `concurrency` at a time) and names it after
 * the first clip that uses it. Names depend only on the jobs' order, not on network timing.
 */
export async function downloadImages(jobs: readonly ImageJob[], options: DownloadImagesOptions): Promise<DownloadedImages> {
  const order: { url: string; fileName: string; n: number }[] = [];
  const users = new Map<string, string[]>();
  const perFile = new Map<string, number>();
  for (const job of jobs) {
    job.urls.forEach((url) => {
      const ids = users.get(url);
      if (ids) {
        if (!ids.includes(job.clipId)) ids.push(job.clipId);
        return;
      }
      users.set(url, [job.clipId]);
      const n = (perFile.get(job.fileName) ?? 0) + 1;
      perFile.set(job.fileName, n);
      order.push({ url, fileName: job.fileName, n });
    });
  }

  const results: (StoredImage | ImageFailure)[] = new Array(order.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < order.length) {
      const i = next++;
      const item = order[i]!;
      try {
        options.signal?.throwIfAborted();
        const bytes = item.url.startsWith('data:') ? decodeDataUrl(item.url) : (await options.fetchImage(item.url, options.signal)).bytes;
        const type = sniffImageType(bytes);
        if (!type) throw new Error('not a JPEG, PNG, GIF, WebP or AVIF image');
        results[i] = { url: item.url, path: imagePath(item.fileName, item.n, type), bytes };
      } catch (err) {
        if (options.signal?.aborted) throw err;
        results[i] = { url: item.url, clipIds: users.get(item.url) ?? [], reason: err instanceof Error ? err.message : String(err) };
      }
      options.onProgress?.(++done, order.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 6, order.length)) }, worker));

  const byUrl = new Map<string, StoredImage>();
  const stored: StoredImage[] = [];
  const failures: ImageFailure[] = [];
  for (const r of results) {
    if ('path' in r) {
      byUrl.set(r.url, r);
      stored.push(r);
    } else {
      failures.push(r);
    }
  }
  return { byUrl, stored, failures };
}

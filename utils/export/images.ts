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

export const IMAGE_TIMEOUT_MS = 20_000;
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

const tooLarge = (maxBytes: number) =>
  new Error(`too large (over ${maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / 1024 / 1024)} MB` : `${maxBytes} bytes`})`);

/** Reads a body up to `maxBytes`, cancelling the download as soon as it goes past. */
async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/** Why a fetch failed, in words a user can act on. */
function fetchFailure(err: unknown, timedOut: boolean): Error {
  if (timedOut) return new Error('timed out');
  // fetch rejects with a bare TypeError for CORS refusals, DNS, TLS and network errors alike.
  if (err instanceof TypeError) return new Error('the site refused or could not be reached');
  return err instanceof Error ? err : new Error(String(err));
}

/**
 * The default fetcher: no cookies, no referrer, a timeout (for the whole download) and a size
 * cap. Without host access only hosts that send CORS headers answer; the rest fail and are reported.
 */
export function createImageFetcher(options: ImageFetcherOptions = {}): ImageFetcher {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? IMAGE_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_IMAGE_BYTES;
  return async (url, signal) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    try {
      const res = await doFetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', signal: combined });
      if (!res.ok) {
        void res.body?.cancel().catch(() => undefined);
        throw new Error(`HTTP ${res.status}`);
      }
      const declared = Number(res.headers.get('content-length') ?? '0');
      if (declared > maxBytes) {
        void res.body?.cancel().catch(() => undefined);
        throw tooLarge(maxBytes);
      }
      return { bytes: await readCapped(res, maxBytes), contentType: res.headers.get('content-type') };
    } catch (err) {
      if (signal?.aborted) throw err;
      throw fetchFailure(err, timeout.aborted);
    }
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

/** A URL short enough for a one-line message: host and file name. */
function shortUrl(url: string): string {
  if (url.startsWith('data:')) return 'an inline image';
  try {
    const u = new URL(url);
    const file = u.pathname.split('/').filter(Boolean).pop() ?? '';
    const text = file ? `${u.host}/…/${file}` : u.host;
    return text.length > 60 ? `${text.slice(0, 59)}…` : text;
  } catch {
    return url.length > 60 ? `${url.slice(0, 59)}…` : url;
  }
}

/** The zip entry listing every image that stayed a web link (only written when there are some). */
export const IMAGE_REPORT_NAME = 'images/not-downloaded.txt';

/**
 * For the export result: how many images stayed web links, and which (the first
 * few; the zip's report lists them all). Empty when every image was downloaded.
 */
export function describeImageFailures(failures: readonly ImageFailure[], shown = 3): string {
  if (failures.length === 0) return '';
  const n = failures.length;
  const listed = failures.slice(0, shown).map((f) => `${shortUrl(f.url)} (${f.reason})`);
  const more = n > shown ? `, and ${n - shown} more` : '';
  return `${n} ${n === 1 ? 'image' : 'images'} could not be downloaded and ${n === 1 ? 'stays a link' : 'stay links'} to the web: ${listed.join(', ')}${more}. The zip lists them all in ${IMAGE_REPORT_NAME}.`;
}

/** The text of IMAGE_REPORT_NAME: each failed image, why, and which Markdown files use it. */
export function imageFailureReport(failures: readonly ImageFailure[], fileOfClip: (id: string) => string | undefined): string {
  const lines = ['Images that could not be downloaded. The Markdown files link to them on the web.', ''];
  for (const f of failures) {
    lines.push(f.url, `  why: ${f.reason}`);
    const files = f.clipIds.map(fileOfClip).filter((x): x is string => !!x);
    if (files.length) lines.push(`  used in: ${files.join(', ')}`);
    lines.push('');
  }
  return lines.join('\n');
}

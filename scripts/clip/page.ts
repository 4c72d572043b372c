/**
 * One page through the extraction core for the CLI: read the file, refuse what is not an
 * HTML page, decode its bytes as a browser would, extract, and report a typed error code
 * instead of throwing.
 */
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { ExtractedClip } from '../../utils/clip';
import { isExtractError } from '../../utils/extract/errors';
import { extractClip } from '../../utils/extract/extract-clip';
import { loadBytes } from '../lib/dom';

export type PageErrorCode = 'not-found' | 'unreadable' | 'not-html' | 'too-large' | 'extract-failed' | 'bad-manifest-line';

export interface PageError {
  code: PageErrorCode;
  message: string;
}

export type PageResult = { ok: true; clip: ExtractedClip } | { ok: false; error: PageError };

export interface PageOptions {
  url: string | null;
  now: Date | null;
  maxBytes: number;
}

function fail(code: PageErrorCode, message: string): PageResult {
  return { ok: false, error: { code, message } };
}

function errnoCode(e: unknown): string {
  return e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : '';
}

/** Why the bytes are not an HTML page, or null when they may be one. */
export function notHtmlReason(bytes: Uint8Array, text: string): string | null {
  if (bytes.length === 0) return 'The file is empty.';
  const head = bytes.subarray(0, 8);
  if (head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46) return 'The file is a PDF, not an HTML page.';
  if (head[0] === 0x50 && head[1] === 0x4b) return 'The file is a ZIP archive, not an HTML page.';
  if ((head[0] === 0x89 && head[1] === 0x50) || (head[0] === 0xff && head[1] === 0xd8) || (head[0] === 0x47 && head[1] === 0x49 && head[2] === 0x46)) {
    return 'The file is an image, not an HTML page.';
  }
  if (!text.trim()) return 'The file holds only whitespace.';
  const start = text.slice(0, 4096);
  // A decoded text with control characters was binary (UTF-16 pages decode cleanly via their BOM).
  // eslint-disable-next-line no-control-regex -- binary detection looks for exactly these
  if (/[\u0000-\u0008\u000e-\u001a]/.test(start)) return 'The file is binary, not an HTML page.';
  if (!/<[a-z!?/]/i.test(start)) return 'The file does not look like HTML (no tags near its start).';
  return null;
}

export function clipPage(path: string, opts: PageOptions): PageResult {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return fail('unreadable', `${path} is a folder, not a file.`);
    size = st.size;
  } catch (e) {
    const code = errnoCode(e);
    if (code === 'ENOENT' || code === 'ENOTDIR') return fail('not-found', `No such file: ${path}`);
    return fail('unreadable', `Cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (size > opts.maxBytes) return fail('too-large', `${path} is ${size} bytes; the limit is ${opts.maxBytes}.`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (e) {
    return fail('unreadable', `Cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const url = opts.url ?? pathToFileURL(path).href;
  let page: ReturnType<typeof loadBytes> | null = null;
  try {
    page = loadBytes(bytes, url);
    const reason = notHtmlReason(bytes, page.decoded?.html ?? '');
    if (reason) return fail('not-html', reason);
    const clip = extractClip(page.document, url, opts.now ? { now: opts.now } : {});
    return { ok: true, clip };
  } catch (e) {
    if (isExtractError(e)) {
      return fail(e.code === 'too-large' ? 'too-large' : e.code === 'pdf' || e.code === 'empty' ? 'not-html' : 'extract-failed', e.message);
    }
    return fail('extract-failed', `Extraction failed: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  } finally {
    page?.close();
  }
}

/**
 * The contract between the background and the extractor content script (pure types and
 * constants). For a selection clip the background first injects a tiny function that leaves an
 * `ExtractorRequest` in the isolated world's global scope; then it injects the extractor file,
 * which takes the request (none means the whole page), extracts, and returns exactly one
 * `ExtractorResult` as the script's value.
 */
import type { ExtractedClip } from './clip';
import type { ClipMode } from './storage/drafts';

/** Global (in the extension's isolated world, invisible to the page) that carries the request. */
export const EXTRACTOR_REQUEST_GLOBAL = '__newsClipperRequest';

/** Path of the built content script, for `scripting.executeScript({ files })`. */
export const EXTRACTOR_FILE = '/content-scripts/extractor.js';

export interface ExtractorRequest {
  mode: ClipMode;
  /** Reference time for relative dates, as epoch ms (the background's clock). */
  now: number;
}

export type ExtractorFailureCode =
  | 'too-large'
  | 'not-article'
  | 'empty'
  | 'pdf'
  | 'no-window'
  | 'unreadable'
  | 'no-selection'
  | 'crash';

export type ExtractorResult =
  | { ok: true; clip: ExtractedClip; extractMs: number }
  | { ok: false; code: ExtractorFailureCode; message: string };

/** Injected with `args: [request]` before the extractor file. Must be self-contained. */
export function leaveExtractorRequest(request: ExtractorRequest): void {
  (globalThis as Record<string, unknown>)['__newsClipperRequest'] = request;
}

/** A request older than this was left by an injection that never completed: ignore it. */
export const REQUEST_MAX_AGE_MS = 10_000;

/**
 * Reads and clears the pending request. None, a malformed or a stale one means "whole page,
 * now": the background skips the request injection for that common case (one round trip less).
 */
export function takeExtractorRequest(scope: Record<string, unknown>, clock: () => number = Date.now): ExtractorRequest {
  const raw = scope[EXTRACTOR_REQUEST_GLOBAL] as Partial<ExtractorRequest> | undefined;
  delete scope[EXTRACTOR_REQUEST_GLOBAL];
  const now = clock();
  const fresh = typeof raw?.now === 'number' && Number.isFinite(raw.now) && Math.abs(now - raw.now) < REQUEST_MAX_AGE_MS;
  if (!fresh) return { mode: 'page', now };
  return { mode: raw?.mode === 'selection' ? 'selection' : 'page', now: raw!.now! };
}

/** Whether the background must hand the request over before injecting the extractor. */
export const needsRequestInjection = (request: ExtractorRequest): boolean => request.mode !== 'page';

export function isExtractorResult(value: unknown): value is ExtractorResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.ok === true) return typeof v.clip === 'object' && v.clip !== null && typeof v.extractMs === 'number';
  return v.ok === false && typeof v.code === 'string' && typeof v.message === 'string';
}

/**
 * The contract between the background and the extractor content script (pure types and
 * constants). The background first injects a tiny function that leaves an `ExtractorRequest`
 * in the isolated world's global scope, then injects the extractor file, which takes the
 * request, extracts, and returns exactly one `ExtractorResult` as the script's value.
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

/** Reads and clears the pending request; a missing or malformed one means "whole page". */
export function takeExtractorRequest(scope: Record<string, unknown>): ExtractorRequest {
  const raw = scope[EXTRACTOR_REQUEST_GLOBAL] as Partial<ExtractorRequest> | undefined;
  delete scope[EXTRACTOR_REQUEST_GLOBAL];
  return {
    mode: raw?.mode === 'selection' ? 'selection' : 'page',
    now: typeof raw?.now === 'number' && Number.isFinite(raw.now) ? raw.now : Date.now(),
  };
}

export function isExtractorResult(value: unknown): value is ExtractorResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.ok === true) return typeof v.clip === 'object' && v.clip !== null && typeof v.extractMs === 'number';
  return v.ok === false && typeof v.code === 'string' && typeof v.message === 'string';
}

/**
 * What the extractor content script does, as a function of the document (so it runs under
 * jsdom in tests): pick the selection when asked, call the extraction core, time it, and turn
 * every failure into a typed result. Never throws.
 */
import { extractClip } from './extract/extract-clip';
import { isExtractError } from './extract/errors';
import type { ExtractorRequest, ExtractorResult } from './extractor-protocol';

function selectedRange(doc: Document): Range | null {
  const selection = doc.defaultView?.getSelection() ?? null;
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  if (!selection.toString().trim()) return null;
  return selection.getRangeAt(0);
}

export function runExtraction(
  doc: Document,
  url: string,
  request: ExtractorRequest,
  clock: () => number = () => performance.now(),
): ExtractorResult {
  try {
    let selection: Range | null = null;
    if (request.mode === 'selection') {
      selection = selectedRange(doc);
      if (!selection) return { ok: false, code: 'no-selection', message: 'Nothing is selected.' };
    }
    const started = clock();
    const clip = extractClip(doc, url, { now: new Date(request.now), selection });
    return { ok: true, clip, extractMs: Math.max(0, clock() - started) };
  } catch (e) {
    if (isExtractError(e)) return { ok: false, code: e.code, message: e.message };
    const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { ok: false, code: 'crash', message };
  }
}

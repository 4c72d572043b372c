// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../scripts/lib/dom';
import {
  EXTRACTOR_REQUEST_GLOBAL,
  REQUEST_MAX_AGE_MS,
  isExtractorResult,
  leaveExtractorRequest,
  needsRequestInjection,
  takeExtractorRequest,
} from '../../utils/extractor-protocol';
import { runExtraction } from '../../utils/extractor-run';

const URL = 'https://news.example/2024/05/harbour';
const paragraphs = Array.from(
  { length: 8 },
  (_, i) => `<p id="p${i + 1}">Paragraph ${i + 1} of the harbour story gives enough detail to count as the body of a real news article.</p>`,
).join('');
const PAGE = `<!doctype html><html lang="en"><head><title>Harbour reopens</title>
<meta property="og:site_name" content="Example News"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Harbour reopens</h1>${paragraphs}</article></body></html>`;
const request = { mode: 'page' as const, now: Date.parse('2024-05-07T00:00:00Z') };

describe('runExtraction (what the content script does)', () => {
  it('returns the clip and the time the core took', () => {
    const page = loadHtml(PAGE, URL);
    let t = 100;
    const result = runExtraction(page.document, URL, request, () => (t += 7));
    expect(result).toMatchObject({ ok: true, extractMs: 7, clip: { url: URL, fromSelection: false, siteName: 'Example News' } });
    expect(isExtractorResult(result)).toBe(true);
    page.close();
  });

  it('clips only the selection, keeping the page metadata', () => {
    const page = loadHtml(PAGE, URL);
    const range = page.document.createRange();
    range.setStartBefore(page.document.getElementById('p2')!);
    range.setEndAfter(page.document.getElementById('p3')!);
    const selection = page.window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    const result = runExtraction(page.document, URL, { ...request, mode: 'selection' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.clip.fromSelection).toBe(true);
    expect(result.clip.text).toContain('Paragraph 2 of');
    expect(result.clip.text).toContain('Paragraph 3 of');
    expect(result.clip.text).not.toContain('Paragraph 5 of');
    expect(result.clip.siteName).toBe('Example News');
    page.close();
  });

  it('says so when nothing is selected', () => {
    const page = loadHtml(PAGE, URL);
    expect(runExtraction(page.document, URL, { ...request, mode: 'selection' })).toEqual({
      ok: false,
      code: 'no-selection',
      message: 'Nothing is selected.',
    });
    page.close();
  });

  it('turns core errors and crashes into typed results instead of throwing', () => {
    const page = loadHtml(PAGE, URL);
    const clone = page.document.implementation.createHTMLDocument('x');
    // A document without a window: the core refuses it with a typed error.
    expect(runExtraction(clone, URL, request)).toMatchObject({ ok: false, code: 'no-window' });
    const broken = {
      get defaultView(): never {
        throw new TypeError('boom');
      },
    } as unknown as Document;
    expect(runExtraction(broken, URL, request)).toEqual({ ok: false, code: 'crash', message: 'TypeError: boom' });
    page.close();
  });
});

describe('extractor request hand-over', () => {
  it('is left by the injected function and taken (once) by the content script', () => {
    const scope = globalThis as unknown as Record<string, unknown>;
    const clock = () => 20_000;
    leaveExtractorRequest({ mode: 'selection', now: 15_000 });
    expect(takeExtractorRequest(scope, clock)).toEqual({ mode: 'selection', now: 15_000 });
    expect(scope[EXTRACTOR_REQUEST_GLOBAL]).toBeUndefined();
    expect(takeExtractorRequest(scope, clock)).toEqual({ mode: 'page', now: 20_000 });
  });

  it('ignores a request left behind by an injection that never completed', () => {
    const scope = globalThis as unknown as Record<string, unknown>;
    leaveExtractorRequest({ mode: 'selection', now: 1_000 });
    expect(takeExtractorRequest(scope, () => 1_000 + REQUEST_MAX_AGE_MS + 1)).toEqual({ mode: 'page', now: 1_000 + REQUEST_MAX_AGE_MS + 1 });
  });

  it('hands a request over only when it is not the whole page', () => {
    expect(needsRequestInjection({ mode: 'page', now: 1 })).toBe(false);
    expect(needsRequestInjection({ mode: 'selection', now: 1 })).toBe(true);
  });

  it('recognises only well-formed results', () => {
    expect(isExtractorResult({ ok: false, code: 'pdf', message: 'x' })).toBe(true);
    expect(isExtractorResult({ ok: true, clip: null, extractMs: 1 })).toBe(false);
    expect(isExtractorResult({ ok: 'yes' })).toBe(false);
    expect(isExtractorResult(undefined)).toBe(false);
  });
});

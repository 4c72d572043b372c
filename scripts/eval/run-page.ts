/** Runs our extractor and plain Readability on one page, in the same process, and times both. */
import { Readability } from '@mozilla/readability';
import type { ExtractedClip } from '../../utils/clip';
import { extractClip, type ExtractOptions } from '../../utils/extract/extract-clip';
import { loadBytes, loadHtml, type LoadedPage } from '../lib/dom';

export interface BaselineResult {
  title: string | null;
  byline: string | null;
  text: string;
  publishedTime: string | null;
  excerpt: string | null;
  siteName: string | null;
  lang: string | null;
  dir: string | null;
}

export interface PageRun {
  ours: ExtractedClip | null;
  oursError: string | null;
  oursMs: number;
  baseline: BaselineResult | null;
  baselineError: string | null;
  baselineMs: number;
}

export function runBaseline(doc: Document): BaselineResult | null {
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  if (!parsed) return null;
  return {
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    text: parsed.textContent ?? '',
    publishedTime: parsed.publishedTime ?? null,
    excerpt: parsed.excerpt ?? null,
    siteName: parsed.siteName ?? null,
    lang: parsed.lang ?? null,
    dir: parsed.dir ?? null,
  };
}

function message(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

export interface RunOptions {
  baseline: boolean;
  extract?: ExtractOptions;
}

export function runPage(input: { bytes?: Uint8Array; html?: string }, url: string, opts: RunOptions): PageRun {
  let page: LoadedPage;
  if (input.bytes) page = loadBytes(input.bytes, url);
  else page = loadHtml(input.html ?? '', url);
  const run: PageRun = { ours: null, oursError: null, oursMs: 0, baseline: null, baselineError: null, baselineMs: 0 };
  try {
    let t = performance.now();
    try {
      run.ours = extractClip(page.document, url, opts.extract);
    } catch (e) {
      run.oursError = message(e);
    }
    run.oursMs = performance.now() - t;
    if (opts.baseline) {
      t = performance.now();
      try {
        run.baseline = runBaseline(page.document);
      } catch (e) {
        run.baselineError = message(e);
      }
      run.baselineMs = performance.now() - t;
    }
  } finally {
    page.close();
  }
  return run;
}

/**
 * The extraction core: a pure function of a Document and its URL. It reads no globals and
 * never changes the document it is given; every pass runs on a clone. The content script,
 * the CLI, the unit tests and the evaluation all call this function.
 */
import type { ExtractedClip } from '../clip';
import { sanitizeElementInPlace } from '../sanitize';
import { readBody, type BodyResult } from './body';
import { cleanupArticle, findDek } from './cleanup';
import { findDates } from './dates/index';
import { addToPageIndex, emptyPageIndex } from './dates/page-index';
import { ExtractError } from './errors';
import { extractFigures, findLeadFigure } from './figures';
import { readJsonLd } from './json-ld';
import { finalizeMetadata, judgeReaderable, readMetadata } from './metadata/index';
import { preparePage } from './prepare';
import { flattenShadowRoots, scanLive } from './shadow';
import { countWords, elementToText } from './text';
import { EXTRACTOR } from './version';

export interface ExtractOptions {
  /** Reference time for relative dates ("2 hours ago"); when absent they are ignored. */
  now?: Date;
  /** Clip only this range of the document; the page's metadata is still read. */
  selection?: Range | null;
  /** Pages with more elements than this are refused fast instead of freezing the tab. */
  maxElements?: number;
}

/** Above this, Readability takes seconds on the page's own thread (reliability.md P9). */
export const DEFAULT_MAX_ELEMENTS = 60_000;

/** Builds a body-only document holding a copy of the selected range. */
function selectionBody(work: Document, selection: Range): Element {
  const container = work.createElement('div');
  container.appendChild(work.importNode(selection.cloneContents(), true));
  return container;
}

export function extractClip(doc: Document, url: string, options: ExtractOptions = {}): ExtractedClip {
  const win = doc.defaultView;
  if (!win) throw new ExtractError('no-window', 'The document has no window to sanitize with.');
  if ((doc.contentType ?? '').toLowerCase() === 'application/pdf') {
    throw new ExtractError('pdf', 'PDF documents are not supported.');
  }
  const limit = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  // One walk of the live page counts its elements and finds its shadow hosts.
  const live = scanLive(doc, undefined, options.selection ? Infinity : limit);
  if (live.elements > limit && !options.selection) {
    const elements = doc.getElementsByTagName('*').length;
    throw new ExtractError('too-large', `This page is too large to simplify (${elements} elements).`);
  }

  const work = doc.cloneNode(true) as Document;
  // Hostile and odd pages (reliability.md S14, P12): before any other pass reads the clone.
  flattenShadowRoots(doc, work, undefined, live);
  // Defuses form clobbering (clobber.ts) before it changes anything else.
  const prepared = preparePage(work);
  const jsonLd = readJsonLd(work, prepared.ldScripts);
  // One walk of the page indexes it for both the metadata and the date pass.
  const dateIndex = emptyPageIndex();
  const pageMeta = readMetadata(work, { url, jsonLd, visit: (el, names) => addToPageIndex(dateIndex, el, names) });
  const dates = findDates(work, { url, jsonLd, lang: pageMeta.lang, now: options.now ?? null, index: dateIndex });

  // Read before Readability takes the page apart: the photo above the story it may leave out.
  const lead = options.selection ? null : findLeadFigure(work, url);
  const dek = options.selection ? null : findDek(work);

  let body: BodyResult;
  if (options.selection) {
    body = {
      content: selectionBody(work, options.selection),
      readability: { title: null, byline: null, excerpt: null, siteName: null, lang: null, dir: null, publishedTime: null },
    };
  } else {
    body = readBody(work);
  }
  const meta = finalizeMetadata(pageMeta, body);

  let html = '';
  let text = '';
  let figures: ExtractedClip['figures'] = [];
  if (body.content) {
    cleanupArticle(body.content, { title: meta.title, authors: meta.authors, dek });
    figures = extractFigures(body.content, url, { lead });
    html = sanitizeElementInPlace(body.content, win);
    text = elementToText(body.content);
  }
  const wordCount = countWords(text);
  const verdict = options.selection
    ? { readerable: wordCount > 0, reason: wordCount > 0 ? null : 'The selection holds no text.' }
    : judgeReaderable(meta, body, wordCount);

  return {
    url,
    canonicalUrl: meta.canonicalUrl ?? url,
    title: meta.title ?? '',
    byline: meta.byline,
    authors: meta.authors,
    siteName: meta.siteName,
    lang: meta.lang,
    dir: meta.dir,
    excerpt: meta.excerpt,
    published: dates.published,
    modified: dates.modified,
    dateEvidence: dates.evidence,
    figures,
    leadImage: meta.leadImage ?? figures[0]?.src ?? null,
    html,
    text,
    wordCount,
    readerable: verdict.readerable,
    reason: verdict.reason,
    fromSelection: Boolean(options.selection),
    extractor: { ...EXTRACTOR },
  };
}

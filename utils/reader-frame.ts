/**
 * The one place that builds a reader frame's `srcdoc` (reliability.md S9, S10): clip HTML is
 * sanitized here, right before it is rendered, every time, and goes into a document whose
 * only other content is escaped attributes and linked stylesheets (inline styles are blocked by
 * the CSP; the frame inherits it). The popup's preview and the library's reading view both use it,
 * inside `<iframe sandbox="allow-popups allow-popups-to-escape-sandbox">`.
 */
import type { WindowLike } from 'dompurify';
import type { Clip } from './clip';
import { describeEvidence, formatDate } from './display-date';
import { sanitizeHtml } from './sanitize';

/** The sandbox every reader frame gets: links may open new tabs; no scripts, no same-origin. */
export const READER_SANDBOX = 'allow-popups allow-popups-to-escape-sandbox';

export interface ReaderDocumentOptions {
  lang?: string | null;
  dir?: string | null;
  /** Absolute URL of the reader stylesheet (srcdoc documents resolve against the parent). */
  cssHref: string;
  /** More stylesheets, linked after the first. */
  extraCssHrefs?: readonly string[];
}

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Wraps already-clean HTML in the frame document. Prefer `readerSrcdoc`, which sanitizes first. */
export function buildReaderDocument(cleanHtml: string, options: ReaderDocumentOptions): string {
  const lang = options.lang ? ` lang="${escapeAttr(options.lang)}"` : '';
  const dir = options.dir === 'rtl' || options.dir === 'ltr' || options.dir === 'auto' ? ` dir="${options.dir}"` : '';
  const links = [options.cssHref, ...(options.extraCssHrefs ?? [])].map((href) => `<link rel="stylesheet" href="${escapeAttr(href)}">`).join('');
  return (
    `<!doctype html><html${lang}${dir}><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">` +
    `${links}</head><body><article>${cleanHtml}</article></body></html>`
  );
}

/** Sanitizes `html` with the clip config (utils/sanitize.ts) and builds the frame document. */
export function readerSrcdoc(html: string, win: WindowLike, options: ReaderDocumentOptions): string {
  return buildReaderDocument(sanitizeHtml(html, win), options);
}

function el(doc: Document, tag: string, className: string | null, text?: string | null): HTMLElement {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function fact(doc: Document, list: HTMLElement, label: string, value: Node | string, kind: string): void {
  const row = el(doc, 'div', `fact fact-${kind}`);
  row.append(el(doc, 'dt', null, label));
  const dd = el(doc, 'dd', null);
  dd.append(value);
  row.append(dd);
  list.append(row);
}

function dateFact(doc: Document, iso: string, evidence: string | null): HTMLElement {
  const wrap = el(doc, 'span', null);
  const time = el(doc, 'time', null, formatDate(iso) ?? iso);
  time.setAttribute('datetime', iso);
  wrap.append(time);
  if (evidence) wrap.append(' ', el(doc, 'span', 'evidence', `(${evidence})`));
  return wrap;
}

function escapedIn(html: string, src: string): boolean {
  return html.includes(src) || html.includes(src.replace(/&/g, '&amp;'));
}

/**
 * The reading view of a saved clip as HTML (not yet sanitized; pass it to `readerSrcdoc`): a
 * header built with DOM calls (so page text is only ever text) with the site, headline, authors,
 * each date with where it was found, the clipped time and a link to the original; then the
 * article; then any figure the article body lost, with its caption and credit.
 */
export function clipReadingHtml(clip: Clip, page: Document): string {
  // Built in an inert document: an <img> created in the page's own document starts loading
  // its (page-controlled) src at once, from the privileged page, before any sanitizing.
  const doc = page.implementation.createHTMLDocument('');
  const root = el(doc, 'div', 'clip-reading');
  const header = el(doc, 'header', 'clip-head');
  if (clip.siteName) header.append(el(doc, 'p', 'clip-site', clip.siteName));
  header.append(el(doc, 'h1', 'clip-title', clip.title || clip.canonicalUrl));
  const byline = clip.authors.length > 0 ? clip.authors.join(', ') : clip.byline;
  if (byline) header.append(el(doc, 'p', 'clip-byline', byline));
  // Labels are the interface's language, whatever the article's.
  const facts = el(doc, 'dl', 'clip-facts');
  facts.setAttribute('lang', 'en');
  facts.setAttribute('dir', 'ltr');
  if (clip.published) fact(doc, facts, 'Published', dateFact(doc, clip.published, describeEvidence(clip.dateEvidence.published)), 'published');
  if (clip.modified) fact(doc, facts, 'Updated', dateFact(doc, clip.modified, describeEvidence(clip.dateEvidence.modified)), 'modified');
  fact(doc, facts, 'Clipped', dateFact(doc, clip.clippedAt, null), 'clipped');
  const link = el(doc, 'a', null, clip.canonicalUrl || clip.url);
  link.setAttribute('href', clip.url || clip.canonicalUrl);
  fact(doc, facts, 'Original', link, 'original');
  if (clip.wordCount > 0) fact(doc, facts, 'Length', `${clip.wordCount.toLocaleString('en')} words`, 'words');
  header.append(facts);
  root.append(header);

  const body = el(doc, 'div', 'clip-body');
  root.append(body);
  const missing = clip.figures.filter((f) => f.src && !escapedIn(clip.html, f.src));
  let extra = '';
  if (missing.length > 0) {
    const section = el(doc, 'section', 'clip-more-figures');
    section.append(el(doc, 'h2', null, 'Photos'));
    for (const f of missing) {
      const figure = el(doc, 'figure', null);
      const img = el(doc, 'img', null);
      img.setAttribute('src', f.src);
      img.setAttribute('alt', f.alt);
      figure.append(img);
      if (f.caption || f.credit) {
        const cap = el(doc, 'figcaption', null);
        if (f.caption) cap.append(el(doc, 'span', 'caption', f.caption));
        if (f.caption && f.credit) cap.append(' ');
        if (f.credit) cap.append(el(doc, 'small', 'credit', f.credit));
        figure.append(cap);
      }
      section.append(figure);
    }
    extra = section.outerHTML;
  }
  // The body goes in as a string: it is parsed only once, by the sanitizer, right after this.
  const [open, close] = root.outerHTML.split('<div class="clip-body"></div>');
  return `${open}<div class="clip-body">${clip.html}</div>${extra}${close}`;
}

/**
 * HTML → a sanitized, detached DOM ready for Turndown: tables normalised, every photo paired
 * with its caption and credit and replaced by a placeholder that names its figure group. Pure:
 * uses only the window it is given, never changes anything outside the new document.
 */
import type { Figure } from '../clip';
import { quietForParse, sanitizeElementInPlace } from '../sanitize';
import { FigureMatcher, textKey, type FigureItem } from './figures';
import { normalizeTables } from './tables';
import { oneLine } from './text';
import { safeImageSrc } from './urls';
import type { WindowLike } from 'dompurify';

/** The DOM the Markdown code needs: DOMPurify's window plus a DOMParser. */
export type DomWindow = WindowLike & { DOMParser: typeof DOMParser };

/** Attribute on placeholders (added after sanitizing, so pages cannot forge it). */
export const FIGURE_ATTR = 'data-nc-fig';

export interface PreparedBody {
  container: HTMLElement;
  /** Figure groups, indexed by the placeholders' FIGURE_ATTR. */
  groups: FigureItem[][];
  /** Every image URL that will be written, in document order, each once. */
  images: string[];
  /** The body's first h1, one line (to avoid repeating the title as a heading). */
  firstHeading: string | null;
}

export interface PrepareContext {
  baseUrl: string;
  figures: readonly Figure[];
}

const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ASIDE', 'FIGURE', 'SPAN', 'A', 'PICTURE', 'CENTER', 'LI', 'BLOCKQUOTE']);

const parsers = new WeakMap<object, DOMParser>();

function parseAndSanitize(html: string, win: DomWindow): HTMLElement {
  let parser = parsers.get(win);
  if (!parser) {
    parser = new win.DOMParser();
    parsers.set(win, parser);
  }
  // Parsing in an extension page inherits its CSP: keep raw <style>/style=/<base> (a clip stored
  // unsanitized) from logging blocked violations, as sanitize.ts does for its own parse.
  const doc = parser.parseFromString(quietForParse(html), 'text/html');
  const container = doc.createElement('div');
  container.append(...Array.from(doc.body.childNodes));
  sanitizeElementInPlace(container, win);
  return container;
}

function candidates(img: Element, baseUrl: string): string[] {
  const out: string[] = [];
  const add = (raw: string | null | undefined) => {
    const src = safeImageSrc(raw, baseUrl);
    if (src && !out.includes(src)) out.push(src);
  };
  add(img.getAttribute('src'));
  for (const part of (img.getAttribute('srcset') ?? '').split(/,\s+/)) add(part.trim().split(/\s+/)[0]);
  return out;
}

/** Largest ancestor (below the container) holding only this photo and text within its caption. */
function captionBox(img: Element, container: Element, want: string): Element {
  let box: Element = img;
  for (let el = img.parentElement; el && el !== container; el = el.parentElement) {
    if (!BLOCKS.has(el.nodeName) || el.querySelectorAll('img').length !== 1) break;
    const k = textKey(el.textContent);
    if (k && !want.includes(k)) break;
    box = el;
  }
  return box;
}

/** True when the image's block holds text other than its caption. */
function inRunningText(img: Element, want: string): boolean {
  const k = textKey(img.parentElement?.textContent);
  return k !== '' && !want.includes(k);
}

/** Drops the next siblings that only repeat the caption or credit we are about to write. */
function dropCaptionEchoes(box: Element, item: FigureItem, want: string): void {
  let next = box.nextElementSibling;
  for (let i = 0; i < 2 && next; i++) {
    const el: Element = next;
    next = el.nextElementSibling;
    const k = textKey(el.textContent);
    if (!k || el.querySelector('img')) break;
    const exact = k === textKey(item.caption) || k === textKey(item.credit);
    if (!(exact || (k.length >= 12 && want.includes(k)))) break;
    el.remove();
  }
}

export function prepareBody(html: string, win: DomWindow, ctx: PrepareContext): PreparedBody {
  const container = parseAndSanitize(html, win);
  const doc = container.ownerDocument;
  normalizeTables(container);

  const matcher = new FigureMatcher(ctx.figures);
  const groups: FigureItem[][] = [];
  const written = new Set<string>();
  const placeholder = (items: FigureItem[], block: boolean): HTMLElement => {
    const el = doc.createElement(block ? 'figure' : 'img');
    el.setAttribute(FIGURE_ATTR, String(groups.length));
    if (block) el.append(doc.createElement('img'));
    groups.push(items);
    return el;
  };
  const itemFor = (img: Element, hint: string | null): FigureItem | 'duplicate' | null => {
    const cands = candidates(img, ctx.baseUrl);
    const match = matcher.match(cands, hint);
    const src = (match && safeImageSrc(match.src, ctx.baseUrl)) || cands[0] || null;
    if (src && written.has(src)) return 'duplicate'; // the same photo again: written once
    if (src) written.add(src);
    if (!src && !match) return null;
    return {
      src,
      alt: match?.alt || img.getAttribute('alt') || '',
      caption: match?.caption ?? null,
      credit: match?.credit ?? null,
    };
  };

  for (const fig of Array.from(container.querySelectorAll('figure'))) {
    if (!container.contains(fig) || fig.parentElement?.closest('figure')) continue;
    const imgs = Array.from(fig.querySelectorAll('img'));
    if (imgs.length === 0) continue; // a pull quote or chart text: ordinary conversion
    const captionEl = fig.querySelector('figcaption');
    const captionText = oneLine((captionEl ?? fig).textContent ?? '') || null;
    const found = imgs.map((img) => itemFor(img, captionText));
    const items = found.filter((x): x is FigureItem => x !== null && x !== 'duplicate');
    if (items.length === 0) {
      if (found.includes('duplicate') || !captionText) {
        fig.remove();
        continue;
      }
      // No usable picture (e.g. a lazy one without src): keep the caption and credit.
      items.push({ src: null, alt: '', caption: null, credit: null });
    }
    const last = items[items.length - 1];
    if (last && captionText && !items.some((i) => i.caption || i.credit)) {
      // No match in the figures list: read the extractor's markup (span.caption, small.credit),
      // else take the whole caption text.
      const part = (sel: string) => oneLine(captionEl?.querySelector(sel)?.textContent ?? '') || null;
      const caption = part('.caption');
      const credit = part('.credit');
      last.caption = caption || credit ? caption : captionText;
      last.credit = caption || credit ? credit : null;
    }
    fig.replaceWith(placeholder(items, true));
  }

  for (const img of Array.from(container.querySelectorAll('img'))) {
    if (img.hasAttribute(FIGURE_ATTR) || img.closest('figure')) continue;
    const item = itemFor(img, null);
    if (!item || item === 'duplicate' || !item.src) {
      img.remove();
      continue;
    }
    const want = textKey(`${item.caption ?? ''} ${item.credit ?? ''}`);
    const box = want && !img.closest('a') ? captionBox(img, container, want) : null;
    // A picture inside running text stays inline; its caption, if any, is in the text around it.
    if (box && !(box === img && inRunningText(img, want))) {
      dropCaptionEchoes(box, item, want);
      box.replaceWith(placeholder([item], true));
    } else {
      img.replaceWith(placeholder([{ ...item, caption: null, credit: null }], false));
    }
  }

  // Figures the extractor found that the HTML no longer shows (e.g. a lead photo): on top.
  const missing = matcher
    .unused()
    .map((f): FigureItem => ({ src: safeImageSrc(f.src, ctx.baseUrl), alt: f.alt, caption: f.caption, credit: f.credit }))
    .filter((f) => (f.src ? !written.has(f.src) : !!(f.caption || f.credit)));
  for (const f of missing) if (f.src) written.add(f.src);
  container.prepend(...missing.map((f) => placeholder([f], true)));

  const images: string[] = [];
  for (const el of Array.from(container.querySelectorAll(`[${FIGURE_ATTR}]`))) {
    for (const item of groups[Number(el.getAttribute(FIGURE_ATTR))] ?? []) {
      if (item.src && !images.includes(item.src)) images.push(item.src);
    }
  }
  const h1 = container.querySelector('h1');
  return { container, groups, images, firstHeading: h1 ? oneLine(h1.textContent ?? '') : null };
}

/**
 * Trims the head and the tail of the article: the headline repeated, bylines, dates,
 * breadcrumbs and section links above the first paragraph; reporter credits, author bios,
 * tags and link lists after the last one. Only the edges are touched: a block in the middle
 * of the story is never judged by these rules.
 */
import type { RemoveHook } from './junk-blocks';
import { collapse } from './junk-blocks';
import { mayContain } from './phrase-gate';
import { BYLINE_TEXT, DATE_TEXT, DATELINE_TEXT, LEGAL_TEXT, POST_META_TEXT, PROMO_TEXT, PROMO_TEXT_NEEDLES, TRAILER_TEXT } from './patterns';
import { isBlock } from './stats';
import type { ArticleStats } from './stats';
import { foldWords } from '../word-boundary';

/** Every DATE_TEXT branch has a digit: most lines are decided without compiling its month list. */
const hasDate = (text: string): boolean => /\d/.test(text) && DATE_TEXT.test(text);

export interface EdgeContext {
  title?: string | null;
  authors?: readonly string[];
}

const ATOMIC = new Set(['FIGURE', 'TABLE', 'PRE', 'BLOCKQUOTE', 'UL', 'OL', 'DL']);

/** Leaf blocks (no block children) in document order; figures, tables, quotes and lists whole. */
function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (el: Element): void => {
    let hasBlock = false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (isBlock(c)) {
        hasBlock = true;
        break;
      }
    }
    if (!hasBlock || (ATOMIC.has(el.tagName) && el !== root)) {
      if (el !== root) out.push(el);
      return;
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (isBlock(c)) visit(c);
      else out.push(c);
    }
  };
  visit(root);
  return out;
}


/** The story's first real paragraph: long text, or a full sentence of some length. */
function isStoryText(text: string, tag: string): boolean {
  if (/^H[1-6]$/.test(tag)) return false;
  if (text.length >= 160) return true;
  return text.length >= 70 && /[.!?…:;»"”)](?:\s|$)/.test(text) && text.split(/\s+/).length >= 10;
}

/** Most links point inside the page: a table of contents, which belongs to the story. */
function inPageLinks(el: Element): boolean {
  let inPage = 0;
  let all = 0;
  // Readability makes links absolute: "#part-2" comes back as the page's own URL with a hash.
  const page = (el.ownerDocument.baseURI ?? '').split('#')[0];
  for (const a of Array.from(el.getElementsByTagName('a'))) {
    const href = a.getAttribute('href');
    if (!href) continue;
    all++;
    const hash = href.indexOf('#');
    if (hash === 0 || (hash > 0 && href.slice(0, hash) === page)) inPage++;
  }
  return inPage * 2 > all;
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

export function trimEdges(root: Element, stats: ArticleStats, ctx: EdgeContext, hook?: RemoveHook): void {
  const leaves = leafBlocks(root);
  const title = ctx.title ? foldWords(ctx.title) : '';
  const authors = (ctx.authors ?? []).map((a) => a.toLowerCase()).filter((a) => a.length >= 4);
  const doomed: Element[] = [];
  const drop = (rule: string, el: Element) => {
    hook?.(rule, el);
    doomed.push(el);
  };

  // Head: up to the first paragraph of the story.
  const total = stats.get(root).text;
  let headings: Element[] = [];
  for (let i = 0; i < leaves.length && i < 25; i++) {
    const el = leaves[i]!;
    if (el.tagName === 'FIGURE') continue;
    const s = stats.get(el);
    if (s.text === 0) continue;
    // A list of links to other pages above the story (a sidebar's "most read"), however long,
    // with the headings over it.
    if ((el.tagName === 'UL' || el.tagName === 'OL') && s.links >= 3 && s.link >= s.text * 0.8 && s.text <= total * 0.3 && !inPageLinks(el)) {
      for (const h of headings) drop('head:nav-list', h);
      drop('head:nav-list', el);
      headings = [];
      continue;
    }
    if (/^H[1-6]$/.test(el.tagName)) headings.push(el);
    else headings = [];
    const text = collapse(el.textContent ?? '');
    if (isStoryText(text, el.tagName)) break;
    if (text.length > 200) break;
    const lower = text.toLowerCase();
    const norm = foldWords(text);
    const linkShare = s.text ? s.link / s.text : 0;
    if (title && norm.length > 10 && (norm === title || (title.includes(norm) && norm.length >= title.length * 0.6) || (norm.includes(title) && title.length >= norm.length * 0.7))) {
      drop('head:title', el);
    } else if (BYLINE_TEXT.test(text) && text.length <= 120) {
      drop('head:byline', el);
    } else if (DATELINE_TEXT.test(text) && text.length <= 140) {
      drop('head:dateline', el);
    } else if (text.length <= 90 && hasDate(text) && words(text.replace(DATE_TEXT, ' ')) <= 9) {
      drop('head:date', el);
    } else if (/^(?:https?:\/\/|www\.)\S+$/i.test(text)) {
      drop('head:url', el);
    } else if (/^[^>›»/]{1,40}(?:\s[>›»/]\s[^>›»/]{1,60}){1,6}$/.test(text)) {
      drop('head:breadcrumb', el);
    } else if (authors.some((a) => lower.includes(a)) && text.length <= 100) {
      drop('head:author', el);
    } else if (linkShare >= 0.8 && text.length <= 50) {
      drop('head:links', el);
    } else if (el.tagName === 'UL' || el.tagName === 'OL') {
      if (linkShare >= 0.7) drop('head:nav-list', el);
    }
  }

  // Tail: back from the end, up to the last paragraph of the story.
  let sawFigure = false;
  let droppedHeading = false;
  for (let i = leaves.length - 1, seen = 0; i >= 0 && seen < 25; i--, seen++) {
    const el = leaves[i]!;
    if (doomed.includes(el)) break;
    if (el.tagName === 'FIGURE' || stats.get(el).media > 0) {
      sawFigure = true;
      if (el.tagName === 'FIGURE') continue;
    }
    const s = stats.get(el);
    if (s.text === 0) continue;
    const text = collapse(el.textContent ?? '');
    const linkShare = s.text ? s.link / s.text : 0;
    if (text.length <= 400 && TRAILER_TEXT.test(text)) {
      drop('tail:trailer', el);
      continue;
    }
    if (text.length <= 300 && mayContain(text, PROMO_TEXT_NEEDLES) && PROMO_TEXT.test(text)) {
      drop('tail:promo', el);
      continue;
    }
    if (text.length <= 400 && s.links > 0 && POST_META_TEXT.test(text)) {
      drop('tail:post-meta', el);
      continue;
    }
    if (text.length <= 250 && (text.match(/\s[|•·]\s/g)?.length ?? 0) >= 2 && LEGAL_TEXT.test(text)) {
      drop('tail:legal', el);
      continue;
    }
    if (isStoryText(text, el.tagName) && linkShare < 0.5) break;
    // A story never ends on a heading: it titled what followed and was removed (one heading,
    // and not one over a picture).
    if (/^H[1-6]$/.test(el.tagName) && text.length <= 120 && !sawFigure && !droppedHeading) {
      droppedHeading = true;
      drop('tail:heading', el);
      continue;
    }
    if (text.length <= 80 && /^\(?visited\s+\d+\s+times\b/i.test(text)) {
      drop('tail:post-meta', el);
      continue;
    }
    if (linkShare >= 0.7 && text.length <= 300) {
      drop('tail:links', el);
      continue;
    }
    if (BYLINE_TEXT.test(text) && text.length <= 100) {
      drop('tail:byline', el);
      continue;
    }
    if ((text.length <= 60 && hasDate(text) && words(text.replace(DATE_TEXT, ' ')) <= 6) || (DATELINE_TEXT.test(text) && text.length <= 80)) {
      drop('tail:date', el);
      continue;
    }
    break;
  }
  for (const el of doomed) el.remove();
}

/**
 * The standfirst (dek, lede, chapô, Vorspann): the summary paragraph between the headline and
 * the story that Readability often leaves out with the page header. Found on the prepared clone
 * before Readability; put back at the top of the article only when the paragraph that follows
 * it on the page made it into the body. Pure except for restoreDek, which mutates `content`.
 */

import { articleScope, closestWhere, headMeta, nextElement } from './walk';

export interface Dek {
  text: string;
  /**
   * The starts of the first paragraphs after the dek, whitespace collapsed. Several, because the
   * first one may be an author box or a paragraph the body left out while the story is there.
   */
  anchors: string[];
}

const DEK_CLASS =
  /(?:^|[\s_-])(?:lead|lede|intro|introduction|dek|deck|standfirst|summary|excerpt|abstract|subtitle|subtitulo|sub-?headline|subhead|description|chapo|chapeau|vorspann|sapo|entradilla|bajada|sumario|strapline|teaser|subline|unterzeile|anriss|kurztext|lead-?text|intro-?text|teaser-?text)(?:[\s_-]|$)|(?:article|entry|post|story)-?(?:lead|lede|intro|summary|excerpt|teaser)/i;
const SKIP_TAGS = new Set(['NAV', 'ASIDE', 'FIGURE', 'FIGCAPTION', 'A', 'LI', 'FOOTER']);

function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  return role === 'navigation' || role === 'complementary';
}

function hasImage(el: Element): boolean {
  for (let c = nextElement(el, el); c; c = nextElement(c, el)) if (c.tagName === 'IMG') return true;
  return false;
}

export const DEK_CLASS_NAME = 'dek';

function collapse(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

function metaDescription(doc: Document): string | null {
  const v = headMeta(doc, ['og:description', 'description', 'twitter:description']);
  const c = v ? collapse(v) : '';
  return c.length >= 50 ? c : null;
}

function linkShare(el: Element, textLen: number): number {
  let link = 0;
  for (let c = nextElement(el, el); c; c = nextElement(c, el, c.tagName === 'A')) if (c.tagName === 'A') link += collapse(c.textContent ?? '').length;
  return textLen ? link / textLen : 0;
}

export function findDek(doc: Document): Dek | null {
  const { root: scopeRoot, h1 } = articleScope(doc);
  const root = scopeRoot ?? (h1 ? doc.body : null);
  if (!root) return null;
  const description = metaDescription(doc);
  let found: Element | null = null;
  // From the headline on (or the top of the article), in document order.
  let el: Element | null = h1 && root.contains(h1) ? nextElement(h1, root, true) : nextElement(root, root);
  for (let seen = 0; el && seen < 400; seen++, el = el ? nextElement(el, root) : null) {
    const tag = el.tagName;
    if (tag !== 'P' && tag !== 'DIV' && tag !== 'H2' && tag !== 'H3' && tag !== 'SPAN' && tag !== 'SECTION' && tag !== 'STRONG') continue;
    const cls = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('itemprop') ?? ''}`;
    const isDekClass = DEK_CLASS.test(cls) || /alternativeHeadline|description/i.test(el.getAttribute('itemprop') ?? '');
    // Only paragraphs and dek-classed elements are read: a wrapper's text is the whole page.
    if (!isDekClass && tag !== 'P' && !(description && (tag === 'H2' || tag === 'H3'))) continue;
    const text = collapse(el.textContent ?? '');
    const isDescription = description !== null && text.length >= 50 && (text === description || (text.length <= description.length + 20 && description.startsWith(text.slice(0, 60))));
    if ((isDekClass || isDescription) && text.length >= 40 && text.length <= 700 && !hasImage(el) && !closestWhere(el, isSkipped, root) && linkShare(el, text.length) < 0.5) {
      found = el;
      break;
    }
    // The story has begun: a long paragraph that is not a dek.
    if (tag === 'P' && text.length >= 150) return null;
  }
  if (!found) return null;
  const dekText = collapse(found.textContent ?? '');
  // A one-line subtitle reads as a second headline; a standfirst of some length is prose of the story.
  if (dekText.length < 140 && !/[.!?…]\s+\p{Lu}/u.test(dekText)) return null;
  const anchors = nextParagraphTexts(found, root, 3);
  return anchors.length > 0 ? { text: dekText, anchors } : null;
}

/** The starts of the first `count` paragraphs of 60+ characters after `el` in document order, within `root`. */
export function nextParagraphTexts(el: Element, root: Element, count: number): string[] {
  const out: string[] = [];
  let node = nextElement(el, root, true);
  for (let steps = 0; node && steps < 5000 && out.length < count; steps++) {
    if (node.tagName === 'P') {
      const t = collapse(node.textContent ?? '');
      if (t.length >= 60) out.push(t.slice(0, 80));
      node = nextElement(node, root, true);
      continue;
    }
    node = nextElement(node, root);
  }
  return out;
}

/** Puts the dek back at the top of `content` when the body left it out. True when inserted. */
export function restoreDek(content: Element, dek: Dek | null | undefined): boolean {
  if (!dek) return false;
  const text = collapse(content.textContent ?? '');
  if (!dek.anchors.some((a) => text.includes(a))) return false;
  if (text.includes(dek.text.slice(0, 60))) return false;
  const doc = content.ownerDocument;
  const p = doc.createElement('p');
  p.className = DEK_CLASS_NAME;
  p.textContent = dek.text;
  const host = content.firstElementChild?.id === 'readability-page-1' ? content.firstElementChild : content;
  host.insertBefore(p, host.firstChild);
  return true;
}

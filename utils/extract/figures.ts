/**
 * Every image in the article with its caption and credit kept together. Rewrites each picture
 * of the content into one figure shape (figures/normalize.ts), moves caption paragraphs into
 * it, removes captions and credits left without a picture, and puts back the lead picture
 * Readability left out. Mutates `content` (the detached article); returns the figures in
 * document order.
 */
import type { Figure } from '../clip';
import { DEK_CLASS_NAME } from './body/dek';
import { findUnit, isCaptionElement, isCreditElement, readCaption } from './figures/caption';
import { isCreditText } from './figures/credit';
import { linesOf, textLengthUpTo } from './figures/dom-text';
import type { LeadFigure } from './figures/lead';
import { buildFigure } from './figures/normalize';
import { bestImageUrl, imageKey, isDecorative } from './figures/picture';
import { elementsByTag } from './body/walk';

const IMG = new Set(['IMG']);

export type { LeadFigure } from './figures/lead';
export { findLeadFigure } from './figures/lead';

export interface FigureOptions {
  /** The lead picture found before Readability ran (figures/lead.ts). */
  lead?: LeadFigure | null;
}

const TEXT_CONTAINERS = new Set(['P', 'LI', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'DD', 'DT', 'SPAN', 'A', 'EM', 'STRONG', 'B', 'I']);

/** An image inside running text (an inline picture in a paragraph): listed, markup kept. */
function isInline(unit: Element, img: Element): boolean {
  if (unit !== img && unit.tagName !== 'A' && unit.tagName !== 'PICTURE' && unit.tagName !== 'SPAN') return false;
  for (let p = unit.parentElement; p && TEXT_CONTAINERS.has(p.tagName); p = p.parentElement) {
    if (textLengthUpTo(p, 0) > 0) return true;
  }
  return false;
}

interface Group {
  unit: Element;
  imgs: Element[];
  srcs: string[];
  inline: boolean;
}

function collapse(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

const IMAGE_WRAPPER_CLASS = /image|img|photo|foto|media|figure|picture|gallery|slide|bild/i;
const BLOCK_CHILD = /^(?:P|DIV|UL|OL|TABLE|H[1-6]|BLOCKQUOTE|SECTION|FIGURE)$/;

interface Probe {
  hasImg: boolean;
  hasBlockChild: boolean;
}

/**
 * Removes caption and credit blocks with no picture left to describe (lazy or dropped
 * pictures): caption- or credit-classed blocks, and credit-only lines ("Photo: X, AP"). One
 * walk; figures are skipped whole.
 */
function removeOrphanCaptions(content: Element): void {
  const doomed: Element[] = [];
  const visit = (el: Element): Probe => {
    let hasImg = el.tagName === 'IMG';
    let hasBlockChild = false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (BLOCK_CHILD.test(c.tagName)) hasBlockChild = true;
      if (c.tagName === 'FIGURE') {
        hasImg = true;
        continue;
      }
      if (visit(c).hasImg) hasImg = true;
    }
    if (el !== content && !hasImg) judge(el, hasBlockChild);
    return { hasImg, hasBlockChild };
  };
  const judge = (el: Element, hasBlockChild: boolean): void => {
    const tag = el.tagName;
    if (tag === 'SPAN' || tag === 'A' || tag === 'FIGCAPTION') return;
    const captionish = isCaptionElement(el) || isCreditElement(el);
    if (!captionish && tag !== 'P' && tag !== 'DIV') return;
    const len = textLengthUpTo(el, 300);
    if (len === 0 || len > 300) return;
    if (captionish) {
      doomed.push(el);
      return;
    }
    if (hasBlockChild || len > 140 || !isCreditText(linesOf(el))) return;
    // A credit line: with its caption, when both sit in a picture's wrapper.
    const parent = el.parentElement;
    const wrapper = parent && parent !== content && IMAGE_WRAPPER_CLASS.test(parent.getAttribute('class') ?? '') && textLengthUpTo(parent, 500) <= 500 && elementsByTag(parent, IMG).length === 0;
    doomed.push(wrapper ? parent : el);
  };
  visit(content);
  // Inner ones first in the list; removing an outer one already took them.
  for (const el of doomed) el.remove();
}

export function extractFigures(content: Element, baseUrl: string, options: FigureOptions = {}): Figure[] {
  const doc = content.ownerDocument;
  const groups: Group[] = [];
  const byUnit = new Map<Element, Group>();
  for (const img of elementsByTag(content, IMG)) {
    if (isDecorative(img)) continue;
    const src = bestImageUrl(img, baseUrl);
    if (!src) continue;
    const unit = findUnit(img, content);
    let group = byUnit.get(unit);
    if (!group) {
      group = { unit, imgs: [], srcs: [], inline: isInline(unit, img) };
      byUnit.set(unit, group);
      groups.push(group);
    }
    group.imgs.push(img);
    group.srcs.push(src);
  }

  const figures: Figure[] = [];
  for (const g of groups) {
    if (!g.unit.isConnected && !content.contains(g.unit)) continue;
    const first = g.imgs[0]!;
    const { caption, credit, consumed } = readCaption(g.unit, first, g.inline);
    const items: Figure[] = g.imgs.map((img, i) => ({
      src: g.srcs[i]!,
      alt: collapse(img.getAttribute('alt') ?? ''),
      caption,
      credit,
    }));
    figures.push(...items);
    if (g.inline) {
      // Keep the paragraph as it is, but point the image at the best candidate.
      g.imgs.forEach((img, i) => img.setAttribute('src', g.srcs[i]!));
      continue;
    }
    const fig = buildFigure(doc, items, g.imgs);
    g.unit.replaceWith(fig);
    for (const c of consumed) c.remove();
  }

  removeOrphanCaptions(content);

  const lead = options.lead;
  if (lead && !figures.some((f) => imageKey(f.src) === imageKey(lead.figure.src))) {
    const text = collapse(content.textContent ?? '');
    if (text.includes(lead.anchor)) {
      const fig = buildFigure(doc, [lead.figure], [lead.img]);
      const host = content.firstElementChild?.id === 'readability-page-1' ? content.firstElementChild : content;
      // After a standfirst put back by the cleanup, as pages show them: headline, dek, photo.
      const first = host.firstElementChild;
      const before = first && first.tagName === 'P' && first.classList.contains(DEK_CLASS_NAME) ? first.nextSibling : host.firstChild;
      host.insertBefore(fig, before);
      figures.unshift(lead.figure);
    }
  }
  return figures;
}

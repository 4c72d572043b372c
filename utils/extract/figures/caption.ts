/**
 * Finds the caption and credit of an image in the DOM: `figcaption`, caption-like and
 * credit-like classes inside the image's wrapper, a caption paragraph right after the
 * wrapper, then `title`/`alt`. Pure; reads only.
 */
import { isCreditText, joinDistinct, splitCredit } from './credit';
import { linesOf, textLengthUpTo } from './dom-text';
import { closestWhere, elementsIn, nextElement } from '../body/walk';

function hasTag(el: Element, tag: string): boolean {
  if (el.tagName === tag) return true;
  for (let c = nextElement(el, el); c; c = nextElement(c, el)) if (c.tagName === tag) return true;
  return false;
}

function countTag(el: Element, tag: string): number {
  let n = el.tagName === tag ? 1 : 0;
  for (let c = nextElement(el, el); c; c = nextElement(c, el)) if (c.tagName === tag) n++;
  return n;
}

export const CAPTION_CLASS =
  /caption|cutline|l[eé]gende|legend(?!s)|(?:^|[\s_-])pie(?:[\s_-]|$)|bildtext|bildunterschrift|unterschrift|didascalia|leyenda|podpis|подпис|figcaption|(?:image|photo|img|media|foto|bild|picture|figure)[_-]*(?:info|title|text|desc|description|sub)|wp-caption-text/i;
export const CREDIT_CLASS =
  /credit|copyright|photographer|fotograf|(?:^|[\s_-])(?:autor|author|source|quelle|fuente|fonte|courtesy|attribution|byline)(?:[\s_-]|$)|foto-?autor|__author|__source/i;

const TEXT_BLOCK_TAGS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'TABLE', 'PRE']);
const WRAPPERS = new Set(['DIV', 'SPAN', 'A', 'PICTURE', 'P', 'CENTER', 'SECTION', 'FIGURE', 'ASIDE', 'DL', 'DT', 'DD']);
const SIBLING_CAPTION_TAGS = new Set(['P', 'DIV', 'SPAN', 'SMALL', 'EM', 'I', 'FIGCAPTION', 'CITE', 'DD']);

function matchString(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('itemprop') ?? ''}`;
}

export function isCaptionElement(el: Element): boolean {
  return el.tagName === 'FIGCAPTION' || CAPTION_CLASS.test(matchString(el));
}

export function isCreditElement(el: Element): boolean {
  const m = matchString(el);
  return CREDIT_CLASS.test(m) || /copyrightHolder|copyrightNotice|creator/i.test(el.getAttribute('itemprop') ?? '');
}

/** Images under `el` (or `el` itself). */
function imageCount(el: Element): number {
  return countTag(el, 'IMG');
}

/** Descendant blocks of running text (not the picture's own block, captions or credits). */
function textBlocks(el: Element, unit: Element): Element[] {
  const out: Element[] = [];
  for (const b of elementsIn(el)) {
    if (!TEXT_BLOCK_TAGS.has(b.tagName)) continue;
    if (b.contains(unit) || textLengthUpTo(b, 0) === 0) continue;
    if (closestWhere(b, (a) => a.tagName === 'FIGCAPTION', el) || isCaptionElement(b) || isCreditElement(b)) continue;
    let inCaption = false;
    for (let a = b.parentElement; a && a !== el; a = a.parentElement) {
      if (isCaptionElement(a) || isCreditElement(a)) {
        inCaption = true;
        break;
      }
    }
    if (!inCaption) out.push(b);
  }
  return out;
}

/** Italic- or small-only text: the usual look of a caption under a picture. */
function isStyledAside(el: Element): boolean {
  const kids = Array.from(el.childNodes).filter((n) => !(n.nodeType === 3 && !(n.nodeValue ?? '').trim()));
  return kids.length === 1 && kids[0]!.nodeType === 1 && /^(?:EM|I|SMALL)$/.test((kids[0] as Element).tagName);
}

/** Text that reads as a caption when it sits with a picture: a credit, a caption class, or italic. */
function captionLike(el: Element, text: string): boolean {
  if (isCaptionElement(el) || isCreditElement(el)) return true;
  if (splitCredit(text).credit) return true;
  return text.length <= 200 && isStyledAside(el);
}

/**
 * The element that stands for the picture: the closest `figure`, or the largest wrapper around
 * the image that holds only it and a caption. Running text is never part of the unit.
 */
export function findUnit(img: Element, root: Element): Element {
  const fig = closestWhere(img, (a) => a.tagName === 'FIGURE', root);
  if (fig && textLengthUpTo(fig, 800) <= 800) return fig;
  let unit: Element = img;
  for (let depth = 0; depth < 5; depth++) {
    const parent = unit.parentElement;
    if (!parent || parent === root || !WRAPPERS.has(parent.tagName)) break;
    if (imageCount(parent) > 1) break;
    const len = textLengthUpTo(parent, 400);
    if (len > 400) break;
    if (len > 0) {
      const blocks = textBlocks(parent, unit);
      if (blocks.length > 1) break;
      // The text beside the picture must read as its caption, never as a paragraph of the story.
      const rest = linesOf(parent, (el) => el === unit || el.contains(unit));
      if (rest && !hasCaptionParts(parent, unit) && !captionLike(parent, rest) && !(blocks.length === 1 && captionLike(blocks[0]!, rest))) break;
    }
    unit = parent;
  }
  return unit;
}

/** Caption or credit elements inside `unit`, other than the image path. */
function hasCaptionParts(unit: Element, except: Element): boolean {
  for (const el of elementsIn(unit)) {
    if (el === except || el.contains(except) || except.contains(el)) continue;
    if (isCaptionElement(el) || isCreditElement(el)) return true;
  }
  return false;
}

export interface CaptionResult {
  caption: string | null;
  credit: string | null;
  /** Caption elements outside the unit (a paragraph after it), to move into the figure. */
  consumed: Element[];
}

/** Caption and credit read inside the unit. */
function readInside(unit: Element): { caption: string | null; credit: string | null } {
  if (unit.tagName === 'IMG') return { caption: null, credit: null };
  const credits: string[] = [];
  const creditEls: Element[] = [];
  for (const el of elementsIn(unit)) {
    if (creditEls.some((c) => c.contains(el))) continue;
    if (isCreditElement(el) && !hasTag(el, 'IMG')) {
      const t = linesOf(el);
      if (t && t.length <= 200) {
        credits.push(t);
        creditEls.push(el);
      }
    }
  }
  const skipCredit = (el: Element) => creditEls.includes(el);
  const figcaption = unit.tagName === 'FIGURE' ? (elementsIn(unit).find((e) => e.tagName === 'FIGCAPTION') ?? null) : null;
  let text: string;
  if (figcaption) {
    text = linesOf(figcaption, skipCredit);
    // Credit or caption elements that sit outside the figcaption, inside the figure.
    for (const el of Array.from(unit.children)) {
      if (el === figcaption || creditEls.includes(el) || hasTag(el, 'IMG')) continue;
      if (isCaptionElement(el)) text += `\n${linesOf(el, skipCredit)}`;
    }
  } else {
    text = linesOf(unit, skipCredit);
  }
  const split = splitCredit(text);
  return { caption: split.caption, credit: joinDistinct([...credits, split.credit]) };
}

/** A caption paragraph right after the unit: a caption class, short text with a credit, or the alt text. */
function siblingCaption(unit: Element, img: Element): Element | null {
  const next = unit.nextElementSibling;
  if (!next || !SIBLING_CAPTION_TAGS.has(next.tagName) || hasTag(next, 'IMG')) return null;
  const len = textLengthUpTo(next, 400);
  if (len === 0 || len > 400) return null;
  if (isCaptionElement(next) || isCreditElement(next)) return next;
  if (len > 250) return null;
  const text = linesOf(next);
  if (captionLike(next, text)) return next;
  // The alt text repeated under the picture is its caption.
  const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
  return alt.length >= 15 && text.replace(/\s+/g, ' ').startsWith(alt) ? next : null;
}

/** Alt or title, when it describes the picture (not a file name or a single word). */
function describing(img: Element): string | null {
  for (const v of [img.getAttribute('title'), img.getAttribute('alt')]) {
    const s = (v ?? '').replace(/\s+/g, ' ').trim();
    if (s.length >= 8 && /\s/.test(s) && !/\.(?:jpe?g|png|gif|webp)$/i.test(s)) return s;
  }
  return null;
}

/** Caption and credit of the picture `unit` (found with findUnit) holding `img`. */
export function readCaption(unit: Element, img: Element, inline: boolean): CaptionResult {
  const inside = inline ? { caption: null, credit: null } : readInside(unit);
  const consumed: Element[] = [];
  let caption = inside.caption;
  let credit = inside.credit;
  const sib = inline ? null : siblingCaption(unit, img);
  if (sib) {
    const creditEls = elementsIn(sib).filter(isCreditElement);
    const sibCredits = creditEls.map((e) => linesOf(e));
    const split = isCreditElement(sib) && !isCaptionElement(sib)
      ? { caption: null, credit: linesOf(sib) }
      : splitCredit(linesOf(sib, (el) => creditEls.includes(el)));
    caption = joinDistinct([caption, split.caption]);
    credit = joinDistinct([credit, ...sibCredits, split.credit]);
    consumed.push(sib);
    // "Caption" then "Credit" as two siblings.
    const after = sib.nextElementSibling;
    if (after && !hasTag(after, 'IMG') && textLengthUpTo(after, 200) <= 200 && (isCreditElement(after) || isCreditText(linesOf(after)))) {
      credit = joinDistinct([credit, linesOf(after)]);
      consumed.push(after);
    }
  }
  if (!caption) {
    const d = describing(img);
    if (d) {
      const split = splitCredit(d);
      caption = split.caption;
      credit = credit ?? split.credit;
    }
  }
  if (caption && credit && isCreditText(caption) && caption.toLowerCase() === credit.toLowerCase()) caption = null;
  return { caption, credit, consumed };
}

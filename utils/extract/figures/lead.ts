/**
 * The lead picture: a photo above the story (between headline and body, or marked by og:image)
 * that Readability leaves out of its content. Read on the prepared clone before Readability
 * changes it; put back into the article only when the text right after it made it into the
 * body, so a picture of another story is never added. Pure; reads only.
 */
import type { Figure } from '../../clip';
import { readCaption, findUnit } from './caption';
import { textLengthUpTo } from './dom-text';
import { absoluteImageUrl } from './image-url';
import { bestImageUrl, imageKey, isDecorative } from './picture';
import { nextParagraphTexts } from '../body/dek';
import { articleScope, closestWhere, headMeta, nextElement } from '../body/walk';

export interface LeadFigure {
  figure: Figure;
  /** The image element, for its width and height. */
  img: Element;
  /** The start of the first paragraph after the picture, whitespace collapsed. */
  anchor: string;
}

const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER']);
const CHROME_ROLES = new Set(['navigation', 'complementary', 'contentinfo']);

function isChrome(el: Element): boolean {
  return CHROME_TAGS.has(el.tagName) || CHROME_ROLES.has(el.getAttribute('role') ?? '');
}

function collapse(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

function ogImage(doc: Document, baseUrl: string): string | null {
  return absoluteImageUrl(headMeta(doc, ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image']), baseUrl);
}

/** A link to another page around the picture marks a teaser card, not the story's photo. */
function inTeaserLink(img: Element, baseUrl: string): boolean {
  const a = closestWhere(img, (e) => e.tagName === 'A' && e.hasAttribute('href'));
  if (!a) return false;
  const href = a.getAttribute('href') ?? '';
  if (/\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i.test(href) || href.startsWith('#')) return false;
  try {
    const target = new URL(href, baseUrl);
    const here = new URL(baseUrl);
    return target.pathname !== here.pathname || target.host !== here.host;
  } catch {
    return false;
  }
}

export function findLeadFigure(doc: Document, baseUrl: string): LeadFigure | null {
  const { root } = articleScope(doc);
  const scope = root ?? doc.body;
  if (!scope) return null;
  const og = ogImage(doc, baseUrl);
  const ogKey = og ? imageKey(og) : null;
  // Without an article container, only the page's declared share image is trusted.
  if (!root && !ogKey) return null;
  // One walk in document order: the pictures above the first paragraph of the story.
  const before: Element[] = [];
  let reachedText = false;
  let seen = 0;
  for (let el = nextElement(scope, scope); el && seen < 5000; el = nextElement(el, scope), seen++) {
    if (el.tagName === 'IMG') {
      if (before.length < 60) before.push(el);
    } else if (el.tagName === 'P' && textLengthUpTo(el, 150) >= 150) {
      reachedText = true;
      break;
    }
  }
  if (!reachedText) return null;
  let chosen: Element | null = null;
  let chosenSrc: string | null = null;
  for (const img of before) {
    if (isDecorative(img) || closestWhere(img, isChrome, scope) || inTeaserLink(img, baseUrl)) continue;
    const src = bestImageUrl(img, baseUrl);
    if (!src) continue;
    const isOg = ogKey !== null && imageKey(src) === ogKey;
    if (!root && !isOg) continue;
    if (isOg) {
      chosen = img;
      chosenSrc = src;
      break;
    }
    if (!chosen) {
      chosen = img;
      chosenSrc = src;
    }
  }
  if (!chosen || !chosenSrc) return null;
  const unit = findUnit(chosen, scope);
  const { caption, credit } = readCaption(unit, chosen, false);
  // The first paragraph after the picture anchors it to the story.
  const anchor = nextParagraphTexts(unit, scope, 1)[0];
  if (!anchor) return null;
  return { figure: { src: chosenSrc, alt: collapse(chosen.getAttribute('alt') ?? ''), caption, credit }, img: chosen, anchor };
}

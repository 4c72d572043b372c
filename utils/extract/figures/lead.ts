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

export interface LeadFigure {
  figure: Figure;
  /** The image element, for its width and height. */
  img: Element;
  /** The start of the first paragraph after the picture, whitespace collapsed. */
  anchor: string;
}

const CHROME = 'nav, aside, footer, [role=navigation], [role=complementary], [role=contentinfo]';

function collapse(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

function ogImage(doc: Document, baseUrl: string): string | null {
  for (const m of Array.from(doc.head?.getElementsByTagName('meta') ?? [])) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? '').toLowerCase();
    if (key === 'og:image' || key === 'og:image:url' || key === 'og:image:secure_url' || key === 'twitter:image') {
      const url = absoluteImageUrl(m.getAttribute('content'), baseUrl);
      if (url) return url;
    }
  }
  return null;
}

function container(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const h1 = body.getElementsByTagName('h1')[0];
  const around = h1?.closest('article, main, [role=main], [itemtype*="Article"]');
  return around ?? body.getElementsByTagName('article')[0] ?? body.querySelector('main, [role=main]');
}

/** A link to another page around the picture marks a teaser card, not the story's photo. */
function inTeaserLink(img: Element, baseUrl: string): boolean {
  const a = img.closest('a[href]');
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
  const root = container(doc);
  const og = ogImage(doc, baseUrl);
  const scope = root ?? doc.body;
  if (!scope) return null;
  const paragraphs = scope.getElementsByTagName('p');
  let firstText: Element | null = null;
  for (let i = 0; i < paragraphs.length && i < 400; i++) {
    if (textLengthUpTo(paragraphs[i]!, 150) >= 150) {
      firstText = paragraphs[i]!;
      break;
    }
  }
  if (!firstText) return null;
  const ogKey = og ? imageKey(og) : null;
  let chosen: Element | null = null;
  const imgs = scope.getElementsByTagName('img');
  for (let i = 0; i < imgs.length && i < 60; i++) {
    const img = imgs[i]!;
    // Only pictures above the first paragraph of the story.
    if (!(img.compareDocumentPosition(firstText) & 4)) break;
    if (isDecorative(img) || img.closest(CHROME) || inTeaserLink(img, baseUrl)) continue;
    const src = bestImageUrl(img, baseUrl);
    if (!src) continue;
    // Without an article container, only the page's declared share image is trusted.
    if (!root && imageKey(src) !== ogKey) continue;
    if (ogKey && imageKey(src) === ogKey) {
      chosen = img;
      break;
    }
    chosen ??= img;
  }
  if (!chosen) return null;
  const src = bestImageUrl(chosen, baseUrl)!;
  const unit = findUnit(chosen, scope);
  const { caption, credit } = readCaption(unit, chosen, false);
  // The first paragraph after the picture anchors it to the story.
  let anchor = '';
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (!(unit.compareDocumentPosition(p) & 4) || unit.contains(p)) continue;
    const t = collapse(p.textContent ?? '');
    if (t.length >= 60) {
      anchor = t.slice(0, 80);
      break;
    }
  }
  if (!anchor) return null;
  return { figure: { src, alt: collapse(chosen.getAttribute('alt') ?? ''), caption, credit }, img: chosen, anchor };
}

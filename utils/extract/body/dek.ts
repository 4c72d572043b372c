/**
 * The standfirst (dek, lede, chapô, Vorspann): the summary paragraph between the headline and
 * the story that Readability often leaves out with the page header. Found on the prepared clone
 * before Readability; put back at the top of the article only when the paragraph that follows
 * it on the page made it into the body. Pure except for restoreDek, which mutates `content`.
 */

export interface Dek {
  text: string;
  /** The start of the first paragraph after the dek, whitespace collapsed. */
  anchor: string;
}

const DEK_CLASS =
  /(?:^|[\s_-])(?:lead|lede|intro|introduction|dek|deck|standfirst|summary|excerpt|abstract|subtitle|subtitulo|sub-?headline|subhead|description|chapo|chapeau|vorspann|sapo|entradilla|bajada|sumario|strapline|teaser|subline|unterzeile|anriss|kurztext|lead-?text|intro-?text|teaser-?text)(?:[\s_-]|$)|(?:article|entry|post|story)-?(?:lead|lede|intro|summary|excerpt|teaser)/i;
const SKIP_ANCESTORS = 'nav, aside, figure, figcaption, a, li, footer, [role=navigation], [role=complementary]';

export const DEK_CLASS_NAME = 'dek';

function collapse(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

function metaDescription(doc: Document): string | null {
  for (const m of Array.from(doc.head?.getElementsByTagName('meta') ?? [])) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? '').toLowerCase();
    if (key === 'og:description' || key === 'description' || key === 'twitter:description') {
      const v = collapse(m.getAttribute('content') ?? '');
      if (v.length >= 50) return v;
    }
  }
  return null;
}

function linkShare(el: Element, textLen: number): number {
  let link = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) link += collapse(a.textContent ?? '').length;
  return textLen ? link / textLen : 0;
}

function container(doc: Document): { root: Element; h1: Element | null } | null {
  const body = doc.body;
  if (!body) return null;
  const h1 = body.getElementsByTagName('h1')[0] ?? null;
  const root = h1?.closest('article, main, [role=main], [itemtype*="Article"]') ?? body.getElementsByTagName('article')[0] ?? body.querySelector('main, [role=main]') ?? (h1 ? body : null);
  return root ? { root, h1 } : null;
}

export function findDek(doc: Document): Dek | null {
  const scope = container(doc);
  if (!scope) return null;
  const { root, h1 } = scope;
  const description = metaDescription(doc);
  const all = root.getElementsByTagName('*');
  let started = !h1 || !root.contains(h1);
  let found: Element | null = null;
  let seen = 0;
  for (let i = 0; i < all.length && seen < 400; i++) {
    const el = all[i]!;
    if (!started) {
      if (el === h1) started = true;
      continue;
    }
    seen++;
    if (h1 && h1.contains(el)) continue;
    const tag = el.tagName;
    if (tag !== 'P' && tag !== 'DIV' && tag !== 'H2' && tag !== 'H3' && tag !== 'SPAN' && tag !== 'SECTION' && tag !== 'STRONG') continue;
    const text = collapse(el.textContent ?? '');
    const cls = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('itemprop') ?? ''}`;
    const isDekClass = DEK_CLASS.test(cls) || /alternativeHeadline|description/i.test(el.getAttribute('itemprop') ?? '');
    const isDescription = description !== null && text.length >= 50 && (text === description || (text.length <= description.length + 20 && description.startsWith(text.slice(0, 60))));
    if ((isDekClass || isDescription) && text.length >= 40 && text.length <= 700 && !el.getElementsByTagName('img').length && !el.closest(SKIP_ANCESTORS) && linkShare(el, text.length) < 0.5) {
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
  const paragraphs = root.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (found.contains(p) || p.contains(found) || !(found.compareDocumentPosition(p) & 4)) continue;
    const t = collapse(p.textContent ?? '');
    if (t.length >= 60) return { text: dekText, anchor: t.slice(0, 80) };
  }
  return null;
}

/** Puts the dek back at the top of `content` when the body left it out. True when inserted. */
export function restoreDek(content: Element, dek: Dek | null | undefined): boolean {
  if (!dek) return false;
  const text = collapse(content.textContent ?? '');
  if (!text.includes(dek.anchor)) return false;
  if (text.includes(dek.text.slice(0, 60))) return false;
  const doc = content.ownerDocument;
  const p = doc.createElement('p');
  p.className = DEK_CLASS_NAME;
  p.textContent = dek.text;
  const host = content.firstElementChild?.id === 'readability-page-1' ? content.firstElementChild : content;
  host.insertBefore(p, host.firstChild);
  return true;
}

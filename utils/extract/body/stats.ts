/**
 * One post-order walk over the article that measures every element: its text length, how much
 * of it sits in links, and how many blocks of running text it holds. The cleanup rules read
 * these numbers instead of asking the DOM again for every element. Pure; reads only.
 */

export interface ElementStats {
  /** Non-whitespace characters of text. */
  text: number;
  /** Non-whitespace characters inside `<a href>`. */
  link: number;
  /** Paragraph-like blocks with at least 80 characters of text (running text). */
  paragraphs: number;
  /** Images and other media. */
  media: number;
  /** `<a href>` elements. */
  links: number;
  /** `<figure>` elements. */
  figures: number;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH']);
const PARAGRAPH = new Set(['P', 'LI', 'BLOCKQUOTE', 'PRE', 'TD', 'DD', 'H2', 'H3', 'H4']);
const MEDIA = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS']);

function countChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160 && c !== 0x200b) n++;
  }
  return n;
}

export class ArticleStats {
  private readonly map = new Map<Element, ElementStats>();

  constructor(root: Element) {
    this.measure(root, false);
  }

  private measure(el: Element, inLink: boolean): ElementStats {
    const s: ElementStats = { text: 0, link: 0, paragraphs: 0, media: 0, links: 0, figures: 0 };
    const tag = el.tagName;
    const link = inLink || (tag === 'A' && el.hasAttribute('href'));
    if (MEDIA.has(tag)) s.media++;
    if (tag === 'A' && el.hasAttribute('href')) s.links++;
    else if (tag === 'FIGURE') s.figures++;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const n = countChars(c.nodeValue ?? '');
        s.text += n;
        if (link) s.link += n;
      } else if (c.nodeType === 1) {
        const child = c as Element;
        if (SKIP.has(child.tagName)) continue;
        const cs = this.measure(child, link);
        s.text += cs.text;
        s.link += cs.link;
        s.paragraphs += cs.paragraphs;
        s.media += cs.media;
        s.links += cs.links;
        s.figures += cs.figures;
      }
    }
    if (PARAGRAPH.has(tag) && s.text >= 80 && s.paragraphs === 0) s.paragraphs = 1;
    this.map.set(el, s);
    return s;
  }

  get(el: Element): ElementStats {
    return this.map.get(el) ?? { text: 0, link: 0, paragraphs: 0, media: 0, links: 0, figures: 0 };
  }

  linkDensity(el: Element): number {
    const s = this.get(el);
    return s.text > 0 ? s.link / s.text : 0;
  }
}

/** Phrasing (inline) elements; every other element that holds elements is treated as a block. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BR', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'IMG', 'INS', 'KBD',
  'LABEL', 'MARK', 'PICTURE', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR',
  'SOURCE', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'SVG', 'MATH', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'AUDIO', 'VIDEO', 'IFRAME',
]);
const BLOCK_TAGS = /^(?:P|DIV|UL|OL|LI|TABLE|THEAD|TBODY|TR|TD|TH|H[1-6]|BLOCKQUOTE|SECTION|ARTICLE|ASIDE|HEADER|FOOTER|FIGURE|FIGCAPTION|DL|DT|DD|PRE|NAV|FORM|CENTER|MAIN|HGROUP|ADDRESS|DETAILS|SUMMARY|FIELDSET|HR)$/;

/** A block-level element, or an unknown element (custom tags) that wraps other elements. */
export function isBlock(el: Element): boolean {
  const tag = el.tagName;
  if (BLOCK_TAGS.test(tag)) return true;
  if (INLINE.has(tag)) return false;
  return el.firstElementChild !== null;
}

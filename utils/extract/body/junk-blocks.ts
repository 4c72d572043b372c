/**
 * Removes blocks inside the article that are not the article: share bars, related teasers,
 * "read also" links, newsletter boxes, ad labels, comments, widget chrome. One top-down walk;
 * each decision reads the precomputed stats. Never removes a block that holds a real share of
 * the story's text.
 */
import { CHROME_TEXT, JUNK_CLASS, LINK_PROMO_TEXT, PROMO_TEXT, READ_ALSO } from './patterns';
import { isBlock, type ArticleStats } from './stats';

export type RemoveHook = (rule: string, el: Element) => void;

/** Class names of the story container itself: never junk, whatever else they say. */
const ARTICLE_CLASS = /article-?(?:body|content|text)|entry-?content|post-?(?:body|content)|story-?(?:body|content)|main-?content|(?:^|[\s_-])(?:content|body)(?:[\s_-]|$)|readability-page|itemprop-articlebody/i;

const LEAF_BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ASIDE', 'HEADER', 'FOOTER', 'DL', 'DT', 'DD', 'UL', 'OL', 'NAV', 'SPAN', 'STRONG', 'B', 'EM', 'SMALL', 'FIGCAPTION', 'TABLE', 'BLOCKQUOTE', 'CENTER', 'FONT']);
const KEEP_TAGS = new Set(['FIGURE', 'PICTURE', 'IMG', 'TABLE', 'PRE', 'CODE', 'BLOCKQUOTE', 'VIDEO', 'AUDIO', 'IFRAME', 'MATH', 'SVG']);

export function collapse(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Class and id; ids made from a heading ("sharing-with-a-single-developer") are not class names. */
function classString(el: Element): string {
  const c = el.getAttribute('class') ?? '';
  const id = el.id.split(/[-_]/).length <= 3 ? el.id : '';
  return `${c} ${id}`.trim();
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (isBlock(c)) return true;
  return false;
}


export class JunkRemover {
  private readonly total: number;
  private readonly totalParagraphs: number;
  private readonly removed = new Set<Element>();

  constructor(
    private readonly root: Element,
    private readonly stats: ArticleStats,
    private readonly hook?: RemoveHook,
  ) {
    const s = stats.get(root);
    this.total = s.text;
    this.totalParagraphs = s.paragraphs;
  }

  run(): void {
    this.visitChildren(this.root);
    for (const el of this.removed) el.remove();
  }

  private drop(rule: string, el: Element): void {
    if (this.removed.has(el)) return;
    this.hook?.(rule, el);
    this.removed.add(el);
  }

  private visitChildren(el: Element): void {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!this.removed.has(c)) this.visit(c);
  }

  /** A block small enough to be chrome, not a section of the story. */
  private small(el: Element, share = 0.3): boolean {
    const s = this.stats.get(el);
    return s.text <= Math.max(200, this.total * share) && s.paragraphs <= Math.max(3, this.totalParagraphs * share);
  }

  private visit(el: Element): void {
    const tag = el.tagName;
    if (tag === 'FIGURE' || tag === 'PRE' || tag === 'CODE' || tag === 'TABLE' && this.stats.get(el).paragraphs > 0) return;
    const cls = classString(el);
    if (cls && !ARTICLE_CLASS.test(cls) && !KEEP_TAGS.has(tag)) {
      for (const { rule, re } of JUNK_CLASS) {
        // Teasers and comments come in many paragraphs; a share bar or an ad label never does.
        const fits = rule === 'related' || rule === 'comments' || rule === 'hidden' ? this.small(el) : this.small(el) && this.stats.get(el).paragraphs <= 1;
        if (re.test(cls) && fits) {
          this.drop(`class:${rule}`, el);
          return;
        }
      }
    }
    if (this.textRules(el)) return;
    this.visitChildren(el);
  }

  /** Rules on a block's own text. True when the block was removed. */
  private textRules(el: Element): boolean {
    const tag = el.tagName;
    if (!LEAF_BLOCKS.has(tag)) return false;
    const s = this.stats.get(el);
    if (s.text === 0 || s.text > 400) return false;
    if (s.paragraphs > 1 || s.figures > 0) return false;
    const text = collapse(el.textContent ?? '');
    if (text.length <= 160 && CHROME_TEXT.test(text)) {
      this.drop('text:chrome', el);
      return true;
    }
    const label = READ_ALSO.exec(text);
    if (label) {
      const rest = text.slice(label[0].length).replace(/^[\s:：»›>|–—-]+/, '');
      const linkShare = s.text > 0 ? s.link / s.text : 0;
      if (rest.length === 0 || (linkShare >= 0.5 && text.length <= 300) || (s.links > 0 && text.length <= 160)) {
        this.drop('text:read-also', el);
        if (rest.length === 0) this.dropListAfter(el);
        return true;
      }
    }
    if (text.length <= 300 && !hasBlockChild(el) && PROMO_TEXT.test(text)) {
      this.drop('text:promo', el);
      return true;
    }
    const linkShare = s.link / s.text;
    if (linkShare >= 0.5 && text.length <= 200 && LINK_PROMO_TEXT.test(text)) {
      this.drop('text:link-promo', el);
      return true;
    }
    // A paragraph that is one link to another story: a teaser between paragraphs.
    if ((tag === 'P' || tag === 'DIV' || /^H[2-6]$/.test(tag)) && linkShare >= 0.9 && text.length >= 15 && text.length <= 150 && s.links === 1 && !hasBlockChild(el) && !/^(?:https?:\/\/|www\.)\S+$|click\s+to\s+tweet$/i.test(text)) {
      this.drop('text:link-only', el);
      return true;
    }
    return false;
  }

  /** After a "Related" / "Read also" label: the list or teaser block it introduces. */
  private dropListAfter(el: Element): void {
    const next = el.nextElementSibling;
    if (!next) return;
    const s = this.stats.get(next);
    if (s.text > 0 && s.link / s.text >= 0.6 && this.small(next, 0.2)) this.drop('text:read-also-list', next);
  }
}

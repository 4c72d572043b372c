/**
 * Removes blocks inside the article that are not the article: share bars, related teasers,
 * "read also" links, newsletter boxes, ad labels, comments, widget chrome. One top-down walk;
 * each decision reads the precomputed stats. Never removes a block that holds a real share of
 * the story's text.
 */
import { mayContain, mayStartWith } from './phrase-gate';
import { AUTHOR_LABEL, CHROME_TEXT, CHROME_TEXT_LEAD, JUNK_CLASS, LINK_PROMO_TEXT, PROMO_TEXT, PROMO_TEXT_NEEDLES, READ_ALSO, READ_ALSO_LEAD } from './patterns';
import { isBlock, type ArticleStats } from './stats';

export type RemoveHook = (rule: string, el: Element) => void;

/** Class names of the story container itself: never junk, whatever else they say. */
const ARTICLE_CLASS = /article-?(?:body|content|text)|entry-?content|post-?(?:body|content)|story-?(?:body|content)|main-?content|(?:^|[\s_-])(?:content|body)(?:[\s_-]|$)|readability-page|itemprop-articlebody/i;

const LEAF_BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ASIDE', 'HEADER', 'FOOTER', 'DL', 'DT', 'DD', 'UL', 'OL', 'NAV', 'SPAN', 'STRONG', 'B', 'EM', 'SMALL', 'FIGCAPTION', 'TABLE', 'BLOCKQUOTE', 'CENTER', 'FONT']);
const KEEP_TAGS = new Set(['FIGURE', 'PICTURE', 'IMG', 'TABLE', 'PRE', 'CODE', 'BLOCKQUOTE', 'VIDEO', 'AUDIO', 'IFRAME', 'MATH', 'SVG']);

export function collapse(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** State classes say what a block holds ("has-sharing", "with-comments"), not what it is. */
const STATE_CLASS = /(?:^|\s)(?:has|with|no|without)[-_][\w-]+/gi;

/** Class and id; ids made from a heading ("sharing-with-a-single-developer") are not class names. */
function classString(el: Element): string {
  const c = (el.getAttribute('class') ?? '').replace(STATE_CLASS, ' ');
  const id = el.id.split(/[-_]/).length <= 3 ? el.id : '';
  return `${c} ${id}`.trim();
}

/** Hover cards and tooltips: a box of links that opens over a name in the text. */
const POPUP_CLASS = /(?:^|[\s_-])(?:tooltips?|popover|popups?|pop-up|hovercard|hover-?card|rollover|flyout)(?:[\s_-]|$)/i;

/**
 * A hover card inside running text: popup-classed, several links, and not the link that opens
 * it (the card's first child is not a link; the wrapper around name and card starts with one).
 */
function isHoverCard(el: Element, cls: string, links: number): boolean {
  if (links < 2 || !POPUP_CLASS.test(cls)) return false;
  const first = el.firstElementChild;
  return !!first && first.tagName !== 'A';
}

const REFERENCE_LABEL = /^(?:see\s+also|further\s+reading|references|notes|sources|siehe\s+auch|literatur|voir\s+aussi|véase\s+también)\b/i;

/** "Plague fears: holidaymakers quarantined [INSIGHT]": a teaser link with a section tag. */
const TEASER_TAG = /\s*\[[\p{Lu}\d][\p{Lu}\d\s&'-]{1,20}\]$/u;

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

  /** Section labels seen ("Related stories", "About the author"), in document order. */
  private readonly labels: Element[] = [];

  run(): void {
    this.visitChildren(this.root);
    const last = this.labels[this.labels.length - 1];
    if (last) this.cutAfter(last);
    for (const el of this.removed) el.remove();
  }

  /**
   * After the last section label near the end, the rest is teasers or an author box, not the
   * story: dropped when it is small, or link-heavy and under 40% of the text.
   */
  private cutAfter(label: Element): void {
    const after: Element[] = [];
    let text = 0;
    let link = 0;
    for (let a: Element | null = label; a && a !== this.root; a = a.parentElement) {
      for (let c = a.nextElementSibling; c; c = c.nextElementSibling) {
        if (this.removed.has(c)) continue;
        const s = this.stats.get(c);
        after.push(c);
        text += s.text;
        link += s.link;
      }
    }
    if (text === 0) return;
    const share = text / Math.max(1, this.total);
    if (share <= 0.15 || (share <= 0.4 && link / text >= 0.25)) for (const el of after) this.drop('text:after-label', el);
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
    if (cls && isHoverCard(el, cls, this.stats.get(el).links) && this.small(el)) {
      this.drop('class:popup', el);
      return;
    }
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
    if (text.length <= 40 && s.links === 0 && AUTHOR_LABEL.test(text)) {
      this.drop('text:author-label', el);
      this.labels.push(el);
      return true;
    }
    if (text.length <= 160 && mayStartWith(text, CHROME_TEXT_LEAD) && CHROME_TEXT.test(text)) {
      this.drop('text:chrome', el);
      return true;
    }
    const readAlso = mayStartWith(text, READ_ALSO_LEAD) ? READ_ALSO.exec(text) : null;
    if (readAlso) {
      const rest = text.slice(readAlso[0].length).replace(/^[\s:：»›>|–—-]+/, '');
      const linkShare = s.text > 0 ? s.link / s.text : 0;
      // "Weitere Beiträge zum Thema", "Want more stories like this?": a label with a short tail.
      // Only as a heading: "See more photos:" in a paragraph introduces the story's own pictures.
      const label = rest.length === 0 || (/^H[2-6]$/.test(tag) && s.links === 0 && text.length <= 50 && rest.split(/\s+/).length <= 3);
      if (label || (linkShare >= 0.5 && text.length <= 300) || (s.links > 0 && text.length <= 160)) {
        this.drop('text:read-also', el);
        if (label) {
          // A reference section ("See also", "Further reading") belongs to the document.
          if (!REFERENCE_LABEL.test(text)) this.labels.push(el);
          this.dropListAfter(el);
        }
        return true;
      }
    }
    if (text.length <= 300 && !hasBlockChild(el) && mayContain(text, PROMO_TEXT_NEEDLES) && PROMO_TEXT.test(text)) {
      this.drop('text:promo', el);
      return true;
    }
    const linkShare = s.link / s.text;
    if (linkShare >= 0.5 && text.length <= 200 && LINK_PROMO_TEXT.test(text)) {
      this.drop('text:link-promo', el);
      return true;
    }
    // A paragraph that is one link to another story: a teaser between paragraphs.
    const tagged = s.links === 1 && TEASER_TAG.test(text) ? text.replace(TEASER_TAG, '').replace(/\s/g, '').length / s.text : 1;
    if ((tag === 'P' || tag === 'DIV' || /^H[2-6]$/.test(tag)) && linkShare / tagged >= 0.9 && text.length >= 15 && text.length <= 150 && s.links === 1 && !hasBlockChild(el) && !/^(?:https?:\/\/|www\.)\S+$|click\s+to\s+tweet$/i.test(text)) {
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

/** The block holding the article, and the test for teaser cards. */
import type { PageIndex } from './page-index';

/** Class and id of an element, for word tests; empty when it has neither. */
export function hints(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return cls || id ? `${cls} ${id}` : '';
}

/** An `article` that is a teaser card: short, with its title linking to another page. */
export function isCard(article: Element): boolean {
  // The length first: a full article fails it at once, and the selector costs more than the text.
  if ((article.textContent ?? '').length >= 1500) return false;
  return article.querySelector('h1 a[href], h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4') !== null;
}

/** Class words of blocks that hold the article itself. */
const ARTICLE_BLOCK = /(?:^|[\s_-])(?:hentry|h-entry|post|entry|article|story|blog-?post|single-?post|news-?detail|article-?body|post-?content|entry-?content)(?:$|[\s_-])/i;

/** Blocks that hold an article, looked for under the blocks that follow a page title. */
const ARTICLE_SELECTOR =
  'article, [itemtype*="Article"], [itemtype*="BlogPosting"], .node-article, .hentry, .entry-content, .article-body, .post-content, .article-content';

/**
 * The block holding the article: the headline's `article`/`main`/Article-typed ancestor, else
 * an ancestor whose class says post/entry/article, else an article block right after the
 * headline, else the page's only full `article`, else `main`.
 */
export function findContainer(heading: Element | null, idx: PageIndex): Element | null {
  if (heading) {
    let byClass: Element | null = null;
    for (let p = heading.parentElement; p && p.tagName !== 'BODY'; p = p.parentElement) {
      const tag = p.tagName;
      if (tag === 'ARTICLE' || tag === 'MAIN' || p.getAttribute('role') === 'main') return p;
      if (/Article|BlogPosting|NewsArticle/i.test(p.getAttribute('itemtype') ?? '')) return p;
      if (!byClass && ARTICLE_BLOCK.test(hints(p))) byClass = p;
    }
    if (byClass) return byClass;
    // A headline printed above the article block (Drupal's page title before `.node-article`).
    for (let p: Element | null = heading, depth = 0; p && depth < 3; p = p.parentElement, depth++) {
      let sib = p.nextElementSibling;
      for (let i = 0; sib && i < 4; sib = sib.nextElementSibling, i++) {
        if (sib.tagName === 'ARTICLE' || ARTICLE_BLOCK.test(hints(sib)) || /Article|BlogPosting/i.test(sib.getAttribute('itemtype') ?? '')) return sib;
        const inner = sib.querySelector(ARTICLE_SELECTOR);
        if (inner) return inner;
      }
    }
  }
  const full = idx.articles.filter((a) => !isCard(a));
  if (full.length === 1) return full[0]!;
  return idx.mains[0] ?? null;
}


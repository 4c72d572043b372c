/**
 * Which part of the page is the article, worked out structurally (no Readability): the main
 * headline, the container around it, and a test for blocks whose dates never count
 * (sidebars, related and most-read lists, teasers, comments, footers, widgets).
 */
import type { JsonLdEntry } from '../json-ld';
import { ldStrings } from '../json-ld';
import { canonicalHref, metaValue, type PageIndex } from './page-index';

/** Class/id words of blocks that are not the article. Matched as whole hyphen/underscore parts. */
const NOT_ARTICLE_WORDS = [
  'sidebar', 'side-bar', 'sidebars', 'aside', 'rail', 'right-rail', 'related', 'relacionadas', 'relacionados', 'correlati',
  'similar', 'more-news', 'more-stories', 'more-articles', 'morenews', 'mostread', 'most-read', 'most-popular',
  'mostpopular', 'most-viewed', 'most-commented', 'popular', 'trending', 'recommend', 'recommended',
  'recommendations', 'recirc', 'recirculation', 'outbrain', 'taboola', 'comment', 'comments', 'commentlist', 'comment-list',
  'kommentar', 'kommentare', 'commentaires', 'comentarios', 'commenti', 'respond', 'replies', 'disqus',
  'widget', 'widgets', 'newsletter', 'promo', 'breadcrumb', 'breadcrumbs', 'nav', 'navbar', 'navigation', 'menu',
  'masthead', 'pagination', 'pager', 'meistgelesen', 'lesetipps', 'lesetipp', 'empfehlungen', 'weitere-artikel',
  'mehr-zum-thema', 'ticker', 'newsticker', 'latest', 'latest-news', 'news-list', 'newslist', 'carousel', 'slider',
  'archive', 'archives', 'calendar', 'cookie', 'banner', 'ad', 'ads', 'advert', 'advertisement', 'sponsored',
  'more', 'also', 'see-also', 'read-more', 'readmore', 'next', 'prev', 'previous', 'post-navigation', 'nav-links',
  'instagram-media', 'twitter-tweet', 'tiktok-embed', 'embed', 'oembed', 'social-embed',
  'mas-noticias', 'mas-leidas', 'plus-lus', 'a-lire-aussi', 'lire-aussi', 'leggi-anche', 'zobacz-tez', 'читайте-также',
];
const NOT_ARTICLE = new RegExp(`(?:^|[\\s_-])(?:${NOT_ARTICLE_WORDS.map((w) => w.replace(/-/g, '[-_]?')).join('|')})(?:$|[\\s_-])`, 'i');
/** Whole-word tests that would over-match as parts ("more" inside "read-more" is fine, "footer" inside "entry-footer" is not). */
const FOOTER = /(?:^|[\s_-])footer(?:$|[\s_-])|^footer|footer$/i;
const HEADER = /(?:^|[\s_-])(?:site-?header|page-?header|top-?bar|header-?top|topbar)(?:$|[\s_-])/i;
const ARTICLE_META = /(?:^|[\s_-])(?:byline|dateline|meta|date|time|author|info|kicker|header|published|updated)(?:$|[\s_-])/i;

const BYLINE_HINT = /byline|meta|date|time|author|info|kicker|dateline|subline|datum|fecha/i;
const DATEISH = /date|time|datum|fecha|published|posted/i;

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'SELECT', 'BUTTON', 'OPTION', 'TEXTAREA', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'HEAD']);

export interface PageScope {
  heading: Element | null;
  /** The article element around the heading (`article`, `[itemtype*=Article]`, `main`), if any. */
  container: Element | null;
  /** True when dates inside `el` never count. */
  isExcluded(el: Element): boolean;
  /** True when a date element sits inside a block whose dates never count (its own class is not judged). */
  inExcludedBlock(el: Element): boolean;
  /** True when the element's own tag or class marks it as a block that is not the article. */
  rejectsSubtree(el: Element): boolean;
}

function norm(s: string): string {
  return s.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** How well a heading's text matches one of the page's stated titles (0–1). */
function titleMatch(text: string, titles: string[]): number {
  const t = norm(text);
  if (t.length < 4) return 0;
  let best = 0;
  for (const title of titles) {
    const n = norm(title);
    if (!n) continue;
    if (n === t) return 1;
    if (n.includes(t) || t.includes(n)) best = Math.max(best, Math.min(t.length, n.length) / Math.max(t.length, n.length) * 0.5 + 0.45);
    else {
      const a = new Set(t.split(' '));
      const b = n.split(' ');
      const common = b.filter((w) => a.has(w)).length;
      best = Math.max(best, (common / Math.max(a.size, b.length)) * 0.8);
    }
  }
  return best;
}

function metaTitles(doc: Document, idx: PageIndex, jsonLd: readonly JsonLdEntry[]): string[] {
  const out: string[] = [];
  for (const key of ['og:title', 'twitter:title']) {
    const c = metaValue(idx, key);
    if (c) out.push(c);
  }
  for (const e of jsonLd) {
    if (e.depth > 2) continue;
    out.push(...ldStrings(e.node.headline, 'headline').slice(0, 1));
  }
  const title = doc.title ?? '';
  if (title) {
    out.push(title);
    // "Headline | Site" and "Site - Headline": each part may be the headline.
    const site = (metaValue(idx, 'og:site_name') ?? '').trim().toLowerCase();
    for (const part of title.split(/\s+[|–—•·:»-]\s+/)) if (part.length > 15 && part.trim().toLowerCase() !== site) out.push(part);
  }
  return out;
}

function hints(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return cls || id ? `${cls} ${id}` : '';
}

/** An `article` that is a teaser card: short, with its title linking to another page. */
function isCard(article: Element): boolean {
  if (!article.querySelector('h1 a[href], h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4')) return false;
  return (article.textContent ?? '').length < 1500;
}

/** Class words of blocks that hold the article itself. */
const ARTICLE_BLOCK = /(?:^|[\s_-])(?:hentry|h-entry|post|entry|article|story|blog-?post|single-?post|news-?detail|article-?body|post-?content|entry-?content)(?:$|[\s_-])/i;

/** A heading that links to the site's front page is the site's name, not a headline. */
function linksHome(h: Element): boolean {
  const href = h.querySelector('a[href]')?.getAttribute('href');
  if (!href) return false;
  try {
    const u = new URL(href, 'https://site.invalid/');
    return (u.pathname === '/' || u.pathname === '') && !u.search;
  } catch {
    return false;
  }
}

function findHeading(idx: PageIndex, titles: string[], rejects: (el: Element) => boolean, body: Element): Element | null {
  const insideChrome = (el: Element): boolean => {
    for (let p: Element | null = el.parentElement; p && p !== body; p = p.parentElement) if (rejects(p)) return true;
    return false;
  };
  const scoreOf = (h: Element, base: number): number => {
    const text = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < 3) return 0;
    const logo =
      (h.closest('header') && !h.closest('article') && text.length < 25 ? 0.2 : 0) +
      (linksHome(h) ? 0.6 : 0) +
      (text.length < 30 && h.querySelector('img, svg, object') ? 0.4 : 0);
    return base + titleMatch(text, titles) + (text.length > 15 ? 0.1 : 0) - logo - (insideChrome(h) ? 0.3 : 0);
  };
  let best: Element | null = null;
  let bestScore = 0;
  for (const h of idx.h1s) {
    const s = scoreOf(h, 0.4);
    if (s > bestScore) {
      bestScore = s;
      best = h;
    }
  }
  const others = [...idx.itemprops.filter((e) => e.getAttribute('itemprop') === 'headline'), ...idx.h2s, ...idx.h3s];
  for (const h of others) {
    const s = scoreOf(h, h.getAttribute('itemprop') === 'headline' ? 0.3 : 0) - (titleMatch(h.textContent ?? '', titles) < 0.5 ? 1 : 0);
    if (s > bestScore) {
      bestScore = s;
      best = h;
    }
  }
  return bestScore >= 0.3 ? best : null;
}

/**
 * The block holding the article: the headline's `article`/`main`/Article-typed ancestor, else
 * an ancestor whose class says post/entry/article, else the page's only full `article`.
 */
const ARTICLE_SELECTOR =
  'article, [itemtype*="Article"], [itemtype*="BlogPosting"], .node-article, .hentry, .entry-content, .article-body, .post-content, .article-content';

function findContainer(heading: Element | null, idx: PageIndex): Element | null {
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

function pageKey(href: string, base: string): string | null {
  try {
    const u = new URL(href, base);
    return `${u.host}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return null;
  }
}

export function buildScope(doc: Document, idx: PageIndex, jsonLd: readonly JsonLdEntry[], url: string): PageScope {
  const self = new Set<string>();
  for (const u of [url, canonicalHref(idx), metaValue(idx, 'og:url')]) {
    const k = u ? pageKey(u, url) : null;
    if (k) self.add(k);
  }
  const isSelf = (href: string): boolean => href.startsWith('#') || self.has(pageKey(href, url) ?? '');
  // Microdata that marks the article body: a "widget" or "sidebar"-classed block holding it is
  // the page's main column (Blogger puts every post inside `div.widget.Blog`).
  const bodyMarkers = idx.itemprops.filter((e) => /^(?:articlebody|blogpost|mainentity)$/i.test(e.getAttribute('itemprop') ?? '')).slice(0, 5);
  const holdsArticle = (el: Element): boolean => bodyMarkers.some((m) => el.contains(m));
  // Set once the container is known; heading detection runs before it and sees every aside as a sidebar.
  const containerRef: { el: Element | null } = { el: null };
  const rejectsSubtree = (el: Element): boolean => {
    const tag = el.tagName;
    if (SKIP_TAGS.has(tag.toUpperCase())) return true;
    if (tag === 'NAV') return !ARTICLE_META.test(hints(el));
    // A short aside inside the article is its info box ("Datum 12.01.2017"); others are sidebars.
    if (tag === 'ASIDE') return !ARTICLE_META.test(hints(el)) && !(containerRef.el?.contains(el) && (el.textContent ?? '').length < 200);
    const role = el.getAttribute('role');
    if (role === 'navigation' || role === 'complementary' || role === 'contentinfo') return true;
    if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
    const h = hints(el);
    // "news-list-date" names a date element, not a list: only containers are judged by class.
    if (h && NOT_ARTICLE.test(h) && !DATEISH.test(h) && !holdsArticle(el)) return true;
    const itemtype = el.getAttribute('itemtype');
    if (itemtype && /Comment|Answer|WPSideBar|SiteNavigationElement|WPFooter/i.test(itemtype)) return true;
    return false;
  };
  const body = doc.body ?? doc.documentElement;
  const heading = findHeading(idx, metaTitles(doc, idx, jsonLd), rejectsSubtree, body);
  const container = findContainer(heading, idx);
  containerRef.el = container;
  const headingInArticle = Boolean(heading?.closest('article'));
  const cards = new Map<Element, boolean>();
  const card = (a: Element): boolean => {
    let v = cards.get(a);
    if (v === undefined) cards.set(a, (v = isCard(a)));
    return v;
  };
  /** Inside the article container or in a full (non-card) `article`. */
  const inArticle = (el: Element): boolean => {
    if (container && container.contains(el)) return true;
    const a = el.closest('article');
    return a !== null && !card(a) && !headingInArticle;
  };
  const cache = new Map<Element, boolean>();

  const headingBlock = heading?.parentElement ?? null;
  const excludedHere = (el: Element): boolean => {
    // The headline's byline and kicker lines count, whatever else their class says.
    const besideHeading =
      headingBlock !== null && el.parentElement === headingBlock && BYLINE_HINT.test(hints(el)) && (el.textContent ?? '').length < 400;
    if (!besideHeading && rejectsSubtree(el)) return true;
    if (besideHeading && SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
    const tag = el.tagName;
    if (tag === 'FOOTER' || FOOTER.test(hints(el))) return !inArticle(el);
    // The site's masthead often prints today's date; an article header holds the headline.
    if ((tag === 'HEADER' || HEADER.test(hints(el))) && heading) return !inArticle(el);
    if (tag === 'ARTICLE' && heading && (headingInArticle ? el !== container && !el.contains(heading) : card(el))) return true;
    if (tag === 'LI') {
      // A dated item of a link list (related, latest): its link carries the item's text.
      const a = el.querySelector('a[href]');
      if (a && (a.textContent ?? '').trim().length >= 20) return true;
    }
    // A headline-sized link is a teaser for another page; a permalink around the date is not.
    if (tag === 'A' && el.hasAttribute('href') && el.getAttribute('rel') !== 'bookmark') {
      return (el.textContent ?? '').trim().length > 40 && !isSelf(el.getAttribute('href') ?? '');
    }
    return false;
  };

  const isExcluded = (el: Element): boolean => {
    const seen: Element[] = [];
    let result = false;
    for (let p: Element | null = el; p && p !== doc.body && p !== doc.documentElement; p = p.parentElement) {
      // Blocks that hold the headline are the article's surroundings, never a sidebar.
      if (heading && p.contains(heading)) break;
      const known = cache.get(p);
      if (known !== undefined) {
        result = known;
        break;
      }
      seen.push(p);
      if (excludedHere(p)) {
        result = true;
        break;
      }
    }
    for (const s of seen) cache.set(s, result);
    return result;
  };

  const inExcludedBlock = (el: Element): boolean => {
    const parent = el.parentElement;
    return parent ? isExcluded(parent) : false;
  };

  return { heading, container, isExcluded, inExcludedBlock, rejectsSubtree };
}

/**
 * Which part of the page is the article, worked out structurally (no Readability): the main
 * headline, the container around it, and a test for blocks whose dates never count
 * (sidebars, related and most-read lists, teasers, comments, footers, widgets).
 */
import type { JsonLdEntry } from '../json-ld';
import { findContainer, hints, isCard } from './container';
import { findHeading, metaTitles } from './heading';
import { canonicalHref, metaValue, type PageIndex } from './page-index';
import { anyAncestor } from '../ancestors';
import { classWordTest } from '../class-words';

/** Class/id words of blocks that are not the article. Matched as whole hyphen/underscore parts (class-words.ts). */
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
const isNotArticle = classWordTest(NOT_ARTICLE_WORDS);
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
    if (h && isNotArticle(h) && !DATEISH.test(h) && !holdsArticle(el)) return true;
    const itemtype = el.getAttribute('itemtype');
    if (itemtype && /Comment|Answer|WPSideBar|SiteNavigationElement|WPFooter/i.test(itemtype)) return true;
    return false;
  };
  // Read once: jsdom looks the body up among the root's children on every read.
  const docBody = doc.body;
  const docRoot = doc.documentElement;
  const body = docBody ?? docRoot;
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

  // Blocks that hold the headline are the article's surroundings, never a sidebar.
  const stopAt = (p: Element): boolean => p === docBody || p === docRoot || (heading !== null && p.contains(heading));
  const isExcluded = (el: Element): boolean => anyAncestor(el, cache, excludedHere, stopAt);

  const inExcludedBlock = (el: Element): boolean => {
    const parent = el.parentElement;
    return parent ? isExcluded(parent) : false;
  };

  return { heading, container, isExcluded, inExcludedBlock, rejectsSubtree };
}

/**
 * Is the page one article? Home pages, section fronts, tag and search pages, and archives
 * list many articles: their "body" is a run of linked headlines with teasers. Signals are
 * general, never per site: what the page says it is (JSON-LD and og types), what its URL
 * looks like, and the shape of the text Readability chose (linked headings per paragraph,
 * link density). Pure.
 */
import { isArticleType } from '../json-ld';
import { WORD_CHAR } from '../word-boundary';
import type { LdView } from './ld';
import type { MetaTags } from './meta-tags';

export interface PageSignals {
  /** JSON-LD describes an article with a headline or body. */
  ldArticle: boolean;
  /** JSON-LD describes a collection, a search result page or a list of items, and no article. */
  ldListing: boolean;
  ogType: string | null;
  urlKind: 'home' | 'listing' | 'search' | null;
  /** The page has "next page" navigation. */
  pagination: boolean;
}

export interface ContentSignals {
  /** Headings inside the chosen body that are links to other pages. */
  linkedHeadings: number;
  /** Paragraphs of 15 words or more inside the chosen body. */
  paragraphs: number;
  /** Share of the body's text inside links. */
  linkDensity: number;
  /** `<time>` elements inside the chosen body. */
  times: number;
  /** Words outside links per linked heading: a teaser has a sentence or two, a listicle's entry more. */
  wordsPerLinkedHeading: number;
}

export interface ReaderableVerdict {
  readerable: boolean;
  reason: string | null;
}

const LISTING_TYPES = new Set(['collectionpage', 'searchresultspage', 'itemlist', 'profilepage', 'blog', 'webpage-list']);

function urlKind(url: string): PageSignals['urlKind'] {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const path = u.pathname.toLowerCase();
  const q = u.searchParams;
  if (/\/search(?:\/|$)|\/suche(?:\/|$)|\/recherche(?:\/|$)|\/buscar?(?:\/|$)/.test(path) || q.has('s') || q.has('q') || q.has('query') || q.has('search')) return 'search';
  if ((path === '/' || /^\/(?:index\.\w+|home|[a-z]{2}(?:-[a-z]{2})?)\/?$/.test(path)) && [...q.keys()].every((k) => /^utm_|^ref$|^lang$/.test(k))) return 'home';
  if (/\/(?:tag|tags|category|categories|topic|topics|thema|themen|rubrik|section|sections|archive|archives|archiv|author|authors|autor|page)\/[^/]*\/?$/.test(path) || /\/page\/\d+\/?$/.test(path)) return 'listing';
  return null;
}

export function readPageSignals(doc: Document, meta: MetaTags, ld: LdView, url: string): PageSignals {
  const a = ld.article;
  const ldArticle = Boolean(a && ('headline' in a || 'articleBody' in a) && isArticleType(ld.entries.find((e) => e.node === a)?.types ?? []) && !(ld.entries.find((e) => e.node === a)?.types ?? []).every((t) => t === 'webpage' || t === 'creativework'));
  const ldListing = !ldArticle && ld.entries.some((e) => e.depth === 0 && e.types.some((t) => LISTING_TYPES.has(t)));
  const kind = urlKind(url);
  // Only list-like addresses ask about pagination (articles can be paginated too). No `i` flag:
  // jsdom's selector engine is several times slower with it.
  const pagination =
    kind !== null && Boolean(doc.querySelector('a[rel~="next"], link[rel~="next"], [class*="paginat"], [class*="Paginat"], [class*="pager"], [class*="Pager"]'));
  return { ldArticle, ldListing, ogType: meta.get('og:type')?.toLowerCase() ?? null, urlKind: kind, pagination };
}

/** Shape of the body Readability chose, measured before our clean-up removes teasers. */
export function readContentSignals(content: Element | null, url: string): ContentSignals {
  if (!content) return { linkedHeadings: 0, paragraphs: 0, linkDensity: 0, times: 0, wordsPerLinkedHeading: 0 };
  let page: string;
  try {
    const u = new URL(url);
    page = u.origin + u.pathname;
  } catch {
    page = url;
  }
  let linkedHeadings = 0;
  for (const h of Array.from(content.querySelectorAll('h1, h2, h3, h4'))) {
    const text = (h.textContent ?? '').trim();
    if (!text) continue;
    const link = h.querySelector('a[href]') ?? h.closest('a[href]');
    if (!link) continue;
    const href = (link as HTMLAnchorElement).href || link.getAttribute('href') || '';
    if (!href || href.startsWith('#') || href.split('#')[0] === page) continue;
    const linkText = (link.contains(h) ? text : (link.textContent ?? '').trim()).length;
    if (linkText >= 0.6 * text.length) linkedHeadings++;
  }
  let paragraphs = 0;
  for (const p of Array.from(content.getElementsByTagName('p'))) {
    const words = (p.textContent ?? '').trim().split(/\s+/).length;
    if (words >= 15) paragraphs++;
  }
  const text = content.textContent ?? '';
  const all = text.replace(/\s+/g, '').length;
  let linked = 0;
  let linkWords = 0;
  for (const a of Array.from(content.getElementsByTagName('a'))) {
    const t = a.textContent ?? '';
    linked += t.replace(/\s+/g, '').length;
    linkWords += wordCount(t);
  }
  const plainWords = Math.max(0, wordCount(text) - linkWords);
  return {
    linkedHeadings,
    paragraphs,
    linkDensity: all > 0 ? linked / all : 0,
    times: content.getElementsByTagName('time').length,
    wordsPerLinkedHeading: linkedHeadings > 0 ? plainWords / linkedHeadings : plainWords,
  };
}

const WORD_RUN = new RegExp(`${WORD_CHAR}+`, 'g');

function wordCount(s: string): number {
  return s.match(WORD_RUN)?.length ?? 0;
}

/** Teasers run to a sentence or two under each headline; a listicle's entries are longer. */
const TEASER_WORDS = 60;

export function judge(page: PageSignals, content: ContentSignals, hasContent: boolean, wordCount: number): ReaderableVerdict {
  if (!hasContent || wordCount === 0) return { readerable: false, reason: 'No article text was found on this page.' };
  const teaserList =
    content.linkedHeadings >= 4 && content.linkedHeadings >= 0.5 * Math.max(1, content.paragraphs) && content.wordsPerLinkedHeading < TEASER_WORDS;
  const declaredArticle = page.ldArticle || page.ogType === 'article';
  if (teaserList && !(declaredArticle && content.paragraphs >= 2 * content.linkedHeadings)) {
    const what = page.urlKind === 'home' ? 'a home page' : page.urlKind === 'search' ? 'a page of search results' : 'a section or list page';
    return {
      readerable: false,
      reason: `This looks like ${what}: it lists ${content.linkedHeadings} linked headlines rather than one article.`,
    };
  }
  if (!declaredArticle && page.ldListing) {
    return { readerable: false, reason: 'The page describes itself as a collection of articles, not one article.' };
  }
  if (!declaredArticle && page.urlKind === 'search') {
    return { readerable: false, reason: 'This looks like a page of search results, not an article.' };
  }
  if (!declaredArticle && (page.urlKind === 'home' || page.urlKind === 'listing') && (content.linkDensity > 0.3 || content.times >= 3 || page.pagination)) {
    return {
      readerable: false,
      reason: page.urlKind === 'home' ? "This looks like a site's home page, not an article." : 'This looks like a section, tag or archive page, not an article.',
    };
  }
  if (content.linkDensity > 0.5 && content.paragraphs < 3 && wordCount < 500) {
    return { readerable: false, reason: 'The page is mostly links: it does not hold an article.' };
  }
  return { readerable: true, reason: null };
}

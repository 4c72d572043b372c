/**
 * One pass over the document collecting every element the date pass reads. In jsdom a
 * TreeWalker is several times cheaper than attribute selectors (`[itemprop]`), and live
 * collections (`getElementsByTagName`) cost a full traversal per indexed access.
 */

export interface PageIndex {
  metas: Element[];
  links: Element[];
  /** `h1`, `h2` and `h3` elements, each in document order (bounded). */
  h1s: Element[];
  h2s: Element[];
  /** `h3`–`h6`: some templates print the headline in a minor heading. */
  h3s: Element[];
  /** `time` elements, anything with a `datetime` attribute, and hAtom `abbr.published[title]`. */
  times: Element[];
  /** Non-meta elements with an `itemprop`. */
  itemprops: Element[];
  articles: Element[];
  mains: Element[];
  /**
   * `application/ld+json` scripts, for a fallback when a block is not valid JSON. Their text is
   * read only then: on most pages the parsed JSON-LD has the dates.
   */
  ldScripts: Element[];
}

const LIMIT = 400;

export function emptyPageIndex(): PageIndex {
  return { metas: [], links: [], h1s: [], h2s: [], h3s: [], times: [], itemprops: [], articles: [], mains: [], ldScripts: [] };
}

/** `names` (the attribute names, when the caller has them) spares the attribute lookups. */
function has(el: Element, names: readonly string[] | undefined, name: string): boolean {
  return names ? names.includes(name) : el.hasAttribute(name);
}

/**
 * Adds one element to the index. Called for every element in document order, by indexPage or
 * by a walk another pass makes anyway (the metadata index), so the page is walked once.
 */
export function addToPageIndex(idx: PageIndex, el: Element, names?: readonly string[]): void {
  switch (el.tagName) {
    case 'META':
      if (idx.metas.length < LIMIT) idx.metas.push(el);
      return;
    case 'LINK':
      if (idx.links.length < LIMIT) idx.links.push(el);
      return;
    case 'H1':
      if (idx.h1s.length < 20) idx.h1s.push(el);
      break;
    case 'H2':
      if (idx.h2s.length < 40) idx.h2s.push(el);
      break;
    case 'H3':
    case 'H4':
    case 'H5':
    case 'H6':
      if (idx.h3s.length < 60) idx.h3s.push(el);
      break;
    case 'TIME':
      if (idx.times.length < LIMIT) idx.times.push(el);
      if (has(el, names, 'itemprop') && idx.itemprops.length < LIMIT) idx.itemprops.push(el);
      return;
    case 'ARTICLE':
      if (idx.articles.length < LIMIT) idx.articles.push(el);
      break;
    case 'MAIN':
      idx.mains.push(el);
      break;
    case 'ABBR':
      // hAtom: <abbr class="published" title="2012-12-16T19:05">16.12.2012</abbr>
      if (has(el, names, 'title') && /publish|updated|date|time/i.test(el.getAttribute('class') ?? '') && idx.times.length < LIMIT) idx.times.push(el);
      break;
    case 'SCRIPT':
      if (/ld\+json/i.test(el.getAttribute('type') ?? '') && idx.ldScripts.length < 20) idx.ldScripts.push(el);
      return;
    case 'STYLE':
      return;
    default:
      break;
  }
  if (names ? names.length === 0 : !el.hasAttributes()) return;
  if (has(el, names, 'itemprop') && idx.itemprops.length < LIMIT) idx.itemprops.push(el);
  if (has(el, names, 'datetime') && idx.times.length < LIMIT) idx.times.push(el);
}

export function indexPage(doc: Document): PageIndex {
  const idx = emptyPageIndex();
  const root = doc.documentElement;
  if (!root) return idx;
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) addToPageIndex(idx, n as Element);
  return idx;
}

/** Content of the first meta whose name/property (lower-case) is `key`. */
export function metaValue(idx: PageIndex, key: string): string | null {
  for (const m of idx.metas) {
    const name = (m.getAttribute('property') ?? m.getAttribute('name') ?? '').trim().toLowerCase();
    if (name === key) return m.getAttribute('content')?.trim() || null;
  }
  return null;
}

export function canonicalHref(idx: PageIndex): string | null {
  for (const l of idx.links) {
    if (/(?:^|\s)canonical(?:\s|$)/i.test(l.getAttribute('rel') ?? '')) return l.getAttribute('href');
  }
  return null;
}

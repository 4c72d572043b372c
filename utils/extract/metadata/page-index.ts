/**
 * One walk over the prepared clone collecting every element the metadata readers look at.
 * In jsdom each `querySelectorAll` compiles a selector and visits the whole tree, each live
 * collection index re-walks it, and `document.baseURI` runs a selector query per read; one
 * sibling-link walk replaces them all. Lists are in document order, so readers see elements
 * in the same order the queries gave. Pure; reads only.
 */

/** Byline-ish class names (the old selector list, as one regex over the class attribute). */
export const BYLINE_CLASS = /author|byline|autor|auteur|redakteur|writer|postmeta|post-meta|entry-meta|article-meta|submitted/i;
const BYLINE_ID = /author|byline/i;
/** Tags that hold a byline written as text ("By Jane Doe", "Autor: …"). */
const TEXT_BYLINE_TAGS = new Set(['P', 'STRONG', 'B', 'ADDRESS', 'SMALL', 'EM', 'DT', 'H5', 'H6']);
const MAX_TEXT_BYLINES = 3000;
const MAX_ANCHORS = 80;

export interface MetaPage {
  doc: Document;
  /** The base URL relative links resolve against (`document.baseURI`, read once). */
  base: string;
  metas: Element[];
  links: Element[];
  /** The first links of the page (logo and "home" links sit in the header). */
  anchors: Element[];
  h1s: Element[];
  h2s: Element[];
  /** Non-meta elements with `itemprop~=headline`. */
  headlines: Element[];
  /** The first element named `title` (what `getElementsByTagName('title')[0]` gives). */
  titleEl: Element | null;
  /** `rel~=author`, `itemprop~=author`, `data-author`, and author/byline classes and ids. */
  bylines: Element[];
  /** p, strong, b, address, small, em, dt, h5, h6: the first few thousand. */
  textBylines: Element[];
}

function hasToken(value: string | null, token: string, lower: boolean): boolean {
  if (!value) return false;
  const v = lower ? value.toLowerCase() : value;
  if (!v.includes(token)) return false;
  return v.split(/[\t\n\f\r ]+/).includes(token);
}

/** `rel` tokens match case-insensitively (HTML), `itemprop` tokens exactly, as selectors do. */
export const relHas = (el: Element, token: string): boolean => hasToken(el.getAttribute('rel'), token, true);
export const itempropHas = (el: Element, token: string): boolean => hasToken(el.getAttribute('itemprop'), token, false);

/** `names`: the element's attribute names, read once (in jsdom each attribute lookup is a scan). */
function isByline(el: Element, names: readonly string[]): boolean {
  for (const name of names) {
    switch (name) {
      case 'data-author':
        return true;
      case 'rel':
        if (relHas(el, 'author')) return true;
        break;
      case 'itemprop':
        if (itempropHas(el, 'author')) return true;
        break;
      case 'class':
        if (BYLINE_CLASS.test(el.getAttribute('class') ?? '')) return true;
        break;
      case 'id':
        if (BYLINE_ID.test(el.getAttribute('id') ?? '')) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

const NO_NAMES: readonly string[] = [];

/** `visit` is handed every element below the root too (with its attribute names), for passes that index the page alongside. */
export function indexMetaPage(doc: Document, url: string, visit?: (el: Element, names: readonly string[]) => void): MetaPage {
  const page: MetaPage = { doc, base: url, metas: [], links: [], anchors: [], h1s: [], h2s: [], headlines: [], titleEl: null, bylines: [], textBylines: [] };
  const root = doc.documentElement;
  let hasBase = false;
  if (root) {
    hasBase = indexElement(page, root, undefined);
    // A TreeWalker allocates nothing per step (jsdom's firstElementChild and nextElementSibling
    // each build an iterator) and, unlike those, cannot be misled by a clobbered form.
    const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (indexElement(page, n as Element, visit)) hasBase = true;
  }
  // Without a <base>, the base URL is the document's own URL: no selector query needed.
  page.base = (hasBase ? doc.baseURI : doc.URL) || url;
  return page;
}

/** Files one element; true when it is a `<base href>`. */
function indexElement(page: MetaPage, el: Element, visit: ((el: Element, names: readonly string[]) => void) | undefined): boolean {
  let isBase = false;
  const tag = el.tagName;
  switch (tag) {
    case 'META':
      page.metas.push(el);
      break;
    case 'LINK':
      page.links.push(el);
      break;
    case 'BASE':
      if (el.hasAttribute('href')) isBase = true;
      break;
    case 'H1':
      page.h1s.push(el);
      break;
    case 'H2':
      page.h2s.push(el);
      break;
    default:
      break;
  }
  const names = el.hasAttributes() ? el.getAttributeNames() : NO_NAMES;
  if (visit) visit(el, names);
  const local = el.localName;
  if (local === 'a' && page.anchors.length < MAX_ANCHORS) page.anchors.push(el);
  else if (local === 'title') page.titleEl ??= el;
  if (TEXT_BYLINE_TAGS.has(tag) && page.textBylines.length < MAX_TEXT_BYLINES) page.textBylines.push(el);
  if (names.length > 0) {
    if (tag !== 'META' && names.includes('itemprop') && itempropHas(el, 'headline')) page.headlines.push(el);
    if (isByline(el, names)) page.bylines.push(el);
  }
  return isBase;
}

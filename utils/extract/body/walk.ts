/**
 * Plain tree walks. Live HTMLCollections and selector queries are slow in jsdom (a proxy per
 * index, a selector compile per call); these walks touch each element once. Pure; read only.
 */

/** The element after `el` in document order within `root`; past `el`'s subtree when `skipChildren`. */
export function nextElement(el: Element, root: Element, skipChildren = false): Element | null {
  if (!skipChildren && el.firstElementChild) return el.firstElementChild;
  for (let a: Element | null = el; a && a !== root; a = a.parentElement) {
    if (a.nextElementSibling) return a.nextElementSibling;
  }
  return null;
}

/** Elements under `root` (not `root` itself) in document order, at most `limit`. */
export function elementsIn(root: Element, limit = Infinity): Element[] {
  const out: Element[] = [];
  for (let el = root.firstElementChild ? nextElement(root, root) : null; el && out.length < limit; el = nextElement(el, root)) out.push(el);
  return out;
}

/** Elements under `root` with one of the tag names (upper case), in document order. */
export function elementsByTag(root: Element, tags: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  for (let el = nextElement(root, root); el; el = nextElement(el, root)) if (tags.has(el.tagName)) out.push(el);
  return out;
}

/** The first ancestor-or-self of `el` (below `stop`) for which `test` holds. */
export function closestWhere(el: Element, test: (e: Element) => boolean, stop?: Element | null): Element | null {
  for (let a: Element | null = el; a && a !== stop; a = a.parentElement) if (test(a)) return a;
  return null;
}

/** `<meta>` values of the document head, by lower-cased property or name. */
export function headMeta(doc: Document, keys: readonly string[]): string | null {
  const head = doc.head;
  if (!head) return null;
  for (const key of keys) {
    for (let m = nextElement(head, head); m; m = nextElement(m, head)) {
      if (m.tagName !== 'META') continue;
      const k = (m.getAttribute('property') ?? m.getAttribute('name') ?? '').toLowerCase();
      const v = m.getAttribute('content');
      if (k === key && v && v.trim()) return v.trim();
    }
  }
  return null;
}

/** Landmarks seen on a walk over the page: the first h1, article and main. */
export interface Landmarks {
  h1: Element | null;
  article: Element | null;
  main: Element | null;
}

export interface ArticleScope {
  root: Element | null;
  h1: Element | null;
}

const scopes = new WeakMap<Document, ArticleScope>();

function scopeFrom(body: Element | null, marks: Landmarks): ArticleScope {
  const { h1 } = marks;
  const around = h1
    ? closestWhere(h1, (a) => a.tagName === 'ARTICLE' || a.tagName === 'MAIN' || a.getAttribute('role') === 'main' || /Article/.test(a.getAttribute('itemtype') ?? ''), body)
    : null;
  return { root: around ?? marks.article ?? marks.main, h1 };
}

/** Records the landmarks a walk over the prepared page found, so articleScope needs no walk of its own. */
export function rememberLandmarks(doc: Document, marks: Landmarks): void {
  scopes.set(doc, scopeFrom(doc.body, marks));
}

/** The element that holds the story on the prepared page: the headline's article or main, else the first article. */
export function articleScope(doc: Document): ArticleScope {
  const cached = scopes.get(doc);
  if (cached) return cached;
  const body = doc.body;
  const marks: Landmarks = { h1: null, article: null, main: null };
  if (body) {
    for (let el = nextElement(body, body); el; el = nextElement(el, body)) noteLandmark(el, marks);
  }
  const result = scopeFrom(body, marks);
  scopes.set(doc, result);
  return result;
}

/** Notes `el` if it is the first h1, article or main seen. */
export function noteLandmark(el: Element, marks: Landmarks): void {
  const tag = el.tagName;
  if (tag === 'H1') marks.h1 ??= el;
  else if (tag === 'ARTICLE') marks.article ??= el;
  else if (tag === 'MAIN' || (!marks.main && el.getAttribute('role') === 'main')) marks.main ??= el;
}

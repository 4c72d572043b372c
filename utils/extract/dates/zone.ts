/**
 * The text around the headline, read with a bounded walk: a few hundred characters before
 * it and about a thousand after, skipping blocks that are not the article. Cheap on any page
 * size because the walk stops at its budget, not at the end of the document.
 */
import type { PageScope } from './scope';

const BLOCK = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'FOOTER', 'SECTION', 'ARTICLE', 'TABLE',
  'TR', 'TD', 'TH', 'BR', 'DL', 'DT', 'DD', 'FIGURE', 'FIGCAPTION', 'BLOCKQUOTE', 'MAIN', 'ASIDE', 'NAV', 'ADDRESS', 'HR', 'PRE',
]);

export interface ZoneSpan {
  start: number;
  end: number;
  node: Text;
}

export interface ZoneElement {
  el: Element;
  /** Offset in the zone text where the element starts. */
  pos: number;
}

export interface Zone {
  /** Whitespace-collapsed text; block boundaries are `\n`. */
  text: string;
  /** Offset of the headline in `text` (its own text is left out). */
  headingPos: number;
  spans: ZoneSpan[];
  /** `time` elements and elements with a `datetime`, met in the zone, in document order. */
  elements: ZoneElement[];
}

export interface ZoneBudget {
  before: number;
  after: number;
  /** Hard bound on visited nodes, whatever their text. */
  maxNodes: number;
}

export const DEFAULT_BUDGET: ZoneBudget = { before: 400, after: 1000, maxNodes: 3000 };

type Item = { text: string; node: Text } | { el: Element } | { block: true };

function isDateElement(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'ABBR') return el.hasAttribute('title') && /publish|updated|date|time/i.test(el.getAttribute('class') ?? '');
  return tag === 'TIME' || el.hasAttribute('datetime');
}

function nextOutside(n: Node, root: Node): Node | null {
  for (let p: Node | null = n; p && p !== root; p = p.parentNode) if (p.nextSibling) return p.nextSibling;
  return null;
}

function prevOutside(n: Node, root: Node): Node | null {
  for (let p: Node | null = n; p && p !== root; p = p.parentNode) if (p.previousSibling) return p.previousSibling;
  return null;
}

function walk(start: Node | null, root: Node, scope: PageScope, budget: number, maxNodes: number, backward: boolean): Item[] {
  const items: Item[] = [];
  let chars = 0;
  let steps = 0;
  let n = start;
  while (n && chars < budget && steps++ < maxNodes) {
    if (n.nodeType === 1) {
      const el = n as Element;
      if (scope.isExcluded(el)) {
        n = backward ? prevOutside(el, root) : nextOutside(el, root);
        continue;
      }
      if (BLOCK.has(el.tagName)) items.push({ block: true });
      if (isDateElement(el)) items.push({ el });
      n = (backward ? el.lastChild : el.firstChild) ?? (backward ? prevOutside(el, root) : nextOutside(el, root));
      continue;
    }
    if (n.nodeType === 3) {
      const text = (n.nodeValue ?? '').replace(/\s+/g, ' ');
      if (text.trim()) {
        items.push({ text, node: n as Text });
        chars += text.length;
      }
    }
    n = backward ? prevOutside(n, root) : nextOutside(n, root);
  }
  return items;
}

const HEADING_META = /date|time|datum|meta|byline/i;

/** Dates tucked inside the headline element (`<h1>Title<small>02.02.2022</small></h1>`), never its own words. */
function headingMeta(heading: Element): Item[] {
  const items: Item[] = [];
  for (const el of Array.from(heading.querySelectorAll('small, time, span, div, p')).slice(0, 20)) {
    const tag = el.tagName;
    if (tag !== 'SMALL' && tag !== 'TIME' && !HEADING_META.test(el.getAttribute('class') ?? '')) continue;
    if (isDateElement(el)) items.push({ el });
    items.push({ block: true });
    for (const n of Array.from(el.childNodes)) {
      if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) items.push({ text: (n.nodeValue ?? '').replace(/\s+/g, ' '), node: n as Text });
    }
  }
  return items;
}

/**
 * Reads the zone around `scope.heading`; without a headline, the start of the article
 * container (or of the body).
 */
export function readZone(doc: Document, scope: PageScope, budget: ZoneBudget = DEFAULT_BUDGET): Zone {
  const root = doc.body ?? doc.documentElement;
  let before: Item[] = [];
  let after: Item[] = [];
  if (scope.heading) {
    before = walk(prevOutside(scope.heading, root), root, scope, budget.before, budget.maxNodes, true).reverse();
    before.push(...headingMeta(scope.heading));
    after = walk(nextOutside(scope.heading, root), root, scope, budget.after, budget.maxNodes, false);
  } else if (root) {
    const start = scope.container ?? root;
    after = walk(start.firstChild, start, scope, budget.after + budget.before, budget.maxNodes, false);
  }
  return assemble(before, after);
}

/** Joins walked items; `headingPos` is where `before` ends. */
function assemble(before: Item[], after: Item[]): Zone {
  let text = '';
  const spans: ZoneSpan[] = [];
  const elements: ZoneElement[] = [];
  const add = (items: Item[]): void => {
    for (const it of items) {
      if ('block' in it) {
        if (text && !text.endsWith('\n')) text += '\n';
      } else if ('el' in it) {
        elements.push({ el: it.el, pos: text.length });
      } else {
        let piece = text.endsWith('\n') || !text ? it.text.trimStart() : it.text;
        // Text of neighbouring elements is shown apart: "07.11.2023" + "Ormalingen".
        const prev = spans[spans.length - 1];
        if (prev && prev.end === text.length && prev.node.parentNode !== it.node.parentNode && !/\s$/.test(text) && !/^\s/.test(piece)) piece = ` ${piece}`;
        spans.push({ start: text.length, end: text.length + piece.length, node: it.node });
        text += piece;
      }
    }
  };
  add(before);
  if (!text.endsWith('\n')) text += '\n';
  const headingPos = text.length;
  text += '\n';
  add(after);
  return { text, headingPos, spans, elements };
}

/**
 * The last lines of the article container, for pages that print the date under the text
 * ("wurde am 19. Mai 2010 gepostet", "Posted on …"). Positions count back from the end.
 */
export function readTail(scope: PageScope, chars = 500, maxNodes = 2000): Zone | null {
  const root = scope.container;
  if (!root || !root.lastChild) return null;
  const items = walk(root.lastChild, root, scope, chars, maxNodes, true).reverse();
  return assemble(items, []);
}

/** The text node holding offset `pos` of the zone text. */
export function spanAt(zone: Zone, pos: number): ZoneSpan | null {
  let lo = 0;
  let hi = zone.spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = zone.spans[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

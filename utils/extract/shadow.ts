/**
 * Open shadow DOM, flattened into the working clone (reliability.md P12). `cloneNode` does not
 * copy shadow roots, so a story that a web component renders inside its shadow root would be
 * invisible to everything after the clone. This pass copies each open shadow tree of the LIVE
 * document into the matching host of the CLONE, with `<slot>`s replaced by the light-DOM nodes
 * assigned to them (or their fallback content), the way the page is rendered. Nested shadow
 * roots are flattened too. The live document is only read, never changed.
 *
 * Closed roots are out of reach without `dom.openOrClosedShadowRoot` (a browser API the core
 * does not call); `rootOf` lets a caller supply it. Pure apart from the documents given.
 */

/** Returns the element's shadow root to flatten, or null. Default: the open root. */
export type ShadowRootOf = (el: Element) => ShadowRoot | null;

const openRoot: ShadowRootOf = (el) => el.shadowRoot;

/** Nested components deeper than this are left as they are (pages that nest forever). */
const MAX_DEPTH = 16;

interface HostPair {
  live: Element;
  copy: Element;
  root: ShadowRoot;
}

function safeRoot(rootOf: ShadowRootOf, el: Element): ShadowRoot | null {
  try {
    return rootOf(el);
  } catch {
    return null;
  }
}

type TreeRoot = Document | Element | DocumentFragment;

/**
 * Every element under `root` in document order (what `querySelectorAll('*')` lists), by a
 * TreeWalker: cheap in jsdom (indexing a live HTMLCollection is quadratic there) and, unlike
 * `firstElementChild`/`nextElementSibling`, immune to form clobbering on the live page.
 */
function elementsUnder(root: TreeRoot): Element[] {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  const out: Element[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Element);
  return out;
}

/** A live element with a shadow root, and its position among the elements of its tree. */
export interface FoundHost {
  index: number;
  live: Element;
  root: ShadowRoot;
}

export interface LiveScan {
  /** Elements under the root: what `getElementsByTagName('*').length` counts on a document. */
  elements: number;
  hosts: FoundHost[];
}

/**
 * One walk of the live tree: counts its elements and finds the shadow hosts. A TreeWalker
 * builds no list (a live collection's length does in jsdom) and, unlike
 * `firstElementChild`/`nextElementSibling`, is immune to form clobbering on the live page.
 * The walk stops once it has counted more than `stopAbove` elements (a page too large to
 * clip is refused without walking all of it); `elements` is then `stopAbove + 1`.
 */
export function scanLive(live: TreeRoot, rootOf: ShadowRootOf = openRoot, stopAbove = Infinity): LiveScan {
  const doc = live.nodeType === 9 ? (live as Document) : live.ownerDocument!;
  const walker = doc.createTreeWalker(live, 1 /* NodeFilter.SHOW_ELEMENT */);
  const hosts: FoundHost[] = [];
  let index = 0;
  for (let n = walker.nextNode(); n && index <= stopAbove; n = walker.nextNode(), index++) {
    const root = safeRoot(rootOf, n as Element);
    if (root) hosts.push({ index, live: n as Element, root });
  }
  return { elements: index, hosts };
}

/** Pairs each found host with its copy: the n-th element of one tree is the n-th of the other. */
function pairHosts(found: readonly FoundHost[], elements: number, copy: TreeRoot): HostPair[] {
  // The copy is walked only when there is something to pair (most pages have no hosts).
  if (found.length === 0) return [];
  const copies = elementsUnder(copy);
  if (copies.length !== elements) return [];
  return found.map(({ index, live: el, root }) => ({ live: el, copy: copies[index]!, root }));
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

/** The light-DOM children of `host` that a slot with this name shows. */
function assignedTo(host: Element, name: string): Node[] {
  return Array.from(host.childNodes).filter((child) => {
    if (isElement(child)) return (child.getAttribute('slot') ?? '') === name;
    // Text goes to the default slot; comments are never shown.
    return name === '' && child.nodeType === 3;
  });
}

function flattenHost(pair: HostPair, depth: number, rootOf: ShadowRootOf): void {
  const doc = pair.copy.ownerDocument;
  const frag = doc.createDocumentFragment();
  for (const child of Array.from(pair.root.childNodes)) frag.appendChild(doc.importNode(child, true));
  // Nested hosts are paired before the slots move anything: the two trees are still parallel.
  let nested: HostPair[] = [];
  if (depth < MAX_DEPTH) {
    const inner = scanLive(pair.root, rootOf);
    nested = pairHosts(inner.hosts, inner.elements, frag);
  }

  for (const slot of Array.from(frag.querySelectorAll('slot'))) {
    const assigned = assignedTo(pair.copy, slot.getAttribute('name') ?? '');
    const replacement = assigned.length > 0 ? assigned : Array.from(slot.childNodes);
    slot.replaceWith(...replacement);
  }
  // What no slot shows is not rendered: it goes, and the shadow tree takes its place.
  pair.copy.replaceChildren(frag);
  for (const inner of nested) flattenHost(inner, depth + 1, rootOf);
}

/**
 * Copies the shadow trees of `live` into `clone` (a fresh `live.cloneNode(true)`, not yet
 * changed). Returns how many hosts were flattened; 0 when the clone no longer matches.
 * `scan`: the live document's scan, when the caller walked it already (to count its elements).
 */
export function flattenShadowRoots(live: Document, clone: Document, rootOf: ShadowRootOf = openRoot, scan?: LiveScan): number {
  const { hosts: found, elements } = scan ?? scanLive(live, rootOf);
  const hosts = pairHosts(found, elements, clone);
  // Light-DOM copies are collected first: flattening one host may move another one's copy.
  for (const pair of hosts) flattenHost(pair, 1, rootOf);
  return hosts.length;
}

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

/** The element after `el` in document order within `root`, or null (no live collections). */
function nextInOrder(el: Element, root: Node): Element | null {
  const child = el.firstElementChild;
  if (child) return child;
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    const sib = e.nextElementSibling;
    if (sib) return sib;
  }
  return null;
}

/** Every element under `root` in document order (what `querySelectorAll('*')` lists). */
function elementsUnder(root: Document | Element | DocumentFragment): Element[] {
  const out: Element[] = [];
  for (let el = root.firstElementChild; el; el = nextInOrder(el, root)) out.push(el);
  return out;
}

/**
 * Pairs each live element that has a shadow root with its copy: the two trees have the same
 * shape, so the n-th element of one is the n-th of the other. Walks the trees by sibling links:
 * indexing a live HTMLCollection is quadratic in jsdom (each index looks up named items), which
 * made this pass cost as much as Readability on ordinary pages.
 */
function pairHosts(live: Document | Element | DocumentFragment, copy: Document | Element | DocumentFragment, rootOf: ShadowRootOf): HostPair[] {
  const found: Array<{ index: number; live: Element; root: ShadowRoot }> = [];
  let index = 0;
  for (let el = live.firstElementChild; el; el = nextInOrder(el, live), index++) {
    const root = safeRoot(rootOf, el);
    if (root) found.push({ index, live: el, root });
  }
  // The copy is walked only when there is something to pair (most pages have no hosts).
  if (found.length === 0) return [];
  const copies = elementsUnder(copy);
  if (copies.length !== index) return [];
  return found.map(({ index: i, live: el, root }) => ({ live: el, copy: copies[i]!, root }));
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
  const nested = depth < MAX_DEPTH ? pairHosts(pair.root, frag, rootOf) : [];

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
 */
export function flattenShadowRoots(live: Document, clone: Document, rootOf: ShadowRootOf = openRoot): number {
  const hosts = pairHosts(live, clone, rootOf);
  // Light-DOM copies are collected first: flattening one host may move another one's copy.
  for (const pair of hosts) flattenHost(pair, 1, rootOf);
  return hosts.length;
}

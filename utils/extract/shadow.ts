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

/** Pairs each live element that has a shadow root with its copy: the n-th element of one tree is the n-th of the other. */
function pairHosts(live: TreeRoot, copy: TreeRoot, rootOf: ShadowRootOf): HostPair[] {
  const lives = elementsUnder(live);
  const found: Array<{ index: number; live: Element; root: ShadowRoot }> = [];
  for (let i = 0; i < lives.length; i++) {
    const root = safeRoot(rootOf, lives[i]!);
    if (root) found.push({ index: i, live: lives[i]!, root });
  }
  // The copy is walked only when there is something to pair (most pages have no hosts).
  if (found.length === 0) return [];
  const copies = elementsUnder(copy);
  if (copies.length !== lives.length) return [];
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

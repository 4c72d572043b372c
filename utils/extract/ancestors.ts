/**
 * A memoised walk up the tree. The elements a pass asks about (headings, dated elements) share
 * most of their ancestors, so each ancestor is judged once: every ancestor walked is remembered
 * with the answer that ended the walk. Pure apart from the cache it is given.
 */

/**
 * Whether `test` holds for `first` or an ancestor of it, stopping (false) at the first
 * ancestor for which `stop` holds.
 */
export function anyAncestor(
  first: Element | null,
  cache: Map<Element, boolean>,
  test: (el: Element) => boolean,
  stop: (el: Element) => boolean,
): boolean {
  const path: Element[] = [];
  let result = false;
  for (let p = first; p && !stop(p); p = p.parentElement) {
    const known = cache.get(p);
    if (known !== undefined) {
      result = known;
      break;
    }
    path.push(p);
    if (test(p)) {
      result = true;
      break;
    }
  }
  // Every ancestor walked holds the one that decided (or none did): same answer.
  for (const p of path) cache.set(p, result);
  return result;
}

/**
 * Pre-passes on the working clone, before any reading: make the clone safe and complete for
 * Readability. Mutates only the clone it is given.
 */

/** Renames an element, keeping its attributes and children. */
export function renameElement(el: Element, tag: string): Element {
  const doc = el.ownerDocument;
  const repl = doc.createElement(tag);
  for (const attr of Array.from(el.attributes)) {
    try {
      repl.setAttribute(attr.name, attr.value);
    } catch {
      // Attribute names that are valid in the parser but not in setAttribute (e.g. `"`).
    }
  }
  while (el.firstChild) repl.appendChild(el.firstChild);
  el.replaceWith(repl);
  return repl;
}

/**
 * Forms become divs: `<input name="getElementsByTagName">` clobbers form methods in real
 * browsers and makes Readability throw (reliability.md S14). `amp-img` becomes `img`.
 */
export function preparePage(doc: Document): void {
  for (const form of Array.from(doc.getElementsByTagName('form'))) renameElement(form, 'div');
  for (const amp of Array.from(doc.getElementsByTagName('amp-img'))) renameElement(amp, 'img');
}

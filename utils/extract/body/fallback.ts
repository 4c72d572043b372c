/**
 * When Readability finds nothing (it returns null when every attempt comes out empty, e.g. a
 * story inside an `<aside>` that its own cleaning then removes), take the page's declared
 * article body, else the element that holds the most paragraph text. Mutates the clone: the
 * chosen element is moved into a new container.
 */

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, '').length;
}

/** The `[itemprop=articleBody]` with the most text. */
function declaredBody(doc: Document): Element | null {
  let best: Element | null = null;
  let bestLen = 0;
  for (const el of Array.from(doc.querySelectorAll('[itemprop]'))) {
    if (!/(?:^|\s)articlebody(?:\s|$)/i.test(el.getAttribute('itemprop') ?? '')) continue;
    const len = textLength(el);
    if (len > bestLen) {
      best = el;
      bestLen = len;
    }
  }
  return bestLen >= 100 ? best : null;
}

/** Paragraph text credited to each paragraph's parent (and half to its grandparent). */
function densestBlock(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  for (const p of Array.from(doc.body?.getElementsByTagName('p') ?? [])) {
    const len = textLength(p);
    if (len < 40) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand && grand.tagName !== 'BODY' && grand.tagName !== 'HTML') scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return bestScore >= 100 ? best : null;
}

export function fallbackContent(doc: Document): Element | null {
  const chosen = declaredBody(doc) ?? densestBlock(doc);
  if (!chosen) return null;
  const container = doc.createElement('div');
  container.appendChild(chosen);
  return container;
}

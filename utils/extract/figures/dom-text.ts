/** Small, bounded text readers for caption work. Pure; read only. */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME']);
const BLOCK = new Set(['P', 'DIV', 'FIGCAPTION', 'LI', 'UL', 'OL', 'SECTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'HEADER', 'FOOTER', 'ASIDE', 'ARTICLE', 'FIGURE']);

/**
 * Text of `root` with `<br>` and block boundaries as line breaks, whitespace collapsed, and
 * the elements for which `skip` is true left out.
 */
export function linesOf(root: Element, skip?: (el: Element) => boolean): string {
  let out = '';
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || (el !== root && skip?.(el))) return;
    if (tag === 'BR') {
      out += '\n';
      return;
    }
    const block = BLOCK.has(tag);
    if (block) out += '\n';
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
    if (block) out += '\n';
  };
  visit(root);
  return out
    .split('\n')
    .map((l) => l.replace(/[\s\u00a0\u200b]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Length of the non-blank text in `el`, counting no further than `limit`. */
export function textLengthUpTo(el: Node, limit: number): number {
  let n = 0;
  const visit = (node: Node): boolean => {
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) > 32 && v.charCodeAt(i) !== 160) n++;
      return n > limit;
    }
    if (node.nodeType !== 1) return false;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return false;
    for (let c = node.firstChild; c; c = c.nextSibling) if (visit(c)) return true;
    return false;
  };
  visit(el);
  return n;
}

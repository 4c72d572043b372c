/**
 * Plain text from an article element: one paragraph per block, blank lines between them.
 * Pure; reads the element only.
 */
import { WORD_CHAR } from './word-boundary';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'PICTURE',
]);
/**
 * FIGCAPTION: captions and credits live in `figures` and in the HTML's figures, not in the
 * running text (every benchmark's ground truth leaves them out of the body).
 */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'HEAD', 'TITLE', 'FIGCAPTION']);

/** Collapses runs of whitespace (including NBSP) to one space. */
export function collapseWhitespace(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Text of `root`, paragraphs separated by a blank line; `<br>` becomes a line break. */
export function elementToText(root: Element): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const lines = current
      .split('\n')
      .map(collapseWhitespace)
      .filter((l) => l.length > 0);
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
    current = '';
  };
  const visit = (node: Node, inPre: boolean): void => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      current += inPre ? value : value.replace(/\n/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    if (tag === 'TD' || tag === 'TH') current += ' ';
    const pre = inPre || tag === 'PRE';
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child, pre);
    if (block) flush();
  };
  visit(root, false);
  flush();
  return paragraphs.join('\n\n');
}

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;
const WORD = new RegExp(`${WORD_CHAR}(?:${WORD_CHAR}|['’_-])*`, 'g');

/** Words in `text`; each CJK character counts as one word, as word processors count them. */
export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const rest = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  return cjk + rest;
}

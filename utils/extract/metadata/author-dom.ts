/**
 * Byline elements in the page: `rel=author`, `itemprop=author`, and elements whose class or id
 * says byline/author (autor, auteur, redakteur…). Those in comments, teaser lists, sidebars,
 * menus and the site footer are not the article's. The one nearest after the headline wins;
 * its container's other author elements join it. Pure; reads only.
 */
import { parseByline } from './author-names';
import { classAndId, elementText } from './text';

const AUTHORISH = /author|byline|autor|auteur|redakteur|writer/i;
/** Post-meta lines ("Posted on … by …") hold names only after a "by" word. */
const META_LINE_RE = /postmeta|post-meta|entry-meta|article-meta|submitted/i;

const BY_WORD = /(?:^|\s)(?:by|von|par|por|door|przez|di|da|от|автор:?)\s+\S/i;

const SKIP_TAGS = new Set(['H1', 'META', 'LINK', 'SCRIPT', 'STYLE', 'INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'IMG', 'SVG', 'FORM', 'LABEL', 'BODY', 'HTML', 'HEAD', 'IFRAME', 'NOSCRIPT', 'TIME']);

/** Parts of the page whose bylines belong to other texts, matched on whole parts of class names. */
const FOREIGN =
  /(?:^|[\s_-])(?:comments?|kommentare?|respond|repl(?:y|ies)|disqus|related|recommend\w*|teasers?|listing|sidebar|popular|most-?read|meistgelesen|newsletter|breadcrumbs?|nav|navigation|menu|share|sharing|social|promo|outbrain|taboola|trending|more-(?:stories|articles)|read-(?:more|next|also)|also-read|cards?|river)(?:$|[\s_-])/;
/** Author-ish classes that hold no name: pictures, bios, follow buttons, post lists. */
const NOT_NAME = /avatar|image|img|photo|picture|bio(?:$|[\s_-])|biography|description|social|follow|twitter|facebook|mail|posts|archive|(?:^|[\s_-])more|count|views|icon|label|prefix|title(?:$|\s)|authori[tz]|author-only|has-author|single-author|multi-author/;

export interface DomByline {
  names: string[];
  /** The byline's text as the page shows it. */
  raw: string;
  element: Element;
}

/** Class tokens that describe state, not the part of the page ("has-sidebar", "no-comments"). */
function partClasses(el: Element): string {
  return classAndId(el).replace(/(?:^|\s)(?:has|with|no|without|show|hide|is|enable|disable)[-_]\S*/g, ' ');
}

function inForeignPart(el: Element): boolean {
  let inArticle = false;
  for (let p: Element | null = el.parentElement, depth = 0; p && depth < 14; p = p.parentElement, depth++) {
    const tag = p.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') break;
    if (tag === 'ARTICLE' || tag === 'MAIN') inArticle = true;
    if (tag === 'NAV') return true;
    // The page's footer and sidebars; an aside or footer inside the article is the article's own.
    if ((tag === 'FOOTER' || tag === 'ASIDE') && !inArticle && !p.parentElement?.closest('article, main, [role="main"]')) return true;
    if (FOREIGN.test(partClasses(p))) return true;
  }
  return false;
}

type Usability = 'ok' | 'foreign' | 'no';

function usable(el: Element): Usability {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return 'no';
  const ci = classAndId(el);
  // "by" labels and pictures sit in author-ish elements too.
  if (NOT_NAME.test(ci) && !/byline|author-?name|authorname|author__name|autor-?name|(?:^|\s)(?:fn|name)(?:$|\s)/.test(ci)) return 'no';
  return FOREIGN.test(partClasses(el)) || inForeignPart(el) ? 'foreign' : 'ok';
}

/** The byline shares a small container with the headline: its own header, whatever the classes say. */
function nearHeading(el: Element, heading: Element | null): boolean {
  let p: Element | null = heading?.parentElement ?? null;
  for (let depth = 0; p && depth < 3; p = p.parentElement, depth++) {
    if (p.contains(el)) return (p.textContent ?? '').length < 2000;
  }
  return false;
}

/** Parts of a byline element that are not the byline: the publisher's logo or name, pictures. */
function notBylineText(el: Element): boolean {
  const itemprop = (el.getAttribute('itemprop') ?? '').toLowerCase();
  return itemprop.includes('publisher') || /logo|avatar|(?:^|[\s_-])(?:img|image|photo)(?:$|[\s_-])|share|social|follow/.test(classAndId(el));
}

function textOf(el: Element): string {
  if (el.getAttribute('itemprop')?.toLowerCase().includes('author')) {
    const nameEl = el.querySelector('[itemprop~="name"]');
    if (nameEl) return nameEl.getAttribute('content') ?? elementText(nameEl);
  }
  const attr = el.getAttribute('data-author');
  if (attr && !/^\d+$/.test(attr)) return attr;
  if (el.tagName === 'META') return el.getAttribute('content') ?? '';
  return elementText(el, notBylineText, true);
}

function follows(a: Node, b: Node): boolean {
  // DOCUMENT_POSITION_FOLLOWING = 4
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

/** The article's byline from the page's byline elements, or null. */
/** `found`: the byline elements and post-meta lines in document order (page-index.ts). */
export function readDomByline(found: readonly Element[], heading: Element | null): DomByline | null {
  // Candidates are judged lazily, nearest to the headline first: most pages need a handful.
  const cache = new Map<Element, DomByline | null>();
  const judge = (el: Element): DomByline | null => {
    if (cache.has(el)) return cache.get(el)!;
    const out = judgeCandidate(el, heading);
    cache.set(el, out);
    return out;
  };
  let chosen: DomByline | null = null;
  const start = heading ? found.findIndex((el) => follows(heading, el) && !heading.contains(el)) : 0;
  if (start >= 0) {
    for (let i = start; i < found.length && !chosen; i++) chosen = judge(found[i]!);
  }
  // Bylines above the headline (kicker lines) count when nothing follows it.
  if (!chosen && heading) {
    for (let i = (start < 0 ? found.length : start) - 1; i >= 0 && !chosen; i--) {
      if (!heading.contains(found[i]!) && !found[i]!.contains(heading)) chosen = judge(found[i]!);
    }
  }
  if (!chosen) return null;
  // A byline block around author elements: the innermost ones hold just the names
  // ("Tech Insider" / "Alex Perry" / "1 day ago" → the itemprop=author inside).
  const at = found.indexOf(chosen.element);
  const inner: DomByline[] = [];
  for (let j = at + 1; j < found.length && chosen.element.contains(found[j]!); j++) {
    const c = judge(found[j]!);
    if (c) inner.push(c);
  }
  const innermost = inner.filter((c) => !inner.some((o) => o !== c && c.element.contains(o.element)));
  if (innermost.length > 0) {
    const names: string[] = [];
    for (const c of innermost) for (const n of c.names) if (!names.some((x) => x.toLowerCase() === n.toLowerCase())) names.push(n);
    chosen = { ...innermost[0]!, names };
  }
  return mergeNeighbours(chosen, found, judge);
}

function judgeCandidate(el: Element, heading: Element | null): DomByline | null {
  const use = usable(el);
  if (use === 'no' || (use === 'foreign' && !nearHeading(el, heading))) return null;
  const raw = textOf(el);
  if (!raw || raw.length > 250) return null;
  const authorish = el.hasAttribute('data-author') || AUTHORISH.test(`${el.getAttribute('rel') ?? ''} ${el.getAttribute('itemprop') ?? ''} ${classAndId(el)}`);
  if (!authorish && !(META_LINE_RE.test(classAndId(el)) && BY_WORD.test(raw))) return null;
  const names = parseByline(raw);
  return names.length > 0 ? { names, raw, element: el } : null;
}

/** "<a rel=author>A</a> and <a rel=author>B</a>": author elements side by side are one byline. */
function mergeNeighbours(best: DomByline, found: readonly Element[], judge: (el: Element) => DomByline | null): DomByline {
  const names = [...best.names];
  const parent = best.element.parentElement;
  // Only a small shared container is one byline; a page of several stories is not.
  if (!parent || (parent.textContent ?? '').length > 300) return { ...best, names };
  for (const el of found) {
    if (el === best.element || el.parentElement !== parent) continue;
    const c = judge(el);
    if (c) for (const n of c.names) if (!names.some((x) => x.toLowerCase() === n.toLowerCase())) names.push(n);
  }
  return { ...best, names };
}

/** A label element that introduces the author: "<strong>Autor:</strong> <a>Name</a>". */
const LABEL = /^(?:autor(?:in)?|autoren|author|authors|von|by|text|texto|tekst|testo|auteur|auteurs|verfasser(?:in)?|written by|geschrieben von|от|автор|авторы|текст)\s*:?$/i;
/** A short line that is a byline by its words alone: "By Jane Doe", "Blog Beitrag von X", "Text: X". */
const TEXT_BYLINE = /^(?:by|von|par|por|door|przez|written by|posted by|text:|texto:|autor(?:in)?:|author:|auteur\s?:|verfasst von|geschrieben von|(?:blog\s*|ein\s+)?beitrag von|автор:|текст:)\s+\S/i;
const BLOCK_BREAK = new Set(['BR', 'P', 'DIV', 'UL', 'OL', 'LI', 'TABLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR']);

/** Text after a label element up to the next line break or label. */
function textAfterLabel(label: Element): string {
  let out = '';
  for (let n = label.nextSibling; n && out.length < 120; n = n.nextSibling) {
    if (n.nodeType === 1) {
      const el = n as Element;
      const tag = el.tagName.toUpperCase();
      if (BLOCK_BREAK.has(tag) || tag === 'STRONG' || tag === 'B') break;
      out += ` ${elementText(el)}`;
    } else if (n.nodeType === 3) {
      out += n.nodeValue ?? '';
    }
  }
  // "<p><strong>Von:</strong></p><p>Name</p>": the name is in the next block.
  if (!out.trim()) {
    const next = (label.parentElement?.childElementCount === 1 ? label.parentElement : label)?.nextElementSibling;
    if (next && (next.textContent ?? '').length < 80) out = elementText(next);
  }
  return out;
}

/** Every name starts like a name: text found by words alone needs capitals ("By the numbers" is no byline). */
function capitalised(names: string[]): boolean {
  return names.every((n) => /(?:^|\s)\p{Lu}/u.test(n));
}

/**
 * Bylines written as text rather than marked up: a label element ("Autor:", "Von:") followed
 * by the name, or a short line starting with "By"/"Von"/"Text:". The one nearest after the
 * headline wins. Used when no byline element names anyone.
 */
/** `els`: the page's p, strong, b, address, small, em, dt, h5 and h6 elements in document order (page-index.ts). */
export function readTextByline(els: readonly Element[], heading: Element | null): DomByline | null {
  const candidates: DomByline[] = [];
  for (let i = 0; i < els.length && i < 3000 && candidates.length < 20; i++) {
    const el = els[i]!;
    const text = el.textContent ?? '';
    if (text.length > 100) continue;
    const t = text.replace(/\s+/g, ' ').trim();
    let raw: string | null = null;
    if (LABEL.test(t)) raw = textAfterLabel(el);
    else if (TEXT_BYLINE.test(t) && t.split(' ').length <= 10 && !el.querySelector('p, div, li')) raw = t;
    if (!raw) continue;
    if (inForeignPart(el) && !nearHeading(el, heading)) continue;
    const names = parseByline(raw);
    if (names.length === 0 || !capitalised(names)) continue;
    candidates.push({ names, raw, element: el });
  }
  if (candidates.length === 0) return null;
  if (heading) {
    const after = candidates.find((c) => follows(heading, c.element));
    if (after) return after;
  }
  return candidates[0]!;
}

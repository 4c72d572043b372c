/**
 * String helpers shared by the metadata readers: entity decoding for values that pages
 * double-escape (JSON-LD, meta content), whitespace clean-up, element text without scripts,
 * and a folded form for comparing headlines and site names. Pure.
 */
import { NON_WORD_CHAR } from '../word-boundary';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', bdquo: '„', sbquo: '‚',
  middot: '·', bull: '•', copy: '©', reg: '®', trade: '™', euro: '€', shy: '',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', eacute: 'é', egrave: 'è',
  aacute: 'á', agrave: 'à', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç', Eacute: 'É',
};

/** Decodes the entities pages leave inside JSON-LD strings and attribute values ("&#8216;", "&amp;"). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()] ?? m;
  });
}

/** Collapses whitespace (NBSP and zero-width included) and trims. */
export function squash(s: string): string {
  // Not \s: it would also flatten the ideographic space (U+3000) that CJK titles use as punctuation.
  return s.replace(/[ \t\n\r\f\v\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\ufeff]+/g, ' ').trim();
}

/** A metadata value ready to show: entities decoded, whitespace collapsed; null when empty. */
export function cleanValue(s: string | null | undefined): string | null {
  if (typeof s !== 'string') return null;
  const out = squash(decodeEntities(s));
  return out || null;
}

const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);

/**
 * Visible-ish text of an element: scripts and styles skipped, text of separate elements
 * joined with a space (bylines glue "Ingo Arzt" and "Redakteur" together in textContent).
 * `skip` may drop further elements (headline kickers). With `lines`, each element that is not
 * inline formatting starts a new line, so a byline's parts ("Ben Silverman" / "Games Editor")
 * stay apart.
 */
export function elementText(el: Element, skip?: (child: Element) => boolean, lines = false): string {
  const parts: string[] = [];
  // U+2029 marks element boundaries apart from the source's own line breaks.
  const gap = lines ? '\u2029' : ' ';
  const visit = (node: Node): void => {
    let afterElement = false;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push(child.nodeValue ?? '');
        afterElement = false;
      } else if (child.nodeType === 1) {
        const c = child as Element;
        if (SKIP_TEXT.has(c.tagName.toUpperCase()) || (skip && skip(c))) continue;
        // Two links side by side ("<a>Inga Hoeltmann</a><a>Follow</a>") are two things.
        const inline = INLINE_TAGS.has(c.tagName.toUpperCase()) && !afterElement;
        afterElement = true;
        if (!inline) parts.push(gap);
        visit(c);
        if (!inline) parts.push(gap);
      }
    }
  };
  visit(el);
  if (!lines) return squash(parts.join(''));
  // Source line breaks inside text are formatting; element boundaries are lines.
  return parts
    .join('')
    .split('\u2029')
    .map(squash)
    .filter(Boolean)
    .join('\n');
}

/** Formatting tags whose text runs on without a break ("O'<b>Brien</b>"). */
const INLINE_TAGS = new Set(['A', 'B', 'I', 'EM', 'STRONG', 'U', 'SMALL', 'MARK', 'SUB', 'SUP', 'ABBR', 'WBR', 'FONT']);

// Ranges, not \p{M}/\p{L}: property classes cost the freshly injected extractor compile time (word-boundary.ts).
// eslint-disable-next-line no-misleading-character-class -- a class of lone combining marks is the point: they are stripped after NFKD.
const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/g;
const NON_WORD_RUN = new RegExp(`${NON_WORD_CHAR}+`, 'g');

/** Lower case, no accents, typographic quotes and dashes made plain, punctuation dropped. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(NON_WORD_RUN, ' ')
    .trim();
}

/** Folded words of a string. */
export function words(s: string): string[] {
  const f = fold(s);
  return f ? f.split(' ') : [];
}

/** Folded form without spaces, for comparing names written with and without them ("Tone Deaf"/"tonedeaf"). */
export function compact(s: string): string {
  return fold(s).replace(/ /g, '');
}

/** Dice coefficient of the two strings' folded word sets (0..1). */
export function wordSimilarity(a: string, b: string): number {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

/** Class and id of an element as one lower-case string, for pattern tests. */
export function classAndId(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return `${cls} ${id}`.toLowerCase();
}

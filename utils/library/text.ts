/**
 * How the library turns text into search terms (pure). Both indexes (summary fields and article
 * text) and the query go through these two functions, so a term typed in the search box meets
 * the same form it was stored in.
 *
 *  - `tokenize`: runs of letters, marks and digits in any script (Unicode property escapes), so
 *    Cyrillic, Greek, Arabic, Hebrew, Devanagari… split on spaces and punctuation like Latin.
 *    Scripts written without spaces (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar) become
 *    overlapping character bigrams, the usual dictionary-free way to search them: a query
 *    "東京都" is the bigrams 東京 + 京都, and a single character still finds every bigram that
 *    starts with it by prefix.
 *  - `foldTerm`: lower case, accents off where they are accents (Latin, Greek, Cyrillic:
 *    "Zürich" = "zurich", "ё" = "е"; Arabic harakat and Hebrew niqqud), but vowel signs of
 *    Indic, Thai and other scripts stay, since there they are letters, not decoration.
 */

/** Bumped whenever tokens or folding change: persisted indexes built with another version are rebuilt. */
export const TEXT_VERSION = 1;

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー]/u;
const UNSPACED_RUNS = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー]+)/u;
const ACCENTED = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;
// Arabic tashkil and Quranic marks; Hebrew cantillation and niqqud.
const SEMITIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]/g;
const TATWEEL = /\u0640/g;
const SPECIAL: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', ı: 'i', þ: 'th', ſ: 's' };
const SPECIAL_CHARS = /[ßæœøđðłıþſ]/g;

/** Terms longer than this are not words (hashes, base64, run-together junk) and are cut. */
export const MAX_TERM_LENGTH = 40;

/** The stored and searched form of one term: lower case, accents folded, NFC. */
export function foldTerm(term: string): string {
  let t = term.toLowerCase();
  if (/[\u0080-\uffff]/.test(t)) {
    t = t
      .normalize('NFD')
      .replace(ACCENTED, '$1')
      .replace(SEMITIC_MARKS, '')
      .replace(TATWEEL, '')
      .replace(SPECIAL_CHARS, (c) => SPECIAL[c] ?? c)
      .normalize('NFC');
  }
  return t.length > MAX_TERM_LENGTH ? t.slice(0, MAX_TERM_LENGTH) : t;
}

function pushBigrams(run: string, out: string[]): void {
  const chars = Array.from(run);
  if (chars.length === 1) {
    out.push(chars[0]!);
    return;
  }
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
}

/** Splits text into raw (unfolded) terms; see the module comment. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    if (!UNSPACED.test(word)) {
      out.push(word);
      continue;
    }
    for (const part of word.split(UNSPACED_RUNS)) {
      if (!part) continue;
      if (UNSPACED.test(part)) pushBigrams(part, out);
      else out.push(part);
    }
  }
  return out;
}

/** Tokenized and folded, in order, duplicates kept (a query keeps its word order). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const raw of tokenize(text)) {
    const t = foldTerm(raw);
    if (t) out.push(t);
  }
  return out;
}

/** True for a term made of bigram-script characters, which never get fuzzy matching. */
export function isUnspacedTerm(term: string): boolean {
  return UNSPACED.test(term);
}

/**
 * Word boundaries that know letters beyond ASCII (JavaScript's `\b` does not), as regex source.
 *
 * They are written as "not next to anything but space and punctuation" rather than with
 * `\p{L}`/`\p{N}`: a Unicode property class is hundreds of ranges, and V8 compiles it again in
 * every regex and every look-around that uses it. The extractor runs freshly injected on each
 * clip, so that compilation was most of its time in the page (tens of milliseconds per regex).
 * The punctuation list below is a few ranges. Letters, digits and marks of every script count as
 * word characters, as do the few symbols (emoji, pictographs) outside these ranges.
 *
 * They work with or without the `u` flag (without it, both halves of a surrogate pair count as
 * word characters). Leave `u` off where nothing else needs it: it makes V8 compile every
 * class for whole code points, which costs more.
 */

/** Space, ASCII punctuation, Latin-1 punctuation (not ª µ º), general punctuation, arrows and shapes, CJK and full-width punctuation. */
const NON_WORD =
  '\\s!-\\/:-@\\[-`{-~\\u00A0-\\u00A9\\u00AB-\\u00B4\\u00B6-\\u00B9\\u00BB-\\u00BF\\u00D7\\u00F7' +
  '\\u2000-\\u206F\\u2190-\\u2BFF\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65';

/** One space or punctuation character. */
export const NON_WORD_CHAR = `[${NON_WORD}]`;
/** One character that is part of a word (letter, digit or mark of any script). */
export const WORD_CHAR = `[^${NON_WORD}]`;
/** One character that is a letter or mark of any script (ASCII digits excluded). */
export const LETTER_CHAR = `[^${NON_WORD}0-9]`;
const NON_WORD_RUN = new RegExp(`${NON_WORD_CHAR}+`, 'g');

/** Lower case, compatibility forms folded (NFKC), each run of space and punctuation one space: for comparing texts word by word. */
export function foldWords(s: string): string {
  return s.toLowerCase().normalize('NFKC').replace(NON_WORD_RUN, ' ').trim();
}

/** Zero-width: no word character just before. */
export const WORD_START = `(?<!${WORD_CHAR})`;
/** Zero-width: no word character just after. */
export const WORD_END = `(?!${WORD_CHAR})`;
/** Zero-width: no letter just before (a digit may touch). */
export const LETTER_START = `(?<!${LETTER_CHAR})`;
/** Zero-width: no letter just after (a digit may touch). */
export const LETTER_END = `(?!${LETTER_CHAR})`;

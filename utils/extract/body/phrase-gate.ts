/**
 * Cheap first tests for the big phrase patterns ("Read also: …", "Advertisement", "Sign up for
 * our newsletter"). Each is hundreds of alternatives; V8 compiles such a pattern on its first
 * use, 5–15 ms each in a freshly injected extractor, and runs it at every position of the text.
 * Most blocks start with a word no alternative starts with, or contain none of the words every
 * alternative needs, so a set lookup or a few substring searches decide them without the pattern.
 *
 * A gate must let through every text its pattern can match (the unit tests check this against
 * texts generated from the pattern itself); it may let through more, since the pattern still decides.
 */
import { NON_WORD_CHAR, WORD_CHAR } from '../word-boundary';

export interface LeadWords {
  /** First words, lower case, as far as the first space or punctuation. */
  words: ReadonlySet<string>;
  /**
   * For common first words ("a", "by", "this"): the second words they may be followed by (or
   * start with). '' stands for none (the text ends, punctuation aside), '#' for any number.
   */
  next?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Beginnings of first words, for alternatives that match part of a word. */
  stems?: readonly string[];
  /** Texts that start with a digit ("3 comments", "5 min read"). */
  digit?: boolean;
}

const LEAD = new RegExp(`^(${WORD_CHAR}*)${NON_WORD_CHAR}*(${WORD_CHAR}*)`);

/** The text's first two words, lower case (letters, digits and marks between spaces and punctuation). */
export function leadWords(text: string): [string, string] {
  const m = LEAD.exec(text.slice(0, 64).toLowerCase())!;
  return [m[1]!, m[2]!];
}

/** False when no text starting like this one can match the gated pattern. */
export function mayStartWith(text: string, gate: LeadWords): boolean {
  const c = text.charCodeAt(0);
  if (gate.digit && c >= 48 && c <= 57) return true;
  const [word, second] = leadWords(text);
  if (gate.stems?.some((s) => word.startsWith(s))) return true;
  if (!gate.words.has(word)) return false;
  const allowed = gate.next?.get(word);
  if (!allowed) return true;
  const d = second.charCodeAt(0);
  if (d >= 48 && d <= 57 && allowed.has('#')) return true;
  // Words may run together ("Read time5 min"): a second word that starts like an allowed one passes.
  for (const w of allowed) if (second === w || (w !== '' && second.startsWith(w))) return true;
  return false;
}

const SPACES = /\s+/g;

/**
 * False when the text contains none of `needles` (lower case, any run of white space written as
 * one space), one of which every match of the gated pattern contains.
 */
export function mayContain(text: string, needles: readonly string[]): boolean {
  const lower = text.toLowerCase().replace(SPACES, ' ');
  return needles.some((n) => lower.includes(n));
}

/**
 * "Does this class/id string hold one of these words as whole parts?", without a regex.
 *
 * The same question as `/(?:^|[\s_-])(?:side-bar|most-read|…)(?:$|[\s_-])/i`, where a hyphen in a
 * word matches "-", "_" or nothing ("most-read", "most_read", "mostread"). A list of a hundred
 * words makes that regex costly for V8 to compile, which the freshly injected extractor paid on
 * every clip; here it is a split and a few set lookups. Pure.
 */

/** Longest word, in parts: spans of more tokens than this cannot match. */
const MAX_PARTS = 4;

export type ClassWordTest = (hints: string) => boolean;

/** Every spelling of a hyphenated word: each hyphen kept (as "-") or dropped. */
function spellings(word: string): string[] {
  const parts = word.toLowerCase().split('-');
  let out = [parts[0]!];
  for (const part of parts.slice(1)) out = out.flatMap((s) => [`${s}-${part}`, `${s}${part}`]);
  return out;
}

export function classWordTest(words: readonly string[]): ClassWordTest {
  const known = new Set(words.flatMap(spellings));
  const maxParts = Math.min(MAX_PARTS, Math.max(...words.map((w) => w.split('-').length)));
  return (hints) => {
    if (!hints) return false;
    // Tokens between single separators; "_" inside a word counts as its hyphen.
    const tokens = hints.toLowerCase().split(/([\s_-])/);
    // tokens: [word, sep, word, sep, …]; a span may cross only "-" or "_" separators.
    for (let i = 0; i < tokens.length; i += 2) {
      let joined = tokens[i]!;
      if (joined && known.has(joined)) return true;
      for (let k = 1, j = i; k < maxParts && j + 2 < tokens.length; k++, j += 2) {
        const sep = tokens[j + 1]!;
        const next = tokens[j + 2]!;
        if ((sep !== '-' && sep !== '_') || !next || !joined) break;
        joined = `${joined}-${next}`;
        if (known.has(joined)) return true;
      }
    }
    return false;
  };
}

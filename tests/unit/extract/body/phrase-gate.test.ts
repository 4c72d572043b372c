import { describe, expect, it } from 'vitest';
import { leadWords, mayContain, mayStartWith, type LeadWords } from '../../../../utils/extract/body/phrase-gate';
import { CHROME_TEXT, CHROME_TEXT_LEAD, PROMO_TEXT, PROMO_TEXT_NEEDLES, READ_ALSO, READ_ALSO_LEAD } from '../../../../utils/extract/body/patterns';

/**
 * Texts a pattern matches, generated from its own source: every choice of every group, optional
 * parts with and without, so each first word an alternative allows shows up. Handles the
 * pattern syntax these phrase lists use (groups, alternation, ?, *, +, {m,n}, classes, \s \d \S
 * \w \b, ^ $ .). Capped per alternative; the cap is far above what these patterns need.
 */
function examples(source: string, cap = 50_000): string[] {
  let i = 0;
  type Seq = string[];
  const parseAlt = (): Seq => {
    const out: Seq[] = [];
    let cur: Seq = [''];
    const cross = (a: Seq, b: Seq): Seq => a.flatMap((x) => b.map((y) => x + y)).slice(0, cap);
    while (i < source.length && source[i] !== ')') {
      if (source[i] === '|') {
        out.push(cur);
        cur = [''];
        i++;
        continue;
      }
      let atom: Seq;
      const c = source[i]!;
      if (c === '(') {
        i += source.startsWith('(?:', i) ? 3 : 1;
        atom = parseAlt();
        i++; // ')'
      } else if (c === '[') {
        const end = source.indexOf(']', i + 1);
        const body = source.slice(i + 1, end);
        atom = [body.startsWith('\\') ? ' ' : body[0]!];
        i = end + 1;
      } else if (c === '\\') {
        const e = source[i + 1]!;
        atom = [{ s: ' ', d: '5', S: 'x', w: 'x', b: '' }[e] ?? e];
        i += 2;
      } else if (c === '^' || c === '$') {
        atom = [''];
        i++;
      } else if (c === '.') {
        atom = ['x'];
        i++;
      } else {
        atom = [c];
        i++;
      }
      const q = source[i];
      if (q === '?' || q === '*') {
        atom = ['', ...atom];
        i++;
      } else if (q === '+') {
        i++;
      } else if (q === '{') {
        const end = source.indexOf('}', i);
        const min = Number(source.slice(i + 1, end).split(',')[0]);
        atom = atom.map((a) => a.repeat(Math.max(1, min)));
        i = end + 1;
      }
      cur = cross(cur, atom);
    }
    out.push(cur);
    return out.flat();
  };
  return [...new Set(parseAlt())].map((s) => s.replace(/\s+/g, ' ').trim());
}

function checkGate(pattern: RegExp, gate: LeadWords | ((text: string) => boolean)): { matched: number; missed: string[] } {
  const passes = typeof gate === 'function' ? gate : (t: string) => mayStartWith(t, gate);
  const texts = examples(pattern.source).filter((t) => pattern.test(t));
  const variants = texts.flatMap((t) => [t, t.toUpperCase(), t[0]!.toUpperCase() + t.slice(1), `Text before. ${t}`]);
  return { matched: texts.length, missed: variants.filter((t) => pattern.test(t) && !passes(t)) };
}

describe('leadWords', () => {
  it('are the first two runs of letters, digits and marks, lower case', () => {
    expect(leadWords('Read also: more')).toEqual(['read', 'also']);
    expect(leadWords('ЧИТАЙТЕ ТАКЖЕ')).toEqual(['читайте', 'также']);
    expect(leadWords("Editor's picks")).toEqual(['editor', 's']);
    expect(leadWords('e-mail')).toEqual(['e', 'mail']);
    expect(leadWords('Advertisement')).toEqual(['advertisement', '']);
    expect(leadWords('：x')).toEqual(['', 'x']);
  });
});

describe('mayStartWith', () => {
  it('lets through the words and stems of the gate, and digits when asked', () => {
    const gate: LeadWords = { words: new Set(['share']), stems: ['популярн'], digit: true };
    expect(mayStartWith('Share this', gate)).toBe(true);
    expect(mayStartWith('Популярное сегодня', gate)).toBe(true);
    expect(mayStartWith('3 comments', gate)).toBe(true);
    expect(mayStartWith('Shared values matter', gate)).toBe(false);
    expect(mayStartWith('The council voted', gate)).toBe(false);
    expect(mayStartWith('3 comments', { words: new Set() })).toBe(false);
  });
});

describe('the gates on common first words', () => {
  it('look at the second word', () => {
    expect(mayStartWith('By Dana Whitfield, Staff Writer', CHROME_TEXT_LEAD)).toBe(false);
    expect(mayStartWith('By', CHROME_TEXT_LEAD)).toBe(true);
    expect(mayStartWith('This article was amended on 15 March', CHROME_TEXT_LEAD)).toBe(false);
    expect(mayStartWith('This slideshow requires JavaScript.', CHROME_TEXT_LEAD)).toBe(true);
    expect(mayStartWith('Image 3 of 12', CHROME_TEXT_LEAD)).toBe(true);
    expect(mayStartWith('Image quality matters', CHROME_TEXT_LEAD)).toBe(false);
    expect(mayStartWith('A 3% raise for city employees', READ_ALSO_LEAD)).toBe(false);
    expect(mayStartWith('À lire aussi', READ_ALSO_LEAD)).toBe(true);
    expect(mayStartWith('Read: the full ruling', READ_ALSO_LEAD)).toBe(true);
    expect(mayStartWith('Read the full story:', READ_ALSO_LEAD)).toBe(true);
    expect(mayStartWith('Readers wrote in', READ_ALSO_LEAD)).toBe(false);
  });
});

describe.each([
  ['CHROME_TEXT', CHROME_TEXT, CHROME_TEXT_LEAD],
  ['READ_ALSO', READ_ALSO, READ_ALSO_LEAD],
])('the %s gate', (_name, pattern, gate) => {
  it('lets through every text the pattern matches, generated from the pattern itself', () => {
    const { matched, missed } = checkGate(pattern, gate);
    // The generator really exercises the pattern: hundreds of distinct matching texts.
    expect(matched).toBeGreaterThan(150);
    expect(missed).toEqual([]);
  });

  it('stops ordinary sentences before the pattern', () => {
    for (const t of ['The council voted 7-2 on Tuesday.', 'Officials said the line would open in May.', 'Der Rat stimmte zu.']) {
      expect(mayStartWith(t, gate)).toBe(false);
    }
  });
});

describe('the PROMO_TEXT gate', () => {
  it('lets through every text the pattern matches, generated from the pattern itself', () => {
    const { matched, missed } = checkGate(PROMO_TEXT, (t) => mayContain(t, PROMO_TEXT_NEEDLES));
    expect(matched).toBeGreaterThan(100);
    expect(missed).toEqual([]);
  });

  it('stops a paragraph of the story', () => {
    expect(mayContain('The council voted 7-2 on Tuesday to pass the budget.', PROMO_TEXT_NEEDLES)).toBe(false);
    expect(mayContain('Get the Courier\u00a0\napp', PROMO_TEXT_NEEDLES)).toBe(true);
    expect(mayContain('Sign up for our NEWSLETTER', PROMO_TEXT_NEEDLES)).toBe(true);
  });
});

describe('the generator', () => {
  it('finds a gap: a gate without one first word misses its texts', () => {
    const words = new Set(READ_ALSO_LEAD.words);
    words.delete('czytaj');
    const { missed } = checkGate(READ_ALSO, { ...READ_ALSO_LEAD, words });
    expect(missed.some((t) => /^czytaj/i.test(t))).toBe(true);
  });
});

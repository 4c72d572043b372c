import { describe, expect, it } from 'vitest';
import { LETTER_END, LETTER_START, NON_WORD_CHAR, WORD_CHAR, WORD_END, WORD_START } from '../../../utils/extract/word-boundary';

const whole = (source: string, flags = '') => new RegExp(`^${source}$`, flags);

describe('word boundaries without Unicode property classes', () => {
  it.each(['a', 'Z', 'é', 'ß', 'ж', 'Ё', 'ع', 'א', '中', 'ア', '한', 'ª', 'º', '7', '٣', '\u0301'])('%s is part of a word', (ch) => {
    expect(whole(WORD_CHAR).test(ch)).toBe(true);
    expect(whole(NON_WORD_CHAR).test(ch)).toBe(false);
  });

  it.each([' ', '\u00a0', '\n', '.', ',', '-', '/', '(', '«', '»', '’', '“', '—', '…', '·', '©', '。', '、', '！'])('%j is not', (ch) => {
    expect(whole(WORD_CHAR).test(ch)).toBe(false);
    expect(whole(NON_WORD_CHAR).test(ch)).toBe(true);
  });

  it('finds whole words in any script, with or without the u flag', () => {
    for (const flags of ['g', 'gu']) {
      const re = new RegExp(`${WORD_START}(?:март|mai)${WORD_END}`, flags);
      expect('3 марта, 1 март; май mai, maison 2 mai.'.match(re)).toEqual(['март', 'mai', 'mai']);
    }
  });

  it('lets digits touch a letter boundary but not a word boundary', () => {
    expect(new RegExp(`${LETTER_START}jan${LETTER_END}`).test('5jan2020')).toBe(true);
    expect(new RegExp(`${WORD_START}jan${WORD_END}`).test('5jan2020')).toBe(false);
    expect(new RegExp(`${LETTER_START}jan${LETTER_END}`).test('janvier')).toBe(false);
  });
});

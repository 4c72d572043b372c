import { describe, expect, it } from 'vitest';
import { foldTerm, isUnspacedTerm, terms, tokenize } from '../../../utils/library/text';

describe('foldTerm', () => {
  it('lowercases and removes accents from Latin, Greek and Cyrillic letters', () => {
    expect(foldTerm('Zürich')).toBe('zurich');
    expect(foldTerm('SÃO')).toBe('sao');
    expect(foldTerm('Ёлка')).toBe('елка');
    expect(foldTerm('Αθήνα')).toBe('αθηνα');
    expect(foldTerm('Straße')).toBe('strasse');
    expect(foldTerm('Øresund')).toBe('oresund');
    expect(foldTerm('İstanbul')).toBe('istanbul');
  });

  it('drops Arabic harakat, tatweel and Hebrew niqqud, but keeps Indic vowel signs', () => {
    expect(foldTerm('كَتَبَ')).toBe('كتب');
    expect(foldTerm('مـدينة')).toBe('مدينة');
    expect(foldTerm('שָׁלוֹם')).toBe('שלום');
    // कमल (lotus) and कमाल (wonder) differ by a vowel sign: they must stay different.
    expect(foldTerm('कमाल')).not.toBe(foldTerm('कमल'));
    expect(foldTerm('कमाल')).toBe('कमाल');
  });

  it('keeps Japanese voiced kana and Korean syllables whole', () => {
    expect(foldTerm('がっこう')).toBe('がっこう');
    expect(foldTerm('한국')).toBe('한국');
  });

  it('cuts run-together junk to a bounded length', () => {
    expect(foldTerm('a'.repeat(500))).toHaveLength(40);
  });
});

describe('tokenize', () => {
  it('splits words of any spaced script on spaces and punctuation', () => {
    expect(tokenize("Санкт-Петербург: мэр l'économie, 2025!")).toEqual(['Санкт', 'Петербург', 'мэр', 'l', 'économie', '2025']);
    expect(tokenize('مدينة القدس')).toEqual(['مدينة', 'القدس']);
  });

  it('turns unspaced scripts into overlapping bigrams, keeping Latin runs whole', () => {
    expect(tokenize('東京都の知事')).toEqual(['東京', '京都', '都の', 'の知', '知事']);
    expect(tokenize('東京2025年')).toEqual(['東京', '2025', '年']);
    expect(tokenize('ข่าว')).toHaveLength(3);
  });

  it('folds as it goes in terms()', () => {
    expect(terms('Café CRÈME')).toEqual(['cafe', 'creme']);
  });

  it('tells bigram-script terms apart', () => {
    expect(isUnspacedTerm('東京')).toBe(true);
    expect(isUnspacedTerm('tokyo')).toBe(false);
  });
});

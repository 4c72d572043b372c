import { describe, expect, it } from 'vitest';
import { parseByline, plausibleName, trimByline } from '../../../../utils/extract/metadata/author-names';

describe('parseByline', () => {
  it.each([
    ['By Jane Doe', ['Jane Doe']],
    ['Authored by Ivan Egorov', ['Ivan Egorov']],
    ['Written by Rob Ewaschuk', ['Rob Ewaschuk']],
    ['Von Katrin Albers', ['Katrin Albers']],
    ['Par Sébastien Farcis', ['Sébastien Farcis']],
    ['Por María López y Juan Pérez', ['María López', 'Juan Pérez']],
    ['Di Mario Rossi e Anna Bianchi', ['Mario Rossi', 'Anna Bianchi']],
    ['Door Jan de Vries en Piet Jansen', ['Jan de Vries', 'Piet Jansen']],
    ['Przez Anna Nowak i Jan Kowalski', ['Anna Nowak', 'Jan Kowalski']],
    ['Текст: Иван Петров и Мария Сидорова', ['Иван Петров', 'Мария Сидорова']],
    ['Автор: Ольга Смирнова', ['Ольга Смирнова']],
    ['Lars Fischer und Alina Schadwinkel', ['Lars Fischer', 'Alina Schadwinkel']],
    ['Claire Dubois et Marc Petit', ['Claire Dubois', 'Marc Petit']],
  ])('strips the prefix and splits names: %s', (raw, names) => {
    expect(parseByline(raw)).toEqual(names);
  });

  it('cuts at a date label or another credit in a byline without digits', () => {
    expect(parseByline('By Ann Lee | Updated yesterday')).toEqual(['Ann Lee']);
    expect(parseByline('Par Jeanne Martin, publié le mardi')).toEqual(['Jeanne Martin']);
    expect(parseByline('Von Katrin Albers am Montag')).toEqual(['Katrin Albers']);
    expect(parseByline('By Bob Kim. Photos by Eva Lind')).toEqual(['Bob Kim']);
    expect(parseByline('Text: Jan Ott, Fotos: Mia Berg')).toEqual(['Jan Ott']);
    // A name that contains a label word is not cut ("Stand" as a surname part needs a word start).
    expect(parseByline('By Anna Standish')).toEqual(['Anna Standish']);
  });

  it('drops dates, times and "| Updated" tails', () => {
    expect(parseByline('By Ann Lee and Bob Kim | Updated July 5, 2021 6:30 PM EDT')).toEqual(['Ann Lee', 'Bob Kim']);
    expect(parseByline('VON MORITZ GATHMANN am 21. April 2020')).toEqual(['MORITZ GATHMANN']);
    expect(parseByline('Von Tomas Spahn Fr, 18. Oktober 2019')).toEqual(['Tomas Spahn']);
    expect(parseByline('By Poppy Reid Feb 21, 2020')).toEqual(['Poppy Reid']);
    expect(parseByline('Janic Cathomen, 01.12.2021')).toEqual(['Janic Cathomen']);
    expect(parseByline('By Nathan Willis\n   March 25, 2015')).toEqual(['Nathan Willis']);
    expect(parseByline('Par Jeanne Martin, publié le 3 mars 2022 à 10h')).toEqual(['Jeanne Martin']);
  });

  it('takes the name out of "published … by" lines and dotted meta lines', () => {
    expect(parseByline('Veröffentlicht am 8. Februar 2022 von PETA-Team')).toEqual(['PETA-Team']);
    expect(parseByline('8. Januar 2020 · by Aureliana · in Gefühle')).toEqual(['Aureliana']);
    expect(parseByline('Posted on March 3, 2021 by Sam Green')).toEqual(['Sam Green']);
    expect(parseByline('Eingestellt von der Michel')).toEqual(['der Michel']);
    expect(parseByline('| Autor: gnaddrig')).toEqual(['gnaddrig']);
  });

  it('drops job titles and degrees, keeps the name', () => {
    expect(parseByline('By Jane Doe, Staff Writer')).toEqual(['Jane Doe']);
    expect(parseByline('Ingo Arzt Redakteur für Wirtschaft und Umwelt')).toEqual(['Ingo Arzt']);
    expect(parseByline('Автор: Иван Петров, обозреватель')).toEqual(['Иван Петров']);
    expect(parseByline('By Brenda Goodman, MA')).toEqual(['Brenda Goodman']);
    expect(parseByline('Marie Lenoir, correspondante à Bruxelles')).toEqual(['Marie Lenoir']);
  });

  it('drops e-mail addresses, URLs and handles', () => {
    expect(parseByline('Bradley M. Kuhn (http://ebb.org/bkuhn/)')).toEqual(['Bradley M. Kuhn']);
    expect(parseByline('By Eric Levitz @EricLevitz')).toEqual(['Eric Levitz']);
    expect(parseByline('Anna Berg anna.berg@news.example')).toEqual(['Anna Berg']);
  });

  it('keeps particles and name-internal words', () => {
    expect(parseByline('Walter von Aachen')).toEqual(['Walter von Aachen']);
    expect(parseByline('Christoph von Ritter')).toEqual(['Christoph von Ritter']);
    expect(parseByline('Jong, Michiel de')).toEqual(['Jong, Michiel de']);
    expect(parseByline('Mac & i')).toEqual(['Mac & i']);
    expect(parseByline('det/dpa')).toEqual(['det/dpa']);
  });

  it('lists co-authors given in parentheses', () => {
    expect(parseByline('Martin Untersinger (avec Damien Leloup et Morgane Tual)')).toEqual(['Martin Untersinger', 'Damien Leloup', 'Morgane Tual']);
  });

  it('returns nothing for labels and prose', () => {
    expect(parseByline('By')).toEqual([]);
    expect(parseByline('Follow')).toEqual([]);
    expect(parseByline('Alle Beiträge')).toEqual([]);
    expect(parseByline('Updated 3 hours ago')).toEqual([]);
    expect(parseByline('Lars Fischer ist Chemiker und Redakteur. Er schreibt über Wissenschaft und Politik.')).toEqual([]);
  });

  it('trims without splitting', () => {
    expect(trimByline('By Ann Lee and Bob Kim')).toBe('Ann Lee and Bob Kim');
    expect(plausibleName('A very long sequence of words that is clearly not a name at all')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { toIso } from '../../../../utils/extract/dates/normalize';
import { findTextDates, numericOrder, type NumericOrder } from '../../../../utils/extract/dates/text-parse';

/** The first date found, as ISO (date-time with offset only when a zone is written). */
function first(text: string, order: NumericOrder = 'dmy'): string | null {
  const m = findTextDates(text, { order })[0];
  return m ? toIso(m.date) : null;
}

describe('findTextDates: numeric formats', () => {
  it.each([
    ['ISO date', 'Stand 2019-07-03', '2019-07-03'],
    ['ISO date-time with offset', 'at 2021-07-04T16:20:00-04:00.', '2021-07-04T16:20:00-04:00'],
    ['ISO date-time without zone keeps the date only', '2021-07-04 16:20', '2021-07-04'],
    ['D.M.Y', '03.07.2019', '2019-07-03'],
    ['D.M.Y with spaces', 'am 3. 7. 2019', '2019-07-03'],
    ['D.M.YY', 'vom 03.07.19', '2019-07-03'],
    ['Y/M/D', '2019/07/03', '2019-07-03'],
    ['Y.M.D.', '2019. 07. 03.', '2019-07-03'],
    ['D/M/Y with day over 12 decides itself', '25/03/2022', '2022-03-25'],
    ['M/D/Y with day over 12 decides itself', '03/25/2022', '2022-03-25'],
    ['D-M-Y with dashes', '05-03-2022', '2022-03-05'],
  ])('%s', (_name, text, want) => {
    expect(first(text)).toBe(want);
  });

  it('reads NN/NN/YYYY by the page order', () => {
    expect(first('05/03/2022 - 11:20', 'dmy')).toBe('2022-03-05');
    expect(first('05/03/2022 - 11:20', 'mdy')).toBe('2022-05-03');
    expect(findTextDates('05/03/2022', { order: 'dmy' })[0]!.ambiguous).toBe(true);
    expect(findTextDates('25/03/2022', { order: 'dmy' })[0]!.ambiguous).toBe(false);
  });

  it.each([
    ['version numbers', 'version 1.03.07.2019.4'],
    ['impossible day', '31.02.2019'],
    ['impossible month', '2019-13-03'],
    ['a bare year', 'in 2019 the city'],
    ['a longer number', 'ID 1203072019'],
    ['phone-like dashes with two-digit year', 'call 12-05-19'],
  ])('finds nothing in %s', (_name, text) => {
    expect(first(text)).toBeNull();
  });
});

describe('findTextDates: month names per language', () => {
  it.each([
    ['en day-month', 'Published 3 July 2019', '2019-07-03'],
    ['en month-day', 'July 3, 2019', '2019-07-03'],
    ['en abbreviation with dot', 'Jul. 3, 2019', '2019-07-03'],
    ['en ordinal', 'July 3rd, 2019', '2019-07-03'],
    ['en "of"', 'the 3rd of July 2019', '2019-07-03'],
    ['en upper case', 'JULY 3, 2019', '2019-07-03'],
    ['de', 'Veröffentlicht am 3. Juli 2019, 14:05 Uhr', '2019-07-03'],
    ['de März', '12. März 2020', '2020-03-12'],
    ['de Austrian Jänner', '5. Jänner 2021', '2021-01-05'],
    ['de abbreviation', '5. Okt. 2021', '2021-10-05'],
    ['fr with weekday', 'lundi 2 novembre 2020', '2020-11-02'],
    ['fr 1er', '1er août 2020', '2020-08-01'],
    ['fr without accent', '1 aout 2020', '2020-08-01'],
    ['fr abbreviation', '3 févr. 2021', '2021-02-03'],
    ['es', '3 de julio de 2019', '2019-07-03'],
    ['es setiembre', '9 de setiembre de 2020', '2020-09-09'],
    ['it', '3 luglio 2019', '2019-07-03'],
    ['it abbreviation', '3 ott 2019', '2019-10-03'],
    ['pt', '3 de março de 2020', '2020-03-03'],
    ['pt without cedilla', '3 de marco de 2020', '2020-03-03'],
    ['nl', '3 juli 2019', '2019-07-03'],
    ['nl maart', '12 maart 2020', '2020-03-12'],
    ['pl genitive', '3 lipca 2019 r.', '2019-07-03'],
    ['pl października', '14 października 2020', '2020-10-14'],
    ['ru genitive', '3 июля 2019 г.', '2019-07-03'],
    ['ru capitalised', '3 Марта 2020 года', '2020-03-03'],
    ['ru abbreviation', '5 сент. 2020', '2020-09-05'],
    ['uk genitive', '3 липня 2019', '2019-07-03'],
    ['uk листопада', '12 листопада 2020', '2020-11-12'],
    ['ja', '2019年7月3日', '2019-07-03'],
    ['zh with spaces', '2019 年 7 月 3 日', '2019-07-03'],
    ['ko', '2019년 7월 3일', '2019-07-03'],
    ['hu year first', '2019. július 3.', '2019-07-03'],
  ])('%s', (_name, text, want) => {
    expect(first(text)).toBe(want);
  });

  it('finds every date, in order', () => {
    const all = findTextDates('Publié le 2 novembre 2020, mis à jour le 3 novembre 2020', { order: 'dmy' });
    expect(all.map((m) => toIso(m.date))).toEqual(['2020-11-02', '2020-11-03']);
    expect(all[0]!.raw).toBe('2 novembre 2020');
  });

  it('reads a month only as a whole word of the month table', () => {
    // "Tage", "Items", "julys" sit where a month would and are not one; the real date is still found.
    expect(findTextDates('3 Tage 2020', { order: 'dmy' })).toEqual([]);
    expect(findTextDates('Items 12, 2019', { order: 'mdy' })).toEqual([]);
    expect(findTextDates('3 julys 2019', { order: 'dmy' })).toEqual([]);
    expect(first('Seite 3 von 2019 Seiten; 4. März 2020')).toBe('2020-03-04');
    expect(first('Issue 2019 May 5 edition')).toBe('2019-05-05');
  });

  it('reads a month written with a combining accent (NFD) as the composed form', () => {
    expect(first('3 fe\u0301vrier 2021')).toBe('2021-02-03');
  });
});

describe('findTextDates: times and zones', () => {
  it.each([
    ['12-hour clock with US zone', 'Updated July 5, 2021 6:30 PM EDT', '2021-07-05T18:30:00-04:00'],
    ['German summer time', '3. Juli 2019, 14:05 Uhr MESZ', '2019-07-03T14:05:00+02:00'],
    ['CET after D.M.Y', '03.07.2019 11:20 CET', '2019-07-03T11:20:00+01:00'],
    ['numeric GMT offset', '3 July 2019 14:05 GMT+2', '2019-07-03T14:05:00+02:00'],
    ['generic ET in summer', 'July 5, 2021 at 6:30 p.m. ET', '2021-07-05T18:30:00-04:00'],
    ['generic ET in winter', 'January 5, 2021 6:30 PM ET', '2021-01-05T18:30:00-05:00'],
    ['time before the date', '6:30 PM EDT, July 5, 2021', '2021-07-05T18:30:00-04:00'],
    ['12 AM is midnight', 'July 5, 2021 12:15 AM UTC', '2021-07-05T00:15:00+00:00'],
    ['a time without zone gives the date only', '05/03/2022 - 11:20', '2022-03-05'],
    ['French 14h05 without zone', '2 novembre 2020 à 14h05', '2020-11-02'],
  ])('%s', (_name, text, want) => {
    expect(first(text)).toBe(want);
  });
});

describe('numericOrder', () => {
  it.each([
    ['en-US', 'mdy'],
    ['en', 'mdy'],
    ['en-GB', 'dmy'],
    ['de-DE', 'dmy'],
    ['es', 'dmy'],
    [null, 'dmy'],
  ] as const)('%s → %s', (lang, want) => {
    expect(numericOrder(lang)).toBe(want);
  });

  it('lets an unambiguous date on the page decide over the language', () => {
    expect(numericOrder('en-US', 'posted 25/03/2022')).toBe('dmy');
    expect(numericOrder('de', 'posted 03/25/2022')).toBe('mdy');
  });
});

describe('findTextDates: lines', () => {
  it('never reads a date across a line break (a block boundary in the zone text)', () => {
    expect(findTextDates('2021\nJan 04 09:34', { order: 'dmy' })).toEqual([]);
    expect(findTextDates('3\nJuly 2019', { order: 'dmy' })).toEqual([]);
    expect(first('Apr 04 2013')).toBe('2013-04-04');
  });
});

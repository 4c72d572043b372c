import { describe, expect, it } from 'vitest';
import { isPlausible, makeDate, toIso } from '../../../../utils/extract/dates/normalize';
import { usDaylight, zoneOffset } from '../../../../utils/extract/dates/zones';

const NOW = new Date('2024-05-10T12:00:00Z');

describe('makeDate', () => {
  it.each([
    [2019, 2, 29],
    [2019, 13, 1],
    [2019, 4, 31],
    [2019, 0, 10],
  ])('rejects the impossible %i-%i-%i', (y, m, d) => {
    expect(makeDate(y, m, d)).toBeNull();
  });

  it('accepts 29 February in a leap year', () => {
    expect(makeDate(2020, 2, 29)).not.toBeNull();
  });

  it('keeps the page offset instead of converting to UTC', () => {
    expect(toIso(makeDate(2021, 7, 4, { h: 16, min: 20, s: 0 }, -240)!)).toBe('2021-07-04T16:20:00-04:00');
  });

  it('gives the date only when the zone is unknown', () => {
    expect(toIso(makeDate(2021, 7, 4, { h: 16, min: 20, s: 0 }, null)!)).toBe('2021-07-04');
  });
});

describe('isPlausible', () => {
  it.each([
    ['today', makeDate(2024, 5, 10), true],
    ['tomorrow (zones ahead of UTC)', makeDate(2024, 5, 11), true],
    ['the day after tomorrow', makeDate(2024, 5, 12), false],
    ['next year', makeDate(2025, 1, 1), false],
    ['an unlabelled 1990 date', makeDate(1990, 6, 1), false],
    ['a 1996 date', makeDate(1996, 6, 1), true],
  ])('%s', (_name, date, want) => {
    expect(isPlausible(date!, NOW, false)).toBe(want);
  });

  it('accepts an old date only when it is stated as the article date', () => {
    expect(isPlausible(makeDate(1990, 6, 1)!, NOW, true)).toBe(true);
    expect(isPlausible(makeDate(1970, 1, 1)!, NOW, true)).toBe(false);
  });

  it('uses the real clock without a reference time', () => {
    expect(isPlausible(makeDate(2150, 1, 1)!, null, true)).toBe(false);
    expect(isPlausible(makeDate(2001, 1, 1)!, null, true)).toBe(true);
  });
});

describe('zones', () => {
  it.each([
    ['EDT', -240],
    ['cest', 120],
    ['MESZ', 120],
    ['GMT+2', 120],
    ['UTC-03:30', -210],
    ['+0530', 330],
    ['XYZ', null],
  ])('%s', (token, want) => {
    expect(zoneOffset(token, { y: 2021, m: 7, d: 5 })).toBe(want);
  });

  it('follows US daylight-saving rules for ET', () => {
    expect(usDaylight(2021, 3, 13)).toBe(false);
    expect(usDaylight(2021, 3, 14)).toBe(true);
    expect(usDaylight(2021, 11, 6)).toBe(true);
    expect(usDaylight(2021, 11, 7)).toBe(false);
    expect(zoneOffset('PT', { y: 2021, m: 12, d: 1 })).toBe(-480);
  });
});

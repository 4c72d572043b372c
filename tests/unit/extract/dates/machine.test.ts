import { describe, expect, it } from 'vitest';
import { parseMachineDate } from '../../../../utils/extract/dates/machine';
import { toIso } from '../../../../utils/extract/dates/normalize';

const iso = (s: string): string | null => {
  const d = parseMachineDate(s);
  return d ? toIso(d) : null;
};

describe('parseMachineDate', () => {
  it.each([
    ['2021-07-04T16:20:00-04:00', '2021-07-04T16:20:00-04:00'],
    ['2021-07-04T16:20:00.000Z', '2021-07-04T16:20:00+00:00'],
    ['2021-07-04T16:20:00+0200', '2021-07-04T16:20:00+02:00'],
    ['2021-07-04 16:20:00 +02:00', '2021-07-04T16:20:00+02:00'],
    ['2021-07-04T16:20', '2021-07-04'],
    ['2021-07-04', '2021-07-04'],
    ['2021/07/04', '2021-07-04'],
    ['20210704', '2021-07-04'],
    ['20210704T162000Z', '2021-07-04T16:20:00+00:00'],
    ['Sun, 04 Jul 2021 16:20:00 +0200', '2021-07-04T16:20:00+02:00'],
    ['Sun, 04 Jul 2021 16:20:00 GMT', '2021-07-04T16:20:00+00:00'],
    ['Sun Jul 04 2021 16:20:00 GMT+0200 (Central European Summer Time)', '2021-07-04T16:20:00+02:00'],
    ['1625408400', '2021-07-04T14:20:00+00:00'],
  ])('%s', (raw, want) => {
    expect(iso(raw)).toBe(want);
  });

  it.each(['', 'yesterday', '2021-02-30', '0000-00-00', '12345', 'July 2021'])('rejects %j', (raw) => {
    expect(parseMachineDate(raw)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { toIso } from '../../../../utils/extract/dates/normalize';
import { findRelativeDate } from '../../../../utils/extract/dates/relative';

const NOW = new Date('2024-05-10T12:00:00Z');

describe('findRelativeDate', () => {
  it.each([
    ['2 hours ago', 'en', '2024-05-10'],
    ['13 hours ago', 'en', '2024-05-09'],
    ['3 days ago', 'en', '2024-05-07'],
    ['vor 3 Tagen', 'de', '2024-05-07'],
    ['il y a 2 jours', 'fr', '2024-05-08'],
    ['hace 2 días', 'es', '2024-05-08'],
    ['2 giorni fa', 'it', '2024-05-08'],
    ['há 2 dias', 'pt', '2024-05-08'],
    ['2 dagen geleden', 'nl', '2024-05-08'],
    ['2 dni temu', 'pl', '2024-05-08'],
    ['3 часа назад', 'ru', '2024-05-10'],
    ['2 дні тому', 'uk', '2024-05-08'],
    ['1 week ago', 'en', '2024-05-03'],
    ['yesterday', 'en', '2024-05-09'],
    ['gestern, 14:05 Uhr', 'de', '2024-05-09'],
    ['вчера', 'ru', '2024-05-09'],
    ['hier à 14h', 'fr', '2024-05-09'],
    ['3日前', 'ja', '2024-05-07'],
    ['2小时前', 'zh', '2024-05-10'],
  ])('%s', (text, lang, want) => {
    const r = findRelativeDate(text, NOW, lang);
    expect(r && toIso(r.date)).toBe(want);
  });

  it('never resolves without a reference time', () => {
    expect(findRelativeDate('2 hours ago', null, 'en')).toBeNull();
    expect(findRelativeDate('yesterday', null, 'en')).toBeNull();
  });

  it('does not read German "hier" (here) as French "yesterday"', () => {
    expect(findRelativeDate('Hier lesen Sie mehr', NOW, 'de')).toBeNull();
  });
});

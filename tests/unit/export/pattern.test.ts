import { describe, expect, it } from 'vitest';
import { NameAllocator } from '../../../utils/export/filename';
import { clipDay, clipFileName, formatPattern, validatePattern } from '../../../utils/export/pattern';
import { makeClip } from '../markdown/helpers';

const now = new Date('2026-01-02T03:04:05Z');

describe('clip file names', () => {
  it('is YYYY-MM-DD-slug.md from the published day as the page states it', () => {
    // 23:30 in New York is already the next day in UTC; the page's own day is kept.
    const clip = makeClip({ title: 'Harbour reopens: what changes?', published: '2024-05-01T23:30:00-04:00' });
    expect(clipFileName(clip, { now })).toBe('2024-05-01-harbour-reopens-what-changes.md');
  });

  it('falls back to the clipped day, then to now', () => {
    expect(clipDay(makeClip({ published: null }), now)).toBe('2024-05-02');
    const extracted = { ...makeClip({ published: null }) } as Partial<ReturnType<typeof makeClip>>;
    delete extracted.clippedAt;
    expect(clipDay(extracted as ReturnType<typeof makeClip>, now)).toBe('2026-01-02');
  });

  it('keeps non-Latin titles readable', () => {
    expect(clipFileName(makeClip({ title: '港のフェリー、運航再開', published: '2024-04-01' }), { now })).toBe('2024-04-01-港のフェリー-運航再開.md');
    expect(clipFileName(makeClip({ title: 'Новости дня', published: '2024-04-01' }), { now })).toBe('2024-04-01-новости-дня.md');
  });

  it('uses `untitled` for titles with no letters, and Untitled-… when the pattern yields nothing', () => {
    expect(clipFileName(makeClip({ title: '???', published: '2024-04-01' }), { now })).toBe('2024-04-01-untitled.md');
    expect(clipFileName(makeClip({ title: '???' }), { pattern: '{title}', now })).toBe('Untitled-2024-05-02-0800.md');
  });

  it('fills custom patterns and makes them safe', () => {
    const clip = makeClip({ title: 'A/B: test', siteName: 'Example News' });
    expect(formatPattern('{yyyy}/{mm}/{dd} {site} {title} {id} {unknown}', clip, now)).toBe('2024/05/01 example-news A/B: test clip-0000001 {unknown}');
    expect(clipFileName(clip, { pattern: '{site} - {title}', now })).toBe('example-news - A-B- test.md');
  });

  it('validates patterns and falls back to the default for a bad one', () => {
    expect(validatePattern('{date}-{slug}')).toEqual([]);
    expect(validatePattern('')).toEqual(['The pattern is empty.']);
    expect(validatePattern('{nope}')).toEqual(['Unknown field {nope}.']);
    expect(clipFileName(makeClip(), { pattern: '{nope}', now })).toBe('2024-05-01-harbour-reopens.md');
  });

  it('gives clips with the same title different names in one export', () => {
    const names = new NameAllocator();
    const a = clipFileName(makeClip(), { allocator: names, now });
    const b = clipFileName(makeClip({ title: 'HARBOUR REOPENS' }), { allocator: names, now });
    expect([a, b]).toEqual(['2024-05-01-harbour-reopens.md', '2024-05-01-harbour-reopens-2.md']);
  });
});

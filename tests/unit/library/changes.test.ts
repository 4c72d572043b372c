import { describe, expect, it } from 'vitest';
import { summaryDelta, textDelta, touchesClips } from '../../../utils/library/changes';
import { summary } from './helpers';

describe('storage change events', () => {
  it('diffs summary buckets into upserts and removals', () => {
    const a = summary({ id: 'aaaaaaaa' });
    const b = summary({ id: 'bbbbbbbb' });
    const c = summary({ id: 'cccccccc' });
    const b2 = { ...b, title: 'Renamed', updatedAt: '2025-01-01T00:00:00.000Z' };
    const delta = summaryDelta({
      'sum:01': { oldValue: { [a.id]: a, [b.id]: b }, newValue: { [a.id]: a, [b.id]: b2, [c.id]: c } },
      'sum:02': { oldValue: { x: { broken: true } } },
      'clip:aaaaaaaa': { newValue: {} },
    });
    expect(delta.upserts.map((s) => s.id)).toEqual([b.id, c.id]);
    expect(delta.removed).toEqual([]);
    const gone = summaryDelta({ 'sum:01': { oldValue: { [a.id]: a, [b.id]: b }, newValue: { [a.id]: a } } });
    expect(gone).toEqual({ upserts: [], removed: [b.id] });
    // storage.clear(): every bucket loses its value.
    expect(summaryDelta({ 'sum:01': { oldValue: { [a.id]: a } } }).removed).toEqual([a.id]);
  });

  it('ignores summaries stored under another id or with a broken shape', () => {
    const a = summary({ id: 'aaaaaaaa' });
    expect(summaryDelta({ 'sum:01': { newValue: { other: a, [a.id]: { ...a, tags: 'x' } } } }).upserts).toEqual([]);
  });

  it('takes new texts from changed clip records and notices removed ones', () => {
    const delta = textDelta({
      'clip:aaaaaaaa': { newValue: { id: 'aaaaaaaa', updatedAt: 'v2', text: 'New text' } },
      'clip:bbbbbbbb': { oldValue: { id: 'bbbbbbbb' } },
      'clip:cccccccc': { newValue: { id: 'zzzzzzzz', updatedAt: 'v', text: 'wrong key' } },
      'sum:01': { newValue: {} },
    });
    expect(delta).toEqual({ put: [{ id: 'aaaaaaaa', version: 'v2', text: 'New text' }], removed: ['bbbbbbbb'] });
    expect(touchesClips({ 'sum:01': {} })).toBe(true);
    expect(touchesClips({ settings: {} })).toBe(false);
  });
});

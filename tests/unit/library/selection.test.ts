import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, coverage, prune, selectAll, toggleOne, unselectAll } from '../../../utils/library/selection';

const order = ['a', 'b', 'c', 'd', 'e'];
const ids = (s: { ids: ReadonlySet<string> }) => [...s.ids].sort();

describe('selection', () => {
  it('toggles one clip and remembers it as the anchor', () => {
    const s = toggleOne(EMPTY_SELECTION, 'b', order);
    expect(ids(s)).toEqual(['b']);
    expect(s.anchor).toBe('b');
    expect(ids(toggleOne(s, 'b', order))).toEqual([]);
  });

  it('selects a range with shift, in either direction, and unselects one the same way', () => {
    let s = toggleOne(EMPTY_SELECTION, 'b', order);
    s = toggleOne(s, 'd', order, true);
    expect(ids(s)).toEqual(['b', 'c', 'd']);
    s = toggleOne(s, 'a', order, true);
    expect(ids(s)).toEqual(['a', 'b', 'c', 'd']);
    s = toggleOne(s, 'c', order, true);
    expect(ids(s)).toEqual(['d']);
  });

  it('treats shift without an anchor in the list as a plain click', () => {
    expect(ids(toggleOne({ ids: new Set(), anchor: 'gone' }, 'c', order, true))).toEqual(['c']);
  });

  it('selects and unselects all visible clips, keeping hidden ones', () => {
    const hidden = { ids: new Set(['z']), anchor: null };
    const all = selectAll(hidden, order);
    expect(ids(all)).toEqual(['a', 'b', 'c', 'd', 'e', 'z']);
    expect(coverage(all, order)).toBe('all');
    expect(ids(unselectAll(all, order))).toEqual(['z']);
    expect(coverage(toggleOne(EMPTY_SELECTION, 'a', order), order)).toBe('some');
    expect(coverage(hidden, order)).toBe('none');
    expect(coverage(all, [])).toBe('none');
  });

  it('forgets clips that no longer exist', () => {
    const s = { ids: new Set(['a', 'b']), anchor: 'b' };
    const pruned = prune(s, (id) => id === 'a');
    expect(ids(pruned)).toEqual(['a']);
    expect(pruned.anchor).toBeNull();
    expect(prune(s, () => true)).toBe(s);
  });
});

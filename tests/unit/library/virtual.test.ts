import { describe, expect, it } from 'vitest';
import { listHeight, scrollToReveal, visibleRange } from '../../../utils/library/virtual';

describe('virtual list arithmetic', () => {
  it('renders the rows in view plus the overscan, clamped to the list', () => {
    expect(visibleRange({ scrollTop: 0, height: 400 }, 100, 10_000, 2)).toEqual({ start: 0, end: 6 });
    expect(visibleRange({ scrollTop: 1050, height: 400 }, 100, 10_000, 2)).toEqual({ start: 8, end: 17 });
    expect(visibleRange({ scrollTop: 999_999, height: 400 }, 100, 10, 2)).toEqual({ start: 9, end: 10 });
    expect(visibleRange({ scrollTop: 0, height: 400 }, 100, 0)).toEqual({ start: 0, end: 0 });
    expect(visibleRange({ scrollTop: -50, height: 0 }, 100, 3, 0)).toEqual({ start: 0, end: 1 });
  });

  it('keeps 10,000 rows down to a screenful', () => {
    const r = visibleRange({ scrollTop: 500_000, height: 900 }, 96, 10_000);
    expect(r.end - r.start).toBeLessThan(25);
    expect(listHeight(10_000, 96)).toBe(960_000);
  });

  it('scrolls only as far as needed to show a row whole', () => {
    const vp = { scrollTop: 1000, height: 400 };
    expect(scrollToReveal(12, 100, vp)).toBeNull();
    expect(scrollToReveal(9, 100, vp)).toBe(900);
    expect(scrollToReveal(14, 100, vp)).toBe(1100);
  });
});

/**
 * Virtual-list arithmetic (pure): which rows of a fixed-height list are worth rendering for a
 * scroll position, and where to scroll to bring a row into view. Only those rows are in the
 * DOM, so 10,000 clips cost what 20 do.
 */

export interface Viewport {
  scrollTop: number;
  height: number;
}

export interface RowRange {
  /** First rendered row. */
  start: number;
  /** One past the last rendered row. */
  end: number;
}

/**
 * Rows intersecting the viewport plus `overscan` rows on each side. The overscan keeps the next
 * row in the DOM, so Tab and the arrow keys can always move focus one row further.
 */
export function visibleRange(viewport: Viewport, rowHeight: number, count: number, overscan = 4): RowRange {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, viewport.scrollTop);
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + Math.max(0, viewport.height)) / rowHeight);
  const start = Math.max(0, Math.min(count - 1, first - overscan));
  const end = Math.min(count, Math.max(start + 1, last + overscan));
  return { start, end };
}

/** The scrollTop that shows row `index` whole, or null when it already is. */
export function scrollToReveal(index: number, rowHeight: number, viewport: Viewport): number | null {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < viewport.scrollTop) return top;
  if (bottom > viewport.scrollTop + viewport.height) return Math.max(0, bottom - viewport.height);
  return null;
}

/** Total height of the list, for the scroll spacer. */
export function listHeight(count: number, rowHeight: number): number {
  return Math.max(0, count) * rowHeight;
}

/**
 * A fixed-row-height list that renders only the rows in view (plus a few above and below), so a
 * library of 10,000 clips keeps about 20 rows in the DOM. Rows stay in document order, so Tab
 * walks them in order and the overscan row is always there to tab into. Arrow Up/Down (and
 * Home/End) move focus to the same control in the neighbouring row, scrolling it into view.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { listHeight, scrollToReveal, visibleRange } from '../../utils/library/virtual';

export interface VirtualListProps {
  count: number;
  rowHeight: number;
  overscan?: number;
  /** Renders row `index`; it must carry `data-index` and put `data-control` on its controls. */
  renderRow(index: number, style: Record<string, string>): ComponentChildren;
  label: string;
  /** Scrolls row `index` into view whenever `seq` changes. */
  reveal?: { index: number; seq: number } | null;
  /** Called after each render that shows rows (for the first-paint timing). */
  onRowsShown?(): void;
}

const NAV_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

export function VirtualList({ count, rowHeight, overscan = 4, renderRow, label, reveal, onRowsShown }: VirtualListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  // Until the first measurement, assume the window's height so the first paint has its rows.
  const [height, setHeight] = useState(() => (typeof window === 'undefined' ? 800 : window.innerHeight));
  const pendingFocus = useRef<{ index: number; control: string } | null>(null);
  const frame = useRef(0);

  useEffect(() => {
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const el = scroller.current;
    if (!el || !reveal) return;
    const to = scrollToReveal(reveal.index, rowHeight, { scrollTop: el.scrollTop, height: el.clientHeight || height });
    if (to !== null) {
      el.scrollTop = to;
      setScrollTop(to);
    }
    // Only a new request (seq) scrolls; the other values are read as they are then.
  }, [reveal?.seq]);

  useLayoutEffect(() => {
    const want = pendingFocus.current;
    if (want) {
      const target = scroller.current?.querySelector<HTMLElement>(`[data-index="${want.index}"] [data-control="${want.control}"]`);
      if (target) {
        pendingFocus.current = null;
        target.focus();
      }
    }
    if (count > 0) onRowsShown?.();
  });

  const onScroll = () => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setScrollTop(scroller.current?.scrollTop ?? 0));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!NAV_KEYS.has(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    const row = target.closest<HTMLElement>('[data-index]');
    const control = target.dataset.control;
    if (!row || !control) return;
    const at = Number(row.dataset.index);
    const next = e.key === 'ArrowDown' ? at + 1 : e.key === 'ArrowUp' ? at - 1 : e.key === 'Home' ? 0 : count - 1;
    if (next < 0 || next >= count || next === at) return;
    e.preventDefault();
    pendingFocus.current = { index: next, control };
    const el = scroller.current!;
    const to = scrollToReveal(next, rowHeight, { scrollTop: el.scrollTop, height: el.clientHeight || height });
    if (to !== null) el.scrollTop = to;
    setScrollTop(to ?? el.scrollTop);
    // Already rendered: focus now (the layout effect handles rows that appear with the scroll).
    const ready = el.querySelector<HTMLElement>(`[data-index="${next}"] [data-control="${control}"]`);
    if (ready) {
      pendingFocus.current = null;
      ready.focus();
    }
  };

  const { start, end } = visibleRange({ scrollTop, height }, rowHeight, count, overscan);
  const rows: ComponentChildren[] = [];
  for (let i = start; i < end; i++) rows.push(renderRow(i, { top: `${i * rowHeight}px`, height: `${rowHeight}px` }));
  return (
    <div class="vlist" ref={scroller} onScroll={onScroll} onKeyDown={onKeyDown}>
      <ul class="vlist-rows" aria-label={label} style={{ height: `${listHeight(count, rowHeight)}px` }}>
        {rows}
      </ul>
    </div>
  );
}

/**
 * Timings the benchmark reads (scripts/bench/library.ts), as User Timing entries:
 *   library-first-rows   mark: the first rows of the list are in the DOM and the frame that
 *                        paints them is starting (requestAnimationFrame), from navigation start
 *   library-search       measure: from a keystroke's input event to the frame that paints its
 *                        results
 * (A setTimeout after the frame would be later still, but queued behind the page's own
 * background slices, so it would measure the indexing, not the paint.)
 * Also `library-summaries`, `library-search-ready`, `library-text-ready` marks (library-store.ts).
 */

const atPaint = (fn: () => void) => requestAnimationFrame(() => fn());

let firstRows = false;

export function recordFirstRows(): void {
  if (firstRows) return;
  firstRows = true;
  atPaint(() => performance.mark('library-first-rows'));
}

export function recordSearch(query: string, startedAt: number, results: number, searchedText: boolean): void {
  atPaint(() => {
    try {
      performance.measure('library-search', { start: startedAt, end: performance.now(), detail: { query, results, searchedText } });
    } catch {
      // a timestamp from another clock (very old browsers): no measurement
    }
  });
}

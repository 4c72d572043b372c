/**
 * Search box, filters (site, tag, date range on published or clipped) and sort order.
 * Presentational: every change goes out through a callback.
 */
import type { Facet, LibraryFilters, SortKey } from '../../utils/library/filters';
import { SORT_LABELS, hasFilters, isDay } from '../../utils/library/filters';

export interface ToolbarProps {
  query: string;
  /** `at` is the input event's timestamp, for the search-latency measurement. */
  onQuery(query: string, at: number): void;
  filters: LibraryFilters;
  onFilters(filters: LibraryFilters): void;
  sort: SortKey;
  sortOptions: readonly SortKey[];
  onSort(sort: SortKey): void;
  sites: readonly Facet[];
  tags: readonly Facet[];
  shown: number;
  total: number;
  /** What search covers right now, when it is not everything yet. */
  searchNote: string | null;
  searchRef?: { current: HTMLInputElement | null };
}

const ALL = '';

export function Toolbar(props: ToolbarProps) {
  const { filters, onFilters } = props;
  const set = (patch: Partial<LibraryFilters>) => onFilters({ ...filters, ...patch });
  const day = (v: string) => (isDay(v) ? v : null);
  return (
    <section class="toolbar" aria-label="Search and filters">
      <div class="search-row">
        <input
          ref={props.searchRef}
          type="search"
          class="search-input"
          aria-label="Search clips"
          aria-describedby="search-note"
          placeholder="Search titles, authors, sites, tags, notes and article text"
          value={props.query}
          onInput={(e) => props.onQuery(e.currentTarget.value, e.timeStamp)}
        />
        <p id="search-note" class="search-note" role="status">
          {props.query || hasFilters(filters) ? `${props.shown.toLocaleString('en')} of ${props.total.toLocaleString('en')} clips` : `${props.total.toLocaleString('en')} clips`}
          {props.searchNote ? ` · ${props.searchNote}` : ''}
        </p>
      </div>
      <div class="filter-row">
        <label class="filter">
          <span>Site</span>
          <select aria-label="Site" value={filters.site ?? ALL} onChange={(e) => set({ site: e.currentTarget.value || null })}>
            <option value={ALL}>All sites</option>
            {props.sites.map((s) => (
              <option key={s.value} value={s.value}>{`${s.value} (${s.count})`}</option>
            ))}
          </select>
        </label>
        <label class="filter">
          <span>Tag</span>
          <select aria-label="Tag" value={filters.tag ?? ALL} onChange={(e) => set({ tag: e.currentTarget.value || null })}>
            <option value={ALL}>All tags</option>
            {props.tags.map((t) => (
              <option key={t.value} value={t.value}>{`${t.value} (${t.count})`}</option>
            ))}
          </select>
        </label>
        <label class="filter">
          <span>Date</span>
          <select aria-label="Date" value={filters.dateField} onChange={(e) => set({ dateField: e.currentTarget.value === 'published' ? 'published' : 'clipped' })}>
            <option value="clipped">Clipped</option>
            <option value="published">Published</option>
          </select>
        </label>
        <label class="filter">
          <span>From</span>
          <input type="date" aria-label="From" value={filters.from ?? ''} max={filters.to ?? undefined} onChange={(e) => set({ from: day(e.currentTarget.value) })} />
        </label>
        <label class="filter">
          <span>To</span>
          <input type="date" aria-label="To" value={filters.to ?? ''} min={filters.from ?? undefined} onChange={(e) => set({ to: day(e.currentTarget.value) })} />
        </label>
        <label class="filter">
          <span>Sort</span>
          <select aria-label="Sort" value={props.sort} onChange={(e) => props.onSort(e.currentTarget.value as SortKey)}>
            {props.sortOptions.map((k) => (
              <option key={k} value={k}>
                {SORT_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        {hasFilters(filters) ? (
          <button type="button" class="link-button" onClick={() => onFilters({ ...filters, site: null, tag: null, from: null, to: null })}>
            Clear filters
          </button>
        ) : null}
      </div>
    </section>
  );
}

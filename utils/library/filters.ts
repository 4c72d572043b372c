/**
 * Filters, facets and sort orders over clip summaries (pure).
 *
 * Days: a published date is compared as the calendar day the page states ("2024-05-06" or the
 * date part of "2024-05-06T23:30:00-05:00"), as it is shown; the clipped time is an instant,
 * compared as a day in the reader's own time zone (`dayOf`, overridable for tests).
 */
import type { ClipSummary } from '../storage/summary';

export type DateField = 'published' | 'clipped';

export interface LibraryFilters {
  /** A site key (`siteKey`), or null for every site. */
  site: string | null;
  /** A tag (compared case-insensitively), or null. */
  tag: string | null;
  dateField: DateField;
  /** Inclusive days, YYYY-MM-DD; null for open ends. */
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: LibraryFilters = { site: null, tag: null, dateField: 'clipped', from: null, to: null };

export type SortKey = 'relevance' | 'clipped-desc' | 'clipped-asc' | 'published-desc' | 'published-asc' | 'title' | 'site';

export const SORT_LABELS: Readonly<Record<SortKey, string>> = {
  relevance: 'Best match',
  'clipped-desc': 'Clipped, newest first',
  'clipped-asc': 'Clipped, oldest first',
  'published-desc': 'Published, newest first',
  'published-asc': 'Published, oldest first',
  title: 'Title, A to Z',
  site: 'Site, A to Z',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isDay(value: string | null | undefined): value is string {
  return typeof value === 'string' && DAY.test(value) && Number.isFinite(Date.parse(value));
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** What a clip's "site" is for filtering and sorting: its site name, else its host. */
export function siteKey(s: Pick<ClipSummary, 'siteName' | 'canonicalUrl'>): string {
  return s.siteName?.trim() || hostOf(s.canonicalUrl) || '(unknown site)';
}

/** The local calendar day of an instant, YYYY-MM-DD. */
export function localDay(iso: string): string | null {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return null;
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The day a published value states. */
export function publishedDay(published: string | null): string | null {
  if (!published) return null;
  const day = published.slice(0, 10);
  return isDay(day) ? day : null;
}

export interface FilterOptions {
  dayOf?: (iso: string) => string | null;
}

export function hasFilters(f: LibraryFilters): boolean {
  return f.site !== null || f.tag !== null || f.from !== null || f.to !== null;
}

export function matchesFilters(s: ClipSummary, f: LibraryFilters, options: FilterOptions = {}): boolean {
  if (f.site !== null && siteKey(s) !== f.site) return false;
  if (f.tag !== null) {
    const want = f.tag.toLocaleLowerCase();
    if (!s.tags.some((t) => t.toLocaleLowerCase() === want)) return false;
  }
  if (f.from !== null || f.to !== null) {
    const day = f.dateField === 'published' ? publishedDay(s.published) : (options.dayOf ?? localDay)(s.clippedAt);
    if (day === null) return false;
    if (f.from !== null && day < f.from) return false;
    if (f.to !== null && day > f.to) return false;
  }
  return true;
}

export function applyFilters(list: readonly ClipSummary[], f: LibraryFilters, options: FilterOptions = {}): ClipSummary[] {
  if (!hasFilters(f)) return [...list];
  return list.filter((s) => matchesFilters(s, f, options));
}

export interface Facet {
  value: string;
  count: number;
}

/** Sites and tags with how many clips have each, most used first (ties alphabetical). */
export function facets(list: readonly ClipSummary[]): { sites: Facet[]; tags: Facet[] } {
  const sites = new Map<string, number>();
  const tags = new Map<string, { value: string; count: number }>();
  for (const s of list) {
    const site = siteKey(s);
    sites.set(site, (sites.get(site) ?? 0) + 1);
    for (const t of s.tags) {
      const key = t.toLocaleLowerCase();
      const entry = tags.get(key);
      if (entry) entry.count++;
      else tags.set(key, { value: t, count: 1 });
    }
  }
  const order = (a: Facet, b: Facet) => b.count - a.count || collator.compare(a.value, b.value);
  return {
    sites: [...sites].map(([value, count]) => ({ value, count })).sort(order),
    tags: [...tags.values()].sort(order),
  };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const byId = (a: ClipSummary, b: ClipSummary) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const desc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/** Published instants compare by their day first, so date-only and date-time values interleave sensibly. */
function publishedKey(s: ClipSummary): string | null {
  if (!s.published) return null;
  const ms = Date.parse(s.published);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/**
 * Sorts a copy. `relevance` keeps the order of `rank` (search results, best first) and falls
 * back to newest clipped when there is no search. Clips without a published date go last in
 * both published orders.
 */
export function sortSummaries(list: readonly ClipSummary[], key: SortKey, rank?: ReadonlyMap<string, number>): ClipSummary[] {
  const out = [...list];
  switch (key) {
    case 'relevance':
      if (rank) return out.sort((a, b) => (rank.get(b.id) ?? 0) - (rank.get(a.id) ?? 0) || desc(a.clippedAt, b.clippedAt) || byId(a, b));
      return out.sort((a, b) => desc(a.clippedAt, b.clippedAt) || byId(a, b));
    case 'clipped-desc':
      return out.sort((a, b) => desc(a.clippedAt, b.clippedAt) || byId(a, b));
    case 'clipped-asc':
      return out.sort((a, b) => -desc(a.clippedAt, b.clippedAt) || byId(a, b));
    case 'published-desc':
    case 'published-asc': {
      const keys = new Map(out.map((s) => [s.id, publishedKey(s)]));
      const sign = key === 'published-desc' ? 1 : -1;
      return out.sort((a, b) => {
        const ka = keys.get(a.id)!;
        const kb = keys.get(b.id)!;
        if (ka === null || kb === null) return ka === kb ? byId(a, b) : ka === null ? 1 : -1;
        return sign * desc(ka, kb) || byId(a, b);
      });
    }
    case 'title':
      return out.sort((a, b) => collator.compare(a.title, b.title) || byId(a, b));
    case 'site':
      return out.sort((a, b) => collator.compare(siteKey(a), siteKey(b)) || desc(a.clippedAt, b.clippedAt) || byId(a, b));
  }
}

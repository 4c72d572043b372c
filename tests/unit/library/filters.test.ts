import { describe, expect, it } from 'vitest';
import { NO_FILTERS, applyFilters, facets, localDay, publishedDay, siteKey, sortSummaries } from '../../../utils/library/filters';
import { summary } from './helpers';

const list = [
  summary({ id: 'a', title: 'banana', siteName: 'Beta', tags: ['Food'], published: '2024-03-01', clippedAt: '2024-06-03T10:00:00.000Z' }),
  summary({ id: 'b', title: 'Apple', siteName: null, canonicalUrl: 'https://www.alpha.example/x', tags: ['food', 'tech'], published: '2024-05-01T23:30:00-05:00', clippedAt: '2024-06-01T10:00:00.000Z' }),
  summary({ id: 'c', title: 'cherry 10', siteName: 'Beta', tags: [], published: null, clippedAt: '2024-06-02T10:00:00.000Z' }),
  summary({ id: 'd', title: 'cherry 9', siteName: 'Gamma', tags: ['tech'], published: '2024-04-01', clippedAt: '2024-06-02T10:00:00.000Z' }),
];
const ids = (l: { id: string }[]) => l.map((s) => s.id);

describe('filters', () => {
  it('keys a site by its name, else its host', () => {
    expect(siteKey(list[1]!)).toBe('alpha.example');
    expect(siteKey(list[0]!)).toBe('Beta');
  });

  it('filters by site, tag (any case) and date range on either date', () => {
    expect(ids(applyFilters(list, { ...NO_FILTERS, site: 'Beta' }))).toEqual(['a', 'c']);
    expect(ids(applyFilters(list, { ...NO_FILTERS, tag: 'FOOD' }))).toEqual(['a', 'b']);
    // The published day is the one the page states, not the UTC day of that instant.
    expect(ids(applyFilters(list, { ...NO_FILTERS, dateField: 'published', from: '2024-04-01', to: '2024-05-01' }))).toEqual(['b', 'd']);
    expect(ids(applyFilters(list, { ...NO_FILTERS, dateField: 'clipped', from: '2024-06-02', to: null }))).toEqual(['a', 'c', 'd']);
    expect(ids(applyFilters(list, { ...NO_FILTERS, dateField: 'clipped', from: null, to: '2024-06-01' }))).toEqual(['b']);
    expect(ids(applyFilters(list, NO_FILTERS))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('counts sites and tags for the filter menus', () => {
    const f = facets(list);
    expect(f.sites).toEqual([
      { value: 'Beta', count: 2 },
      { value: 'alpha.example', count: 1 },
      { value: 'Gamma', count: 1 },
    ]);
    expect(f.tags).toEqual([
      { value: 'Food', count: 2 },
      { value: 'tech', count: 2 },
    ]);
  });

  it('reads days', () => {
    expect(publishedDay('2024-05-01T23:30:00-05:00')).toBe('2024-05-01');
    expect(publishedDay('garbage')).toBeNull();
    expect(localDay('2024-06-01T10:00:00.000Z')).toBe('2024-06-01');
  });
});

describe('sortSummaries', () => {
  it('sorts by clipped, published (undated last), title (natural, any case) and site', () => {
    expect(ids(sortSummaries(list, 'clipped-desc'))).toEqual(['a', 'c', 'd', 'b']);
    expect(ids(sortSummaries(list, 'clipped-asc'))).toEqual(['b', 'c', 'd', 'a']);
    expect(ids(sortSummaries(list, 'published-desc'))).toEqual(['b', 'd', 'a', 'c']);
    expect(ids(sortSummaries(list, 'published-asc'))).toEqual(['a', 'd', 'b', 'c']);
    expect(ids(sortSummaries(list, 'title'))).toEqual(['b', 'a', 'd', 'c']);
    expect(ids(sortSummaries(list, 'site'))).toEqual(['b', 'a', 'c', 'd']);
  });

  it('orders by rank for relevance, newest first without one', () => {
    expect(ids(sortSummaries(list, 'relevance', new Map([['d', 5], ['b', 9]])))).toEqual(['b', 'd', 'a', 'c']);
    expect(ids(sortSummaries(list, 'relevance'))).toEqual(['a', 'c', 'd', 'b']);
  });

  it('does not change its input', () => {
    const copy = [...list];
    sortSummaries(list, 'title');
    expect(list).toEqual(copy);
  });
});

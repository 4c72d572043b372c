/**
 * The library's first screen, remembered (pure; the page passes its `localStorage`).
 *
 * Reading every summary from `storage.local` costs far more than a JSON parse of the same bytes
 * (measured: 64 bucket gets of 10,000 summaries took 6–8× a JSON round trip of them in
 * Chromium), which alone would exceed the first-screen budget. So the page keeps the first
 * rows of the default view (newest clipped) and the total in localStorage, paints them at once,
 * and replaces them with the real list as soon as it is read. This copy is derived data,
 * private to the library page, rewritten whenever the page has the real list.
 */
import type { ClipSummary } from '../storage/summary';
import { isSummary } from './changes';

export const HEAD_CACHE_KEY = 'news-clipper:library-head';
export const HEAD_CACHE_VERSION = 1;
/** More than a tall screen shows. */
export const HEAD_ROWS = 40;

export interface HeadCache {
  total: number;
  rows: ClipSummary[];
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** `rows` must already be in the default order (newest clipped first). */
export function writeHeadCache(store: KeyValueStore, sorted: readonly ClipSummary[], rows = HEAD_ROWS): void {
  try {
    store.setItem(HEAD_CACHE_KEY, JSON.stringify({ v: HEAD_CACHE_VERSION, total: sorted.length, rows: sorted.slice(0, rows) }));
  } catch {
    // A full or disabled localStorage only costs the fast first paint.
  }
}

export function readHeadCache(store: KeyValueStore): HeadCache | null {
  let text: string | null;
  try {
    text = store.getItem(HEAD_CACHE_KEY);
  } catch {
    return null;
  }
  if (!text) return null;
  try {
    const v = JSON.parse(text) as { v?: unknown; total?: unknown; rows?: unknown };
    if (v.v !== HEAD_CACHE_VERSION || typeof v.total !== 'number' || !Array.isArray(v.rows)) return null;
    const rows = v.rows.filter(isSummary);
    if (rows.length !== v.rows.length || v.total < rows.length) return null;
    return { total: v.total, rows };
  } catch {
    return null;
  }
}

export function clearHeadCache(store: KeyValueStore): void {
  try {
    store.removeItem(HEAD_CACHE_KEY);
  } catch {
    // nothing to do
  }
}
